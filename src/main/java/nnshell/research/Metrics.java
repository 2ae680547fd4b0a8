package nnshell.research;

import java.util.Arrays;

import nnshell.dsl.Tensor;

/**
 * Quality metrics beyond accuracy: ROC AUC, log-loss, F1, the confusion matrix and calibration.
 *
 * <p>Predictions are what a model returns: a column of probabilities of the positive class
 * ([n] or [n, 1]) or one row of class probabilities per example ([n, k]). Targets are class
 * numbers ([n]) or one-hot rows ([n, k]).
 *
 * <pre>{@code Metrics.rocAuc(model.predict(xTest), yTest)}</pre>
 */
public final class Metrics {
    private static final double EPS = 1e-15;

    private Metrics() {
    }

    /**
     * Area under the ROC curve of a binary classifier: the chance that a random positive
     * scores above a random negative, ties counting one half.
     *
     * <pre>{@code Metrics.rocAuc(Tensor.of(0.9, 0.2, 0.6), Tensor.of(1, 0, 0))  // 1.0}</pre>
     */
    public static double rocAuc(Tensor scores, Tensor targets) {
        double[] s = Labels.positiveScores(scores, "scores");
        int[] y = Labels.classes(targets, "targets");
        Labels.sameRows(s.length, y.length, "scores", "targets");
        return aucByRanks(s, y);
    }

    /**
     * Mean negative log-probability of the true class (natural log; probabilities clipped to
     * [1e-15, 1 - 1e-15]). Lower is better; 0.693 is a coin toss on two classes.
     *
     * <pre>{@code Metrics.logLoss(model.predict(x), y)}</pre>
     */
    public static double logLoss(Tensor probabilities, Tensor targets) {
        double[][] p = Labels.probabilities(probabilities, "probabilities");
        int[] y = Labels.classes(targets, "targets");
        Labels.sameRows(p.length, y.length, "probabilities", "targets");
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            requireClass(y[i], p[i].length, i);
            sum -= Math.log(Math.min(1 - EPS, Math.max(EPS, p[i][y[i]])));
        }
        return sum / p.length;
    }

    /** Fraction of rows whose predicted class is the true class. */
    public static double accuracy(Tensor predictions, Tensor targets) {
        return confusion(predictions, targets).accuracy();
    }

    /**
     * F1 averaged over classes with equal weight (each class's harmonic mean of precision and
     * recall, then their mean); a rare class counts as much as a common one.
     *
     * <pre>{@code Metrics.f1Macro(model.predict(x), y)}</pre>
     */
    public static double f1Macro(Tensor predictions, Tensor targets) {
        return confusion(predictions, targets).f1Macro();
    }

    /**
     * F1 from counts pooled over all classes; for single-label classification it equals
     * accuracy.
     *
     * <pre>{@code Metrics.f1Micro(model.predict(x), y)}</pre>
     */
    public static double f1Micro(Tensor predictions, Tensor targets) {
        return confusion(predictions, targets).f1Micro();
    }

    /**
     * Counts of (true class, predicted class) pairs; prints as a table.
     *
     * <pre>{@code Metrics.confusion(model.predict(x), y)}</pre>
     */
    public static ConfusionMatrix confusion(Tensor predictions, Tensor targets) {
        int[] predicted = Labels.classes(predictions, "predictions");
        int[] actual = Labels.classes(targets, "targets");
        Labels.sameRows(predicted.length, actual.length, "predictions", "targets");
        int k = Math.max(max(predicted), max(actual)) + 1;
        if (!Labels.isColumn(predictions)) {
            k = Math.max(k, predictions.shape(1));
        }
        long[][] counts = new long[k][k];
        for (int i = 0; i < predicted.length; i++) {
            counts[actual[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    /**
     * How well the model's confidence matches its accuracy, in {@code bins} equal-width bins of
     * confidence (the probability of the predicted class): expected calibration error and the
     * data of a reliability diagram.
     *
     * <pre>{@code Metrics.calibration(model.predict(x), y, 10).ece()}</pre>
     */
    public static Calibration calibration(Tensor probabilities, Tensor targets, int bins) {
        if (bins < 1) {
            throw Msg.bad("bins.positive", bins);
        }
        double[][] p = Labels.probabilities(probabilities, "probabilities");
        int[] y = Labels.classes(targets, "targets");
        Labels.sameRows(p.length, y.length, "probabilities", "targets");
        return Calibration.of(p, y, bins);
    }

    /** Calibration with 10 bins. */
    public static Calibration calibration(Tensor probabilities, Tensor targets) {
        return calibration(probabilities, targets, 10);
    }

    /** AUC as the Mann-Whitney U statistic over mid-ranks (ties share their mean rank). */
    static double aucByRanks(double[] s, int[] y) {
        int n = s.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(s[a], s[b]));
        double[] rank = new double[n];
        for (int i = 0; i < n;) {
            int j = i;
            while (j + 1 < n && s[order[j + 1]] == s[order[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                rank[order[t]] = mid;
            }
            i = j + 1;
        }
        return uStatistic(rank, y);
    }

    private static double uStatistic(double[] rank, int[] y) {
        long positives = 0;
        double rankSum = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 1) {
                throw Msg.bad("auc.binary", y[i], i);
            }
            if (y[i] == 1) {
                positives++;
                rankSum += rank[i];
            }
        }
        long negatives = y.length - positives;
        if (positives == 0 || negatives == 0) {
            throw Msg.bad("auc.oneClass", positives == 0 ? 0 : 1);
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static void requireClass(int y, int k, int row) {
        if (y >= k) {
            throw Msg.bad("class.outside", y, row, k);
        }
    }

    private static int max(int[] v) {
        int m = 0;
        for (int x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
