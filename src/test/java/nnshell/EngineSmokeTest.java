package nnshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Tensor;
import nnshell.shell.Engine;
import nnshell.shell.spi.EvalResult;

class EngineSmokeTest {

    @Test
    void snippetsShareTheDslClassesWithTheHost() {
        try (Engine engine = new Engine()) {
            List<EvalResult> results = engine.eval(
                    "var t = nnshell.dsl.Tensor.of(1, 2, 3);\nint n = t.size();");
            assertThat(results).allMatch(EvalResult::ok);
            assertThat(engine.variable("t")).get().isInstanceOf(Tensor.class);
            assertThat(((Tensor) engine.variable("t").get()).size()).isEqualTo(3);
        }
    }

    @Test
    void compileErrorsAreReported() {
        try (Engine engine = new Engine()) {
            EvalResult r = engine.eval("int x = nosuchName;").get(0);
            assertThat(r.status()).isEqualTo(EvalResult.Status.COMPILE_ERROR);
            assertThat(r.message()).contains("nosuchName");
        }
    }
}
