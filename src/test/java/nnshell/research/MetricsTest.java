package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Tensor;

class MetricsTest {

    @Test
    void aucCountsTiesAsHalfByHand() {
        // positives 0.8, 0.5; negatives 0.5, 0.1: pairs (0.8>0.5) (0.8>0.1) (0.5=0.5) (0.5>0.1)
        Tensor scores = Tensor.of(0.8, 0.5, 0.5, 0.1);
        Tensor y = Tensor.of(1, 1, 0, 0);
        assertThat(Metrics.rocAuc(scores, y)).isCloseTo(3.5 / 4, within(1e-12));
    }

    @Test
    void aucByRanksEqualsPairCountingOnRandomScoresWithTies() {
        Random r = new Random(7);
        double[] s = new double[300];
        double[] y = new double[300];
        for (int i = 0; i < s.length; i++) {
            y[i] = r.nextInt(2);
            s[i] = Math.round((r.nextGaussian() + y[i]) * 4) / 4.0; // coarse: many ties
        }
        double pairs = 0;
        double wins = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(Metrics.rocAuc(Tensor.of(s), Tensor.of(y))).isCloseTo(wins / pairs,
                within(1e-12));
    }

    @Test
    void aucTakesTheSecondColumnOfTwoClassProbabilities() {
        Tensor p = Tensor.of(new double[][] {{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.4}});
        assertThat(Metrics.rocAuc(p, Tensor.of(0, 1, 1))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aucWithOneClassExplainsWhatToDo() {
        assertThatThrownBy(() -> Metrics.rocAuc(Tensor.of(0.2, 0.7), Tensor.of(1, 1)))
                .hasMessageContaining("both classes");
    }

    @Test
    void logLossMatchesHandComputation() {
        Tensor p = Tensor.of(0.9, 0.2, 0.6);
        Tensor y = Tensor.of(1, 0, 0);
        double expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4)) / 3;
        assertThat(Metrics.logLoss(p, y)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void logLossOnOneHotMulticlassRowsAndClipsZero() {
        Tensor p = Tensor.of(new double[][] {{0.7, 0.2, 0.1}, {0, 0, 1}});
        Tensor y = Tensor.of(new double[][] {{1, 0, 0}, {0, 1, 0}});
        double expected = -(Math.log(0.7) + Math.log(1e-15)) / 2;
        assertThat(Metrics.logLoss(p, y)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void probabilitiesOutsideZeroOneAreRejectedWithTheValue() {
        assertThatThrownBy(() -> Metrics.logLoss(Tensor.of(1.7), Tensor.of(1)))
                .hasMessageContaining("1.7").hasMessageContaining("between 0 and 1");
    }

    @Test
    void f1MacroAndMicroByHand() {
        // actual:    0 0 0 1 1 2
        // predicted: 0 0 1 1 2 2
        Tensor pred = Tensor.of(0, 0, 1, 1, 2, 2);
        Tensor act = Tensor.of(0, 0, 0, 1, 1, 2);
        // class 0: p 2/2 r 2/3 -> f1 0.8; class 1: p 1/2 r 1/2 -> 0.5; class 2: p 1/2 r 1 -> 2/3
        double macro = (0.8 + 0.5 + 2.0 / 3) / 3;
        assertThat(Metrics.f1Macro(pred, act)).isCloseTo(macro, within(1e-12));
        assertThat(Metrics.f1Micro(pred, act)).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(Metrics.accuracy(pred, act)).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void confusionFromProbabilityRowsPrintsATable() {
        Tensor p = Tensor.of(new double[][] {{0.8, 0.2}, {0.3, 0.7}, {0.6, 0.4}});
        ConfusionMatrix cm = Metrics.confusion(p, Tensor.of(0, 1, 1)).withNames("no", "yes");
        assertThat(cm.count(1, 0)).isEqualTo(1);
        assertThat(cm.count(1, 1)).isEqualTo(1);
        assertThat(cm.count(0, 0)).isEqualTo(1);
        assertThat(cm.recall(1)).isEqualTo(0.5);
        assertThat(cm.toString()).contains("yes").contains("0.500").contains("3 ");
    }

    @Test
    void mismatchedRowsSayBothCounts() {
        assertThatThrownBy(() -> Metrics.f1Macro(Tensor.of(0, 1), Tensor.of(0, 1, 1)))
                .hasMessageContaining("2 rows").hasMessageContaining("3");
    }

    @Test
    void calibrationByHand() {
        // confidences (top class): 0.9 0.9 0.6 0.7 -> bins of width 0.5: [0.5,1) holds all
        Tensor p = Tensor.of(0.9, 0.1, 0.6, 0.3);
        Tensor y = Tensor.of(1, 0, 0, 0);
        Calibration c = Metrics.calibration(p, y, 2);
        Calibration.Bin high = c.bins().get(1);
        assertThat(high.count()).isEqualTo(4);
        assertThat(high.confidence()).isCloseTo((0.9 + 0.9 + 0.6 + 0.7) / 4, within(1e-12));
        assertThat(high.accuracy()).isCloseTo(0.75, within(1e-12));
        assertThat(c.ece()).isCloseTo(Math.abs(0.775 - 0.75), within(1e-12));
    }

    @Test
    void calibrationOfAPerfectlyCalibratedSampleIsNearZero() {
        Random r = new Random(3);
        int n = 20000;
        double[] p = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = r.nextDouble();
            y[i] = r.nextDouble() < p[i] ? 1 : 0;
        }
        Calibration c = Metrics.calibration(Tensor.of(p), Tensor.of(y), 10);
        assertThat(c.ece()).isLessThan(0.02);
        assertThat(c.bins()).hasSize(10);
        assertThat(c.toString()).contains("ECE");
        // a model that says 0.99 but is right half the time is badly calibrated
        Arrays2.fill(p, 0.99);
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
        }
        assertThat(Metrics.calibration(Tensor.of(p), Tensor.of(y)).ece())
                .isCloseTo(0.49, within(1e-9));
    }

    /** Tiny helper so the test reads as a sentence. */
    private static final class Arrays2 {
        static void fill(double[] a, double v) {
            java.util.Arrays.fill(a, v);
        }
    }
}
