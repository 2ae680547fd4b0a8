package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Model;
import nnshell.dsl.Tensor;

class UncertaintyTest {

    /**
     * A one-hidden-layer tanh network whose hidden weights are random (drawn from the seed)
     * and whose output weights are fitted to y = sin(2x) on x in [-1, 1].
     */
    static Model randomFeatureNet(long seed) {
        Random r = new Random(seed);
        int hidden = 20;
        double[] a = new double[hidden];
        double[] b = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            a[j] = 2 * r.nextGaussian();
            b[j] = r.nextGaussian();
        }
        double[][] features = new double[60][];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            double x = -1 + 2.0 * i / 59;
            features[i] = hiddenOf(x, a, b);
            y[i] = Math.sin(2 * x);
        }
        double[] w = new double[60];
        Arrays.fill(w, 1);
        WeightedRidge.Fit fit = WeightedRidge.fit(features, y, w, 1e-3);
        return x -> {
            Tensor out = Tensor.zeros(x.shape(0), 1);
            for (int i = 0; i < x.shape(0); i++) {
                out.data()[i] = fit.predict(hiddenOf(x.get(i, 0), a, b));
            }
            return out;
        };
    }

    private static double[] hiddenOf(double x, double[] a, double[] b) {
        double[] h = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            h[j] = Math.tanh(a[j] * x + b[j]);
        }
        return h;
    }

    @Test
    void anEnsembleIsLessCertainFarFromItsTrainingData() {
        List<Model> models = Uncertainty.train(UncertaintyTest::randomFeatureNet, 1, 2, 3, 4, 5);
        Tensor near = Tensor.of(new double[][] {{-0.5}, {0}, {0.5}});
        Tensor far = Tensor.of(new double[][] {{4}, {-5}, {6}});
        Predictive onData = Uncertainty.ensemble(models, near);
        Predictive offData = Uncertainty.ensemble(models, far);
        double maxNear = Arrays.stream(onData.totalVariance()).max().orElseThrow();
        double minFar = Arrays.stream(offData.totalVariance()).min().orElseThrow();
        assertThat(minFar).isGreaterThan(10 * maxNear);
        assertThat(onData.mean().get(1, 0)).isCloseTo(0, within(0.05));
        Predictive mixed = Uncertainty.ensemble(models,
                Tensor.of(new double[][] {{0}, {6}, {0.5}}));
        assertThat(mixed.leastCertain(1)).containsExactly(1);
    }

    @Test
    void meanVarianceAndEntropyByHand() {
        Tensor p1 = Tensor.of(new double[][] {{0.9, 0.1}, {0.5, 0.5}});
        Tensor p2 = Tensor.of(new double[][] {{0.7, 0.3}, {0.5, 0.5}});
        Predictive s = Predictive.of(List.of(p1, p2));
        assertThat(s.mean().get(0, 0)).isCloseTo(0.8, within(1e-12));
        // sample variance of {0.9, 0.7} is 0.02, of {0.1, 0.3} too
        assertThat(s.variance().get(0, 0)).isCloseTo(0.02, within(1e-12));
        assertThat(s.totalVariance()[0]).isCloseTo(0.04, within(1e-12));
        double h = -(0.8 * Math.log(0.8) + 0.2 * Math.log(0.2));
        assertThat(s.entropy()[0]).isCloseTo(h, within(1e-12));
        assertThat(s.entropy()[1]).isCloseTo(Math.log(2), within(1e-12));
        double expected = (-(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1))
                - (0.7 * Math.log(0.7) + 0.3 * Math.log(0.3))) / 2;
        assertThat(s.mutualInformation()[0]).isCloseTo(h - expected, within(1e-12));
        assertThat(s.mutualInformation()[1]).isCloseTo(0, within(1e-12));
        assertThat(s.toString()).contains("2 passes over 2 rows");
    }

    @Test
    void sampleSummarisesAStochasticPrediction() {
        Random r = new Random(4);
        Tensor x = Tensor.of(new double[][] {{0}, {1}});
        Predictive s = Uncertainty.sample(() -> {
            Tensor y = Tensor.zeros(2, 1);
            y.data()[0] = 0.1 * r.nextGaussian();
            y.data()[1] = 1.0 * r.nextGaussian();
            return y;
        }, 400);
        assertThat(s.variance().get(0, 0)).isCloseTo(0.01, within(0.003));
        assertThat(s.variance().get(1, 0)).isCloseTo(1.0, within(0.2));
        assertThat(s.leastCertain(2)).containsExactly(1, 0);
        assertThat(x.shape(0)).isEqualTo(s.passes() > 0 ? 2 : 0);
    }

    @Test
    void tooFewPassesOrMismatchedShapesAreExplained() {
        assertThatThrownBy(() -> Uncertainty.sample(() -> Tensor.zeros(1, 1), 1))
                .hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Predictive.of(List.of(Tensor.zeros(2, 1), Tensor.zeros(3, 1))))
                .hasMessageContaining("[2, 1]").hasMessageContaining("[3, 1]");
        assertThatThrownBy(() -> Uncertainty.train(UncertaintyTest::randomFeatureNet, 7))
                .hasMessageContaining("at least 2 seeds");
    }
}
