package nnshell.dsl;

import static nnshell.dsl.Keras.Adam;
import static nnshell.dsl.Keras.Conv2D;
import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Flatten;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.MaxPool2D;
import static nnshell.dsl.Keras.SGD;
import static nnshell.dsl.Keras.options;
import static nnshell.dsl.Keras.sequential;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The networks the documentation promises actually learn their data. */
class LearningTest {

    /** The settings the README names for the spiral. */
    @Test
    void spiralReachesNinetyFivePercentTrainingAccuracy() {
        Tensor[] s = BenchData.read("spiral.csv");
        Seeds.set(42);
        var model = sequential(Input(2), Dense(16, "tanh"), Dense(16, "tanh"),
                Dense(1, "sigmoid"));
        model.compile(Adam(0.01), "binaryCrossentropy", "accuracy");

        History h = model.fit(s[0], s[1], options().epochs(300).batchSize(10).seed(42)
                .verbose(0));

        assertThat(model.evaluate(s[0], s[1]).get("accuracy")).isGreaterThanOrEqualTo(0.95);
        assertThat(h.get("loss")).hasSize(300);
        assertThat(h.last("loss")).isLessThan(0.1);
    }

    /** Workload W2 exactly as the bench runs it: test accuracy on the last 360 digits. */
    @Test
    void digitsCnnOfW2ReachesEightyFivePercentTestAccuracy() {
        Tensor[] d = BenchData.read("digits.csv");
        Tensor images = d[0].div(16).reshape(-1, 1, 8, 8);
        Seeds.set(42);
        var model = sequential(Input(1, 8, 8), Conv2D(8, 3, 1, "same", "relu"), MaxPool2D(2),
                Flatten(), Dense(10, "softmax"));
        model.compile(SGD(0.1), "sparseCategoricalCrossentropy", "accuracy");

        model.fit(images.rows(0, 1437), d[1].rows(0, 1437),
                options().epochs(10).batchSize(32).seed(42).verbose(0));

        double test = model.evaluate(images.rows(1437, 1797), d[1].rows(1437, 1797))
                .get("accuracy");
        assertThat(test).isGreaterThanOrEqualTo(0.85);
        assertThat(model.countParams()).isEqualTo(8 * 9 + 8 + 128 * 10 + 10);
    }

    @Test
    void everyOptimizerLowersTheLossOnARegression() {
        Tensor x = Tensor.randn(new java.util.Random(1), 64, 3);
        Tensor y = x.matmul(Tensor.of(new double[][] {{1}, {-2}, {0.5}})).add(0.3);
        for (Optimizer opt : new Optimizer[] {SGD(0.05), SGD(0.05, 0.9), SGD(0.05, 0.9, true),
            Adam(0.05), Keras.RMSprop(0.01)}) {
            Seeds.set(3);
            var model = sequential(Input(3), Dense(1));
            model.compile(opt, "mse", "mae", "r2");
            History h = model.fit(x, y, options().epochs(40).batchSize(16).verbose(0));
            assertThat(h.last("loss")).as(opt.toString()).isLessThan(0.01);
            assertThat(h.last("r2")).as(opt.toString()).isGreaterThan(0.99);
        }
    }
}
