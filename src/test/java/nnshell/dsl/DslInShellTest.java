package nnshell.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nnshell.shell.Engine;
import nnshell.shell.spi.EvalResult;

/** The DSL as a student types it into the real JShell, after the default startup script. */
class DslInShellTest {

    @Test
    void studentTrainsXorAndReadsGradientsAtThePrompt() throws Exception {
        try (Engine engine = new Engine()) {
            assertThat(engine.eval(Files.readString(Path.of("startup-scripts/default.jsh"))))
                    .allMatch(EvalResult::ok);

            List<EvalResult> results = engine.eval("""
                    Seeds.set(1);
                    var x = tensor(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
                    var y = tensor(0, 1, 1, 0).reshape(4, 1);
                    var model = sequential(Input(2), Dense(4, "tanh"), Dense(1, "sigmoid"));
                    model.compile(SGD(0.5, 0.9), "binaryCrossentropy", "accuracy");
                    var h = model.fit(x, y, options().epochs(500).batchSize(4).verbose(0));
                    double acc = h.last("accuracy");
                    var g = model.parameters().get(0).grad();
                    """);

            assertThat(results).allMatch(EvalResult::ok);
            assertThat(engine.variable("acc")).contains(1.0);
            assertThat(engine.variable("g").get()).isInstanceOf(Tensor.class);
            assertThat(engine.describe("model")).isNotBlank();
        }
    }

    @Test
    void aShapeMistakeShowsTheSentenceNotAStackTrace() throws Exception {
        try (Engine engine = new Engine()) {
            engine.eval(Files.readString(Path.of("startup-scripts/default.jsh")));

            EvalResult r = engine.eval("""
                    sequential(Input(4), Dense(8)).predict(Tensor.zeros(10, 3));
                    """).get(0);

            assertThat(r.status()).isEqualTo(EvalResult.Status.EXCEPTION);
            assertThat(r.message()).contains("Dense(4 -> 8) got input of shape [10, 3]: expected"
                    + " 4 features per row.");
        }
    }
}
