package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Model;
import nnshell.dsl.Tensor;

class LimeTest {

    @Test
    void ridgeRecoversAnExactLinearFunctionWithPerfectR2() {
        Random r = new Random(1);
        double[][] x = new double[50][3];
        double[] y = new double[50];
        double[] w = new double[50];
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = 2 + 1.5 * x[i][0] - 3 * x[i][2];
            w[i] = r.nextDouble();
        }
        WeightedRidge.Fit f = WeightedRidge.fit(x, y, w, 0);
        assertThat(f.intercept()).isCloseTo(2, within(1e-9));
        assertThat(f.coefficients()).containsExactly(new double[] {1.5, 0, -3}, within(1e-9));
        assertThat(f.r2()).isCloseTo(1, within(1e-12));
    }

    @Test
    void integerWeightsEqualRepeatedRowsAndPenaltyZeroesTheGradient() {
        Random r = new Random(2);
        double[][] x = new double[30][2];
        double[] y = new double[30];
        double[] w = new double[30];
        List<double[]> rx = new ArrayList<>();
        List<Double> ry = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            x[i] = new double[] {r.nextGaussian(), r.nextGaussian()};
            y[i] = x[i][0] - x[i][1] + r.nextGaussian();
            w[i] = 1 + r.nextInt(3);
            for (int k = 0; k < w[i]; k++) {
                rx.add(x[i]);
                ry.add(y[i]);
            }
        }
        double lambda = 0.7;
        WeightedRidge.Fit weighted = WeightedRidge.fit(x, y, w, lambda);
        double[] ones = new double[rx.size()];
        java.util.Arrays.fill(ones, 1);
        WeightedRidge.Fit repeated = WeightedRidge.fit(rx.toArray(double[][]::new),
                ry.stream().mapToDouble(Double::doubleValue).toArray(), ones, lambda);
        assertThat(weighted.coefficients()).containsExactly(repeated.coefficients(),
                within(1e-10));
        assertThat(weighted.r2()).isCloseTo(repeated.r2(), within(1e-10));
        // second way: the objective's gradient is zero at the solution
        for (int j = 0; j < 2; j++) {
            double grad = 2 * lambda * weighted.coefficients()[j];
            for (int i = 0; i < 30; i++) {
                grad -= 2 * w[i] * (y[i] - weighted.predict(x[i])) * x[i][j];
            }
            assertThat(grad).isCloseTo(0, within(1e-8));
        }
    }

    @Test
    void tabularLimeRanksTheOnlyUsedFeatureFirstAndReproduces() {
        Tensor x = SensitivityTest.gaussian(200, 5, 4);
        LimeExplanation a = Lime.tabular(SensitivityTest.ONLY_X2, x, x, 7, null, -1, 1000, 42);
        LimeExplanation b = Lime.tabular(SensitivityTest.ONLY_X2, x, x, 7, null, -1, 1000, 42);
        assertThat(a.weights().ranked().get(0)).isEqualTo("x2");
        assertThat(Math.abs(a.weights().score("x2")))
                .isGreaterThan(20 * Math.abs(a.weights().score("x0")));
        assertThat(a.weights().scores()).isEqualTo(b.weights().scores());
        assertThat(a.r2()).isBetween(0.5, 1.0);
        assertThat(a.toString()).contains("R^2");
    }

    @Test
    void tabularLimeOfALinearModelGivesItsSlopesTimesStd() {
        Tensor x = SensitivityTest.gaussian(500, 3, 5);
        Model linear = in -> {
            Tensor y = Tensor.zeros(in.shape(0), 1);
            for (int i = 0; i < in.shape(0); i++) {
                y.data()[i] = 4 * in.get(i, 0) - 2 * in.get(i, 1);
            }
            return y;
        };
        LimeExplanation e = Lime.tabular(linear, x, x, 0, List.of("a", "b", "c"), 0, 2000, 1);
        double[] std = Tabular.std(x);
        // the ridge penalty (1) shrinks the slopes a little against ~hundreds of weighted rows
        assertThat(e.weights().score("a")).isCloseTo(4 * std[0], within(0.04));
        assertThat(e.weights().score("b")).isCloseTo(-2 * std[1], within(0.02));
        assertThat(e.weights().score("c")).isCloseTo(0, within(0.01));
        assertThat(e.r2()).isCloseTo(1, within(1e-3));
    }

    /** A 2-class image model whose class-1 score is the mean of the top-left quadrant. */
    static final Model TOP_LEFT = x -> {
        int n = x.shape(0);
        int h = x.shape(-2);
        int w = x.shape(-1);
        Tensor y = Tensor.zeros(n, 2);
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int r = 0; r < h / 2; r++) {
                for (int c = 0; c < w / 2; c++) {
                    s += x.data()[i * h * w + r * w + c];
                }
            }
            double p = 1 / (1 + Math.exp(-(s / (h * w / 4.0) - 0.5) * 8));
            y.set(1 - p, i, 0).set(p, i, 1);
        }
        return y;
    };

    @Test
    void imageLimePutsItsMassInTheQuadrantTheModelReads() {
        Random r = new Random(9);
        Tensor image = Tensor.zeros(1, 8, 8);
        for (int k = 0; k < 64; k++) {
            image.data()[k] = r.nextDouble();
        }
        for (int row = 0; row < 4; row++) {
            for (int c = 0; c < 4; c++) {
                image.set(1.0, 0, row, c);
            }
        }
        LimeImage e = Lime.image(TOP_LEFT, image, Segments.grid(image, 4, 4), 1, 300, 3);
        assertThat(e.heatmap().massIn(0, 0, 4, 4)).isGreaterThan(0.9);
        assertThat(e.r2()).isGreaterThan(0.8);
        assertThat(e.toString()).contains("heatmap 8x8");
    }

    @Test
    void wrongSegmentSizeAndTooFewSamplesAreExplained() {
        Tensor image = Tensor.zeros(1, 8, 8);
        assertThatThrownBy(() -> Lime.image(TOP_LEFT, image, Segments.grid(6, 6, 2, 2), -1,
                100, 1)).hasMessageContaining("6x6").hasMessageContaining("[1, 8, 8]");
        assertThatThrownBy(() -> Lime.tabular(SensitivityTest.ONLY_X2,
                SensitivityTest.gaussian(5, 5, 1), SensitivityTest.gaussian(5, 5, 1), 9, null,
                -1, 100, 1)).hasMessageContaining("Row 9").hasMessageContaining("5 rows");
    }
}
