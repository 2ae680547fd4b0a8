package nnshell.dsl;

import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.SGD;
import static nnshell.dsl.Keras.options;
import static nnshell.dsl.Keras.sequential;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XorTest {
    static final Tensor X = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    static final Tensor Y = Tensor.of(new double[][] {{0}, {1}, {1}, {0}});

    @Test
    void twoFourOneLearnsXorCompletely() {
        Seeds.set(1);
        var model = sequential(Input(2), Dense(4, "tanh"), Dense(1, "sigmoid"));
        model.compile(SGD(0.5, 0.9), "binaryCrossentropy", "accuracy");

        History h = model.fit(X, Y, options().epochs(500).batchSize(4).verbose(0));

        assertThat(h.last("accuracy")).isEqualTo(1.0);
        assertThat(h.last("loss")).isLessThan(h.get("loss").get(0));
        assertThat(model.evaluate(X, Y).get("accuracy")).isEqualTo(1.0);
        Tensor p = model.predict(X);
        assertThat(p.get(0, 0)).isLessThan(0.5);
        assertThat(p.get(1, 0)).isGreaterThan(0.5);
        assertThat(p.get(2, 0)).isGreaterThan(0.5);
        assertThat(p.get(3, 0)).isLessThan(0.5);
    }

    @Test
    void handWrittenLoopMatchesFit() {
        Seeds.set(7);
        var a = sequential(Input(2), Dense(4, "tanh"), Dense(1, "sigmoid"));
        Seeds.set(7);
        var b = sequential(Input(2), Dense(4, "tanh"), Dense(1, "sigmoid"));
        a.compile(SGD(0.3), "mse");
        a.fit(X, Y, options().epochs(20).batchSize(4).shuffle(false).verbose(0));

        Loss loss = Loss.of("mse");
        Optimizer opt = SGD(0.3).attach(b);
        for (int i = 0; i < 20; i++) {
            b.zeroGrad();
            loss.forward(b.forward(X), Y);
            b.backward(loss.backward());
            opt.step();
        }

        for (int i = 0; i < a.parameters().size(); i++) {
            assertThat(b.parameters().get(i).value()
                    .allClose(a.parameters().get(i).value(), 1e-12)).isTrue();
        }
        assertThat(b.parameters().get(0).name()).isEqualTo("dense_1/kernel");
        assertThat(b.parameters().get(0).toString()).contains("grad");
    }
}
