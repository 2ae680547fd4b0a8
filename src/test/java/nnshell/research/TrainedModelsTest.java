package nnshell.research;

import static nnshell.dsl.Keras.Adam;
import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Dropout;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.options;
import static nnshell.dsl.Keras.sequential;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Model;
import nnshell.dsl.Seeds;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/** Known-answer tests on models trained with the real DSL. */
class TrainedModelsTest {
    private static long sessionSeed;

    @org.junit.jupiter.api.BeforeAll
    static void rememberSeed() {
        sessionSeed = Seeds.get();
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreSeed() {
        Seeds.set(sessionSeed);
    }

    /** 5 features, label 1 when x2 + small noise > 0: only x2 carries the class. */
    static Tensor[] onlyX2Data(int n, long seed) {
        Random r = new Random(seed);
        Tensor x = SensitivityTest.gaussian(n, 5, seed);
        Tensor y = Tensor.zeros(n, 1);
        for (int i = 0; i < n; i++) {
            y.data()[i] = x.get(i, 2) + 0.2 * r.nextGaussian() > 0 ? 1 : 0;
        }
        return new Tensor[] {x, y};
    }

    static Sequential trainedOnX2() {
        Tensor[] d = onlyX2Data(400, 1);
        Seeds.set(3);
        Sequential m = sequential(Input(5), Dense(8, "tanh"), Dense(1, "sigmoid"));
        m.compile(Adam(0.05), "binaryCrossentropy", "accuracy");
        m.fit(d[0], d[1], options().epochs(30).batchSize(32).verbose(0));
        return m;
    }

    @Test
    void everyMethodRanksTheFeatureATrainedModelReliesOnFirst() {
        Sequential m = trainedOnX2();
        Tensor[] test = onlyX2Data(200, 2);
        assertThat(Metrics.accuracy(m.predict(test[0]), test[1])).isGreaterThan(0.9)
                .isEqualTo(m.evaluate(test[0], test[1]).get("accuracy"));
        assertThat(Explain.saliency(m, test[0]).ranked().get(0)).isEqualTo("x2");
        assertThat(Explain.perturbation(m, test[0]).ranked().get(0)).isEqualTo("x2");
        assertThat(Sensitivity.partialDependenceRanking(m, test[0], null, -1).ranked().get(0))
                .isEqualTo("x2");
        assertThat(Explain.lime(m, test[0], test[0], 4).weights().ranked().get(0))
                .isEqualTo("x2");
    }

    @Test
    void backpropagatedSaliencyEqualsFiniteDifferencesAndLeavesGradientsAlone() {
        Sequential m = trainedOnX2();
        Tensor x = onlyX2Data(20, 5)[0];
        m.parameters().get(0).grad().data()[0] = 0.125;
        Tensor exact = Sensitivity.inputGradient(m, x, -1);
        Model blackBox = m::predict;
        Tensor numeric = Sensitivity.inputGradient(blackBox, x, -1);
        for (int i = 0; i < x.size(); i++) {
            assertThat(exact.data()[i]).isCloseTo(numeric.data()[i], within(1e-6));
        }
        assertThat(m.parameters().get(0).grad().data()[0]).isEqualTo(0.125);
    }

    /** y = sin(2x) on x in [-1, 1]. */
    static Tensor[] sine(int n) {
        Tensor x = Tensor.zeros(n, 1);
        Tensor y = Tensor.zeros(n, 1);
        for (int i = 0; i < n; i++) {
            x.data()[i] = -1 + 2.0 * i / (n - 1);
            y.data()[i] = Math.sin(2 * x.data()[i]);
        }
        return new Tensor[] {x, y};
    }

    static Sequential sineNet(boolean dropout) {
        Tensor[] d = sine(80);
        Sequential m = dropout
                ? sequential(Input(1), Dense(32, "relu"), Dropout(0.2), Dense(1))
                : sequential(Input(1), Dense(32, "relu"), Dense(1));
        m.compile(Adam(0.02), "mse");
        m.fit(d[0], d[1], options().epochs(60).batchSize(16).verbose(0));
        return m;
    }

    static final Tensor NEAR = Tensor.of(new double[][] {{-0.6}, {0}, {0.6}});
    static final Tensor FAR = Tensor.of(new double[][] {{-6}, {6}, {8}});

    @Test
    void anEnsembleOfTrainedNetsIsLessCertainFarFromTheData() {
        long session = Seeds.get();
        List<Model> models = Uncertainty.train(seed -> sineNet(false), 1, 2, 3, 4);
        assertThat(Seeds.get()).isEqualTo(session);
        double near = max(Uncertainty.ensemble(models, NEAR).totalVariance());
        double far = min(Uncertainty.ensemble(models, FAR).totalVariance());
        assertThat(far).isGreaterThan(5 * near);
    }

    @Test
    void mcDropoutIsLessCertainFarFromTheDataAndNeedsADropoutLayer() {
        Seeds.set(4);
        Sequential m = sineNet(true);
        Predictive near = Uncertainty.mcDropout(m, NEAR, 100);
        Predictive far = Uncertainty.mcDropout(m, FAR, 100);
        assertThat(min(far.totalVariance())).isGreaterThan(5 * max(near.totalVariance()));
        assertThat(near.mean().get(1, 0)).isCloseTo(0, within(0.2));
        Predictive mixed = Uncertainty.mcDropout(m, Tensor.of(new double[][] {{0}, {8}}), 50);
        assertThat(mixed.leastCertain(1)).containsExactly(1);
        assertThatThrownBy(() -> Uncertainty.mcDropout(sineNet(false), NEAR, 10))
                .hasMessageContaining("Dropout layer").hasMessageContaining("Dense");
    }

    @Test
    void ablatingTheHiddenLayerXorNeedsDropsBothMeasures() {
        Tensor[] train = xor(300, 1);
        Tensor[] test = xor(200, 2);
        AblationResult r = Ablation.of(train[0], train[1], test[0], test[1])
                .variant("hidden layer", (x, y, seed) -> fitted(x, y,
                        sequential(Input(2), Dense(8, "tanh"), Dense(1, "sigmoid"))))
                .variant("no hidden layer", (x, y, seed) -> fitted(x, y,
                        sequential(Input(2), Dense(1, "sigmoid"))))
                .measures("accuracy", "auc").seeds(1, 2).run();
        assertThat(r.mean("hidden layer", 0)).isGreaterThan(0.85);
        assertThat(r.mean("no hidden layer", 0)).isLessThan(0.7);
        assertThat(r.worseThanBaseline("no hidden layer", 0)).isTrue();
        assertThat(r.worseThanBaseline("no hidden layer", 1)).isTrue();
        assertThat(r.mean("hidden layer", 1) - r.mean("no hidden layer", 1))
                .isGreaterThan(0.2);
    }

    @Test
    void modelVariantsFromFactoriesAndAFeatureDroppedFromTheBaseline() {
        Tensor[] train = xor(300, 3);
        Tensor[] test = xor(200, 4);
        AblationResult r = Ablation.of(train[0], train[1], test[0], test[1])
                .training(() -> Adam(0.05), "binaryCrossentropy", 40, 32)
                .model("tanh", () -> sequential(Input(2), Dense(8, "tanh"), Dense(1, "sigmoid")))
                .model("linear", () -> sequential(Input(2), Dense(8, "linear"),
                        Dense(1, "sigmoid")))
                .withoutFeatures("without x1", 1)
                .measures("accuracy", "logLoss").seeds(1, 2).run();
        // a linear hidden layer makes the whole network linear: XOR is lost again
        assertThat(r.worseThanBaseline("linear", 0)).isTrue();
        assertThat(r.worseThanBaseline("linear", 1)).isTrue();
        assertThat(r.mean("without x1", 0)).isLessThan(0.7);
        assertThat(r.rows()).hasSize(3);
    }

    static Model fitted(Tensor x, Tensor y, Sequential m) {
        m.compile(Adam(0.05), "binaryCrossentropy");
        m.fit(x, y, options().epochs(40).batchSize(32).verbose(0));
        return m;
    }

    /** Label 1 when x0 and x1 have the same sign: no straight line separates the classes. */
    static Tensor[] xor(int n, long seed) {
        Random r = new Random(seed);
        Tensor x = Tensor.zeros(n, 2);
        Tensor y = Tensor.zeros(n, 1);
        for (int i = 0; i < n; i++) {
            x.set(r.nextDouble() * 2 - 1, i, 0).set(r.nextDouble() * 2 - 1, i, 1);
            y.data()[i] = x.get(i, 0) * x.get(i, 1) > 0 ? 1 : 0;
        }
        return new Tensor[] {x, y};
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }
}
