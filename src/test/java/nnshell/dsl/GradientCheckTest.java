package nnshell.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every layer's and loss's backward pass against central finite differences. */
class GradientCheckTest {
    private static final double H = 1e-6;
    private static final double TOLERANCE = 1e-6;

    static Stream<Object[]> layers() {
        return Stream.of(
                new Object[] {"Dense linear", new Dense(3), new int[] {4, 5}},
                new Object[] {"Dense tanh", new Dense(3, "tanh"), new int[] {4, 5}},
                new Object[] {"Dense sigmoid", new Dense(2, "sigmoid"), new int[] {3, 4}},
                new Object[] {"Dense relu", new Dense(4, "relu"), new int[] {3, 4}},
                new Object[] {"Dense leakyRelu", new Dense(4, Activation.leakyRelu(0.1)),
                    new int[] {3, 4}},
                new Object[] {"Dense softmax", new Dense(4, "softmax"), new int[] {3, 5}},
                new Object[] {"Conv2D valid", new Conv2D(3, 3, "tanh"), new int[] {2, 2, 5, 6}},
                new Object[] {"Conv2D same", new Conv2D(2, 3).padding("same"),
                    new int[] {2, 2, 5, 5}},
                new Object[] {"Conv2D stride 2 same", new Conv2D(2, 3).stride(2).padding("same"),
                    new int[] {2, 1, 6, 7}},
                new Object[] {"MaxPool2D", new MaxPool2D(2), new int[] {2, 3, 4, 6}},
                new Object[] {"AvgPool2D", new AvgPool2D(2), new int[] {2, 3, 4, 5}},
                new Object[] {"GlobalAveragePooling2D", new GlobalAveragePooling2D(),
                    new int[] {2, 3, 4, 5}},
                new Object[] {"Flatten", new Flatten(), new int[] {2, 3, 2, 2}},
                new Object[] {"Dropout at inference", new Dropout(0.5), new int[] {3, 4}});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void layerBackwardMatchesFiniteDifferences(String name, Layer layer, int[] shape) {
        Random rng = new Random(3);
        Tensor x = Tensor.randn(rng, shape);
        layer.build(java.util.Arrays.copyOfRange(shape, 1, shape.length), new Random(5));
        boolean training = !(layer instanceof Dropout);
        Tensor out = layer.forward(x, training);
        Tensor r = Tensor.randn(rng, out.shape());
        DoubleSupplier f = () -> layer.forward(x, training).mul(r).sum();

        layer.parameters().forEach(Parameter::zeroGrad);
        layer.forward(x, training);
        Tensor dx = layer.backward(r);

        assertClose(dx.data(), numeric(f, x.data()), name + " input");
        for (Parameter p : layer.parameters()) {
            assertClose(p.grad().data(), numeric(f, p.value().data()), p.name());
        }
    }

    static Stream<Object[]> losses() {
        Random rng = new Random(9);
        Tensor probs = Activation.SOFTMAX.apply(Tensor.randn(rng, 4, 3));
        Tensor oneHot = Tensor.of(new double[][] {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 1}});
        Tensor p01 = Activation.SIGMOID.apply(Tensor.randn(rng, 5, 2));
        Tensor y01 = Tensor.of(new double[][] {{1, 0}, {0, 0}, {1, 1}, {0, 1}, {1, 0}});
        return Stream.of(
                new Object[] {Loss.of("mse"), Tensor.randn(rng, 5, 2), Tensor.randn(rng, 5, 2)},
                new Object[] {Loss.of("binaryCrossentropy"), p01, y01},
                new Object[] {Loss.of("categoricalCrossentropy"), probs, oneHot},
                new Object[] {Loss.of("sparseCategoricalCrossentropy"), probs,
                    Tensor.labels(0, 2, 1, 2)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void lossBackwardMatchesFiniteDifferences(Loss loss, Tensor pred, Tensor y) {
        loss.forward(pred, y);
        Tensor g = loss.backward();

        double[] num = numeric(() -> loss.forward(pred, y), pred.data());

        assertClose(g.data(), num, loss.name());
    }

    @Test
    void fusedSoftmaxCrossEntropyStepMatchesFiniteDifferences() {
        checkFusedStep(new Dense(3, "softmax"), "categoricalCrossentropy",
                Tensor.of(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}}));
    }

    @Test
    void fusedSigmoidBinaryCrossEntropyStepMatchesFiniteDifferences() {
        checkFusedStep(new Dense(1, "sigmoid"), "binaryCrossentropy",
                Tensor.of(new double[][] {{1}, {0}, {0}, {1}}));
    }

    /** One fit step of plain SGD moves each weight by -lr times the numeric gradient. */
    private static void checkFusedStep(Dense last, String lossName, Tensor y) {
        Seeds.set(11);
        Tensor x = Tensor.randn(new Random(2), 4, 3);
        Sequential model = new Sequential(new Input(3), new Dense(5, "tanh"), last);
        double lr = 0.1;
        model.compile(new Optimizer.SGD(lr), lossName);
        Loss loss = model.loss();
        double[][] numeric = model.parameters().stream()
                .map(p -> numeric(() -> loss.forward(model.predict(x), y), p.value().data()))
                .toArray(double[][]::new);
        double[][] before = model.parameters().stream().map(p -> p.value().data().clone())
                .toArray(double[][]::new);

        model.fit(x, y, new FitOptions().epochs(1).batchSize(4).shuffle(false).verbose(0));

        for (int i = 0; i < numeric.length; i++) {
            double[] after = model.parameters().get(i).value().data();
            double[] step = new double[after.length];
            for (int j = 0; j < step.length; j++) {
                step[j] = (before[i][j] - after[j]) / lr;
            }
            assertClose(step, numeric[i], model.parameters().get(i).name());
        }
    }

    @Test
    void dropoutScalesKeptValuesAndRoutesGradientThroughTheSameMask() {
        Dropout d = new Dropout(0.5);
        d.build(new int[] {1000}, new Random(4));
        Tensor x = Tensor.ones(2, 1000);
        Tensor out = d.forward(x, true);
        Tensor g = d.backward(Tensor.ones(2, 1000));

        long zeros = java.util.Arrays.stream(out.data()).filter(v -> v == 0).count();
        assertThat(zeros).isBetween(850L, 1150L);
        assertThat(out.data()).containsOnly(0.0, 2.0);
        assertThat(g.data()).containsExactly(out.data());
        assertThat(d.predict(x)).isEqualTo(x);
    }

    @Test
    void activationDerivativesMatchFiniteDifferences() {
        for (String name : new String[] {"sigmoid", "tanh", "relu", "linear", "leakyRelu"}) {
            Activation a = Activation.of(name);
            for (double v : new double[] {-2.1, -0.3, 0.4, 1.7}) {
                double num = (a.apply(v + H) - a.apply(v - H)) / (2 * H);
                assertThat(a.derivative(v)).as(name + " at " + v).isCloseTo(num,
                        org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    static double[] numeric(DoubleSupplier f, double[] v) {
        double[] g = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double keep = v[i];
            v[i] = keep + H;
            double plus = f.getAsDouble();
            v[i] = keep - H;
            double minus = f.getAsDouble();
            v[i] = keep;
            g[i] = (plus - minus) / (2 * H);
        }
        return g;
    }

    static void assertClose(double[] analytic, double[] numeric, String what) {
        assertThat(analytic).as(what).hasSameSizeAs(numeric);
        for (int i = 0; i < analytic.length; i++) {
            double scale = Math.max(1, Math.abs(numeric[i]));
            assertThat(Math.abs(analytic[i] - numeric[i]) / scale)
                    .as("%s [%d]: analytic %s, numeric %s", what, i, analytic[i], numeric[i])
                    .isLessThan(TOLERANCE);
        }
    }
}
