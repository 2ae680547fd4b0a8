package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Seeds;
import nnshell.shell.Engine;
import nnshell.shell.spi.EvalResult;

/** The research tools called the way a student types them, in the real JShell. */
class ResearchInShellTest {

    private final long sessionSeed = Seeds.get();

    /** Snippets share the host's classes, so a snippet's Seeds.set would outlive the test. */
    @org.junit.jupiter.api.AfterEach
    void restoreSeed() {
        Seeds.set(sessionSeed);
    }

    @Test
    void shortCallsWorkAfterTheDefaultStartup() throws Exception {
        try (Engine engine = new Engine()) {
            String startup = Files.readString(Path.of("startup-scripts/default.jsh"));
            assertThat(engine.eval(startup)).allMatch(EvalResult::ok);
            List<EvalResult> results = engine.eval("""
                    Seeds.set(1);
                    var x = tensor(new double[][] {{0, 1}, {1, 0}, {0, 0}, {1, 1}, {0.5, 0.2}});
                    var y = tensor(new double[][] {{1}, {1}, {0}, {0}, {1}});
                    var model = sequential(Input(2), Dense(1, "sigmoid"));
                    model.compile(Adam(0.1), "binaryCrossentropy");
                    model.fit(x, y, options().epochs(5).batchSize(5).verbose(0));
                    var auc = Metrics.rocAuc(model.predict(x), y);
                    var ranking = Explain.saliency(model, x, java.util.List.of("a", "b"));
                    var cm = Metrics.confusion(model.predict(x), y);
                    """);
            assertThat(results).allMatch(EvalResult::ok);
            assertThat((double) engine.variable("auc").orElseThrow()).isBetween(0.0, 1.0);
            assertThat(engine.variable("ranking").orElseThrow().toString())
                    .contains("saliency").contains("a").contains("b");
            assertThat(engine.variable("cm").orElseThrow().toString()).contains("recall");
        }
    }

    @Test
    void theReadmeAblationExampleRunsAsWritten() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Research tools"));
        int from = section.indexOf("    var study");
        int to = section.indexOf("Measures by name:");
        String example = section.substring(from, to).replaceAll("(?m)^    ", "");
        try (Engine engine = new Engine()) {
            String startup = Files.readString(Path.of("startup-scripts/default.jsh"));
            assertThat(engine.eval(startup)).allMatch(EvalResult::ok);
            List<EvalResult> data = engine.eval("""
                    var r = new java.util.Random(1);
                    Tensor[] xor(int n) {
                        var x = Tensor.zeros(n, 2);
                        var y = Tensor.zeros(n, 1);
                        for (int i = 0; i < n; i++) {
                            x.set(r.nextDouble() * 2 - 1, i, 0).set(r.nextDouble() * 2 - 1, i, 1);
                            y.set(x.get(i, 0) * x.get(i, 1) > 0 ? 1 : 0, i, 0);
                        }
                        return new Tensor[] {x, y};
                    }
                    var train = xor(300);
                    var test = xor(200);
                    var xTrain = train[0];
                    var yTrain = train[1];
                    var xTest = test[0];
                    var yTest = test[1];
                    """);
            assertThat(data).allMatch(EvalResult::ok);
            assertThat(engine.eval(example)).allMatch(EvalResult::ok);
            AblationResult result = (AblationResult) engine.variable("result").orElseThrow();
            assertThat(result.worseThanBaseline("no hidden layer", 0)).isTrue();
            assertThat(result.worseThanBaseline("without x0", 1)).isTrue();
            assertThat(result.toString()).contains("without x0");
        }
    }

    @Test
    void aTypoInAMeasureNameGetsASentenceNotAStackTrace() {
        try (Engine engine = new Engine()) {
            engine.eval("import nnshell.research.*;");
            EvalResult r = engine.eval("Quality.named(\"acurracy\");").get(0);
            assertThat(r.ok()).isFalse();
            assertThat(r.message()).contains("Did you mean \"accuracy\"");
        }
    }
}
