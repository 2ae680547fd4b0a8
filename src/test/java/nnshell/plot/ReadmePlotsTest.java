package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.shell.Engine;
import nnshell.shell.spi.EvalResult;

/** Every example line of the README's Plots section runs at the prompt after the startup. */
class ReadmePlotsTest {
    private static final String SETUP = """
            Seeds.set(1);
            Tensor x = tensor(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5, 0.2}});
            Tensor y = tensor(0, 1, 1, 0, 1);
            var model = sequential(Input(2), Dense(3, "tanh"), Dense(2, "softmax"));
            model.compile(SGD(0.1), "sparseCategoricalCrossentropy");
            var history = model.fit(x, y, options().epochs(3).verbose(0));
            var losses = history.get("loss");
            var w = model.parameters().get(0).value();
            String[] labels = {"a", "b"};
            double[] values = {1, 2};
            String[] names = {"a", "b"};
            double[] a = {1, 2, 3};
            double[] b = {2, 3, 5};
            var yTrue = tensor(0, 1, 1, 0, 1);
            double[][] matrix = {{1, 0.5}, {0.5, 1}};
            var image = Tensor.rand(8, 8);
            var saliency = Tensor.rand(4, 4);
            """;

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        LivePlots.uninstall();
        System.clearProperty("nnshell.plots");
    }

    @Test
    void everyPlotsExampleInTheReadmeRuns() throws Exception {
        List<String> examples = examples(Files.readString(Path.of("README.md")));
        assertThat(examples).hasSizeGreaterThan(8).anyMatch(l -> l.startsWith("histogram("));
        System.setProperty("nnshell.plots", "off");
        try (Engine engine = new Engine()) {
            assertThat(engine.eval(Files.readString(Path.of("startup-scripts/default.jsh"))))
                    .allMatch(EvalResult::ok);
            assertThat(engine.eval(SETUP)).allMatch(EvalResult::ok);
            for (String line : examples) {
                if (line.startsWith("images(")) {
                    assertThat(engine.eval("x = Tensor.rand(4, 8, 8); y = tensor(0, 1, 2, 3);"))
                            .allMatch(EvalResult::ok);
                }
                String source = line.replace("\"boundary.svg\"",
                        "\"" + dir.resolve("boundary.svg").toString().replace('\\', '/') + "\"");
                List<EvalResult> results = engine.eval(source);
                assertThat(results).as(line).isNotEmpty().allSatisfy(r -> assertThat(r.ok())
                        .as(line + " -> " + r).isTrue());
            }
        }
        assertThat(dir.resolve("boundary.svg")).exists();
    }

    /** The indented example lines of the "## Plots" section, comments removed. */
    static List<String> examples(String readme) {
        int start = readme.indexOf("\n## Plots");
        int end = readme.indexOf("\n## ", start + 1);
        List<String> lines = new ArrayList<>();
        for (String line : readme.substring(start, end).split("\n")) {
            if (!line.startsWith("    ") || line.isBlank()) {
                continue;
            }
            String code = line.strip();
            int comment = code.indexOf("//");
            code = (comment >= 0 ? code.substring(0, comment) : code).strip();
            lines.add(code.endsWith(";") ? code : code + ";");
        }
        return lines;
    }
}
