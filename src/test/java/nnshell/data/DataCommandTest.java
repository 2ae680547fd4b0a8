package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnshell.console.Console;
import nnshell.shell.Engine;
import nnshell.shell.spi.Command;
import nnshell.shell.spi.EvalListener;
import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/** {@code /data} as the shell finds it, and the data layer used from the real JShell. */
class DataCommandTest {
    private final TestData props = new TestData();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Console console = Console.plain(new PrintStream(out, true,
            StandardCharsets.UTF_8));
    private Engine engine;

    @BeforeEach
    void setUp() throws Exception {
        props.set("nnshell.data.dir", TestData.studentDir().toString()).set("nnshell.lang", "en");
        engine = new Engine();
        engine.eval(Files.readString(Path.of("startup-scripts/default.jsh")));
    }

    @AfterEach
    void tearDown() {
        engine.close();
        props.restore();
    }

    @Test
    void theShellFindsDataCommandAndItListsEveryDataset() {
        Command data = ServiceLoader.load(Command.class).stream().map(ServiceLoader.Provider::get)
                .filter(c -> c.names().contains("data")).findFirst().orElseThrow();

        assertThat(data.run("", new Context())).isTrue();

        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("student-mat", "395 rows x 33 columns", "fashion-mnist",
                "CC BY 4.0", "MIT", "BSD-3-Clause", "Data files are looked for in:",
                TestData.studentDir().toString());
        assertThat(shown.lines()).allMatch(line -> line.length() <= 100);
        assertThat(data.complete("stu", new Context())).containsExactly("student-mat",
                "student-por");
    }

    @Test
    void oneDatasetTellsWhereItsFilesAreAndATypoIsCorrected() {
        DataCommand data = new DataCommand();

        assertThat(data.run("student-por", new Context())).isTrue();
        assertThat(data.run("fashon-mnist", new Context())).isFalse();

        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("load with: Datasets.studentPor()",
                TestData.studentDir().resolve("student-por.csv").toString(),
                "There is no dataset \"fashon-mnist\"", "Did you mean \"fashion-mnist\"");
    }

    @Test
    void studentsUseTheDataLayerFromJShell() {
        List<EvalResult> results = engine.eval(String.join("\n",
                "var df = Datasets.studentMat();",
                "var g = Explore.groupBy(df, \"G3\", \"studytime\");",
                "Hypotheses.add(\"More study time, higher G3\", g, \"no grounds to reject\");",
                "var spiral = Playground.spiral(200, 0.1, 42);",
                "var parts = Prep.split(spiral, 0.8, 0.0, 1);",
                "int trainRows = parts.train().size();"));

        assertThat(results).allMatch(EvalResult::ok, "every snippet runs");
        assertThat(engine.variable("trainRows")).contains(160);
        assertThat(((tech.tablesaw.api.Table) engine.variable("g").orElseThrow()).rowCount())
                .isEqualTo(4);
        assertThat(Hypotheses.all()).anyMatch(h -> h.statement().startsWith("More study"));
        Hypotheses.clear();
    }

    @Test
    void aTypoInJShellGetsASentenceNotAStackTrace() {
        EvalResult r = engine.eval("Datasets.load(\"studnet-mat\");").get(0);

        assertThat(r.status()).isEqualTo(EvalResult.Status.EXCEPTION);
        assertThat(r.message()).contains("There is no dataset \"studnet-mat\"",
                "Did you mean \"student-mat\"");
        // the frame shown is the call the student made, not the package's insides
        assertThat(r.message()).contains("nnshell.data.Datasets.load")
                .doesNotContain("Msg.error", "Catalog");
    }

    /** The parts of a shell the command uses: a console and the language. */
    private final class Context implements ShellContext {
        @Override
        public Console console() {
            return console;
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public List<EvalResult> eval(String source) {
            return engine.eval(source);
        }

        @Override
        public Optional<Object> variable(String name) {
            return engine.variable(name);
        }

        @Override
        public List<String> variableNames() {
            return engine.variableNames();
        }

        @Override
        public List<EvalResult> history() {
            return List.of();
        }

        @Override
        public void addListener(EvalListener listener) {
        }

        @Override
        public Path stateDir() {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }

        @Override
        public boolean interactive() {
            return false;
        }
    }
}
