package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnshell.shell.Engine;
import nnshell.shell.spi.EvalResult;

/** The README's example and a whole prepare-and-train run, typed into the real JShell. */
class DataInJShellTest {
    private final TestData props = new TestData();
    private final nnshell.console.Console before = nnshell.console.Console.current();
    private final java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
    private static Engine engine;

    @org.junit.jupiter.api.BeforeAll
    static void startEngine() throws Exception {
        engine = new Engine();
        engine.eval(Files.readString(Path.of("startup-scripts/default.jsh")));
    }

    @org.junit.jupiter.api.AfterAll
    static void stopEngine() {
        engine.close();
        // a static field outlives the class's tests: let the closed engine go
        engine = null;
    }

    @BeforeEach
    void setUp() throws Exception {
        props.set("nnshell.data.dir", TestData.studentDir().toString()).set("nnshell.lang", "en");
        Hypotheses.clear();
        nnshell.console.Console.install(nnshell.console.Console.plain(
                new java.io.PrintStream(shown, true, java.nio.charset.StandardCharsets.UTF_8)));
    }

    @AfterEach
    void tearDown() {
        props.restore();
        Hypotheses.clear();
        nnshell.console.Console.install(before);
    }

    @Test
    void readmeFiveHypothesesExampleRunsAsWritten() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String data = readme.substring(readme.indexOf("## Data"));
        int start = data.indexOf("```java\n") + 8;
        String example = data.substring(start, data.indexOf("```", start));

        List<EvalResult> results = engine.eval(example);

        assertThat(results).allMatch(EvalResult::ok);
        assertThat(Hypotheses.all()).extracting(Hypothesis::verdict).containsExactly(
                "no grounds to reject", "reject", "reject", "no grounds to reject", "reject");
        assertThat(Hypotheses.all().get(0).evidence()).contains("higher", "yes", "3.808");
        assertThat(shown.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Summary of student-mat.csv", "5. Weekday alcohol");
    }

    @Test
    void aLoadedTableShowsItsFirstRowsWithinTheConsoleWidth() {
        EvalResult r = engine.eval("Datasets.studentMat()").get(0);

        assertThat(r.ok()).isTrue();
        assertThat(r.value()).contains("school", "G3", "... 390 more rows",
                "student-mat.csv: 395 rows x 33 columns");
        assertThat(r.value().lines()).allMatch(line -> line.length() <= 100);
        assertThat(r.value().lines().count()).isLessThan(60);
    }

    @Test
    void preparedIrisTrainsADenseNetwork() {
        List<EvalResult> results = engine.eval(String.join("\n",
                "var irisParts = Prep.split(Datasets.iris(), \"species\", 0.7, 0.0, 1);",
                "var scaler = Scaler.standard()",
                "    .fit(Prep.features(irisParts.train(), \"species\"));",
                "var x = scaler.transform(Prep.features(irisParts.train(), \"species\"));",
                "var y = Prep.oneHot(Prep.labels(irisParts.train(), \"species\"), 3);",
                "var xt = scaler.transform(Prep.features(irisParts.test(), \"species\"));",
                "var yt = Prep.oneHot(Prep.labels(irisParts.test(), \"species\"), 3);",
                "Seeds.set(1);",
                "var model = sequential(Input(4), Dense(8, \"tanh\"), Dense(3, \"softmax\"));",
                "model.compile(Adam(0.05), \"categoricalCrossentropy\", \"accuracy\");",
                "model.fit(x, y, options().epochs(40).batchSize(16).verbose(0));",
                "double acc = model.evaluate(xt, yt).get(\"accuracy\");"));

        assertThat(results).allMatch(EvalResult::ok);
        assertThat((Double) engine.variable("acc").orElseThrow()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void playgroundXorTrainsToHighAccuracy() {
        List<EvalResult> results = engine.eval(String.join("\n",
                "var data = Playground.xor(200, 0.0, 3);",
                "Seeds.set(2);",
                "var xorModel = sequential(Input(2), Dense(8, \"tanh\"), Dense(1, \"sigmoid\"));",
                "xorModel.compile(Adam(0.03), \"binaryCrossentropy\", \"accuracy\");",
                "xorModel.fit(data.x(), data.y(), options().epochs(150).batchSize(20).verbose(0));",
                "double xorAcc = xorModel.evaluate(data.x(), data.y()).get(\"accuracy\");"));

        assertThat(results).allMatch(EvalResult::ok);
        assertThat((Double) engine.variable("xorAcc").orElseThrow()).isGreaterThanOrEqualTo(0.95);
    }
}
