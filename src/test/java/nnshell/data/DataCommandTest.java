package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.lesson.HeadlessContext;
import nnshell.shell.spi.Command;
import nnshell.shell.spi.EvalResult;
import nnshell.testkit.Printed;

/** {@code /data} as the shell finds it, and the data layer used from the real JShell. */
class DataCommandTest {
    private final TestData props = new TestData();
    private final Printed out = new Printed();
    private HeadlessContext shell;

    @TempDir
    Path state;

    @BeforeEach
    void setUp() {
        props.set("nnshell.data.dir", TestData.studentDir().toString()).set("nnshell.lang", "en");
        shell = out.session(state);
    }

    @AfterEach
    void tearDown() {
        // no session when the data is missing and the tests are skipped
        if (shell != null) {
            shell.close();
        }
        props.restore();
    }

    @Test
    void theShellFindsDataCommandAndItListsEveryDataset() {
        Command data = ServiceLoader.load(Command.class).stream().map(ServiceLoader.Provider::get)
                .filter(c -> c.names().contains("data")).findFirst().orElseThrow();

        assertThat(data.run("", shell)).isTrue();

        String shown = out.text();
        assertThat(shown).contains("student-mat", "395 rows x 33 columns", "fashion-mnist",
                "CC BY 4.0", "MIT", "BSD-3-Clause", "Data files are looked for in:",
                TestData.studentDir().toString());
        assertThat(shown.lines()).allMatch(line -> line.length() <= 100);
        assertThat(data.complete("stu", shell)).containsExactly("student-mat",
                "student-por");
    }

    @Test
    void oneDatasetTellsWhereItsFilesAreAndATypoIsCorrected() {
        DataCommand data = new DataCommand();

        assertThat(data.run("student-por", shell)).isTrue();
        assertThat(data.run("fashon-mnist", shell)).isFalse();

        String shown = out.text();
        assertThat(shown).contains("load with: Datasets.studentPor()",
                TestData.studentDir().resolve("student-por.csv").toString(),
                "There is no dataset \"fashon-mnist\"", "Did you mean \"fashion-mnist\"");
    }

    @Test
    void studentsUseTheDataLayerFromJShell() {
        List<EvalResult> results = shell.eval(String.join("\n",
                "var df = Datasets.studentMat();",
                "var g = Explore.groupBy(df, \"G3\", \"studytime\");",
                "Hypotheses.add(\"More study time, higher G3\", g, \"no grounds to reject\");",
                "var spiral = Playground.spiral(200, 0.1, 42);",
                "var parts = Prep.split(spiral, 0.8, 0.0, 1);",
                "int trainRows = parts.train().size();"));

        assertThat(results).allMatch(EvalResult::ok, "every snippet runs");
        assertThat(shell.variable("trainRows")).contains(160);
        assertThat(((tech.tablesaw.api.Table) shell.variable("g").orElseThrow()).rowCount())
                .isEqualTo(4);
        assertThat(Hypotheses.all()).anyMatch(h -> h.statement().startsWith("More study"));
        Hypotheses.clear();
    }

    @Test
    void aTypoInJShellGetsASentenceNotAStackTrace() {
        EvalResult r = shell.eval("Datasets.load(\"studnet-mat\");").get(0);

        assertThat(r.status()).isEqualTo(EvalResult.Status.EXCEPTION);
        assertThat(r.message()).contains("There is no dataset \"studnet-mat\"",
                "Did you mean \"student-mat\"");
        // the frame shown is the call the student made, not the package's insides
        assertThat(r.message()).contains("nnshell.data.Datasets.load")
                .doesNotContain("Msg.error", "Catalog");
    }
}
