package nnshell.dsl;

import java.util.List;
import java.util.Locale;

/**
 * A score of predictions against labels: accuracy, precision, recall, f1, mae, rmse, r2.
 * Classification metrics read one output column as a probability (> 0.5 is class 1) and
 * several columns as class scores (the largest wins); labels may be integers or one-hot rows.
 *
 * <pre>{@code Metric.ACCURACY.compute(model.predict(x), y)}</pre>
 */
public abstract class Metric {
    private final String name;

    Metric(String name) {
        this.name = name;
    }

    /** The name used in {@code compile} and in training logs. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The score of {@code pred} ([N] or [N, k]) against labels {@code y}. */
    public double compute(Tensor pred, Tensor y) {
        int rows = pred.rows();
        if (y.rows() != rows) {
            throw new IllegalArgumentException(Msg.text("metric.rows", name,
                    java.util.Arrays.toString(pred.shape()), java.util.Arrays.toString(y.shape())));
        }
        return compute(pred.data(), y.data(), rows, pred.size() / rows, y.size() / rows);
    }

    abstract double compute(double[] p, double[] y, int rows, int pCols, int yCols);

    static int predictedClass(double[] p, int r, int cols) {
        if (cols == 1) {
            return p[r] > 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < cols; j++) {
            if (p[r * cols + j] > p[r * cols + best]) {
                best = j;
            }
        }
        return best;
    }

    static int labelClass(double[] y, int r, int yCols, int pCols) {
        return yCols == 1 && pCols > 1 ? (int) y[r] : predictedClass(y, r, yCols);
    }

    /** Share of rows whose predicted class is the label's. */
    public static final Metric ACCURACY = new Metric("accuracy") {
        @Override
        double compute(double[] p, double[] y, int rows, int pCols, int yCols) {
            int right = 0;
            for (int r = 0; r < rows; r++) {
                if (predictedClass(p, r, pCols) == labelClass(y, r, yCols, pCols)) {
                    right++;
                }
            }
            return rows == 0 ? Double.NaN : (double) right / rows;
        }
    };

    /** Of the rows predicted as class 1, the share that are class 1 (macro mean for k classes). */
    public static final Metric PRECISION = confusion("precision", 0);

    /** Of the rows of class 1, the share predicted as class 1 (macro mean for k classes). */
    public static final Metric RECALL = confusion("recall", 1);

    /** Harmonic mean of precision and recall (macro mean for k classes). */
    public static final Metric F1 = confusion("f1", 2);

    private static Metric confusion(String name, int kind) {
        return new Metric(name) {
            @Override
            double compute(double[] p, double[] y, int rows, int pCols, int yCols) {
                int classes = Math.max(2, Math.max(pCols, yCols));
                long[] tp = new long[classes];
                long[] fp = new long[classes];
                long[] fn = new long[classes];
                for (int r = 0; r < rows; r++) {
                    int want = labelClass(y, r, yCols, pCols);
                    int got = predictedClass(p, r, pCols);
                    if (want == got) {
                        tp[got]++;
                    } else {
                        fp[got]++;
                        fn[Math.min(want, classes - 1)]++;
                    }
                }
                if (classes == 2) {
                    return score(kind, tp[1], fp[1], fn[1]);
                }
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    sum += score(kind, tp[c], fp[c], fn[c]);
                }
                return sum / classes;
            }
        };
    }

    private static double score(int kind, long tp, long fp, long fn) {
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        if (kind == 0) {
            return precision;
        }
        if (kind == 1) {
            return recall;
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Mean absolute error over every value. */
    public static final Metric MAE = new Metric("mae") {
        @Override
        double compute(double[] p, double[] y, int rows, int pCols, int yCols) {
            double s = 0;
            for (int i = 0; i < rows * pCols; i++) {
                s += Math.abs(p[i] - y[i]);
            }
            return s / (rows * pCols);
        }
    };

    /** Root of the mean squared error over every value. */
    public static final Metric RMSE = new Metric("rmse") {
        @Override
        double compute(double[] p, double[] y, int rows, int pCols, int yCols) {
            double s = 0;
            for (int i = 0; i < rows * pCols; i++) {
                s += (p[i] - y[i]) * (p[i] - y[i]);
            }
            return Math.sqrt(s / (rows * pCols));
        }
    };

    /** Coefficient of determination: 1 - squared error / variance of the labels. */
    public static final Metric R2 = new Metric("r2") {
        @Override
        double compute(double[] p, double[] y, int rows, int pCols, int yCols) {
            int n = rows * pCols;
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += y[i];
            }
            mean /= n;
            double ssRes = 0;
            double ssTot = 0;
            for (int i = 0; i < n; i++) {
                ssRes += (y[i] - p[i]) * (y[i] - p[i]);
                ssTot += (y[i] - mean) * (y[i] - mean);
            }
            return ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot;
        }
    };

    private static final List<Metric> ALL = List.of(ACCURACY, PRECISION, RECALL, F1, MAE, RMSE,
            R2);

    /** The metric called {@code name}, such as "accuracy" or "mae". */
    public static Metric of(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replace("_", "");
        if (key.equals("acc")) {
            key = "accuracy";
        }
        for (Metric m : ALL) {
            if (m.name.equals(key)) {
                return m;
            }
        }
        List<String> names = ALL.stream().map(Metric::name).toList();
        throw new IllegalArgumentException(Msg.text("metric.unknown", name,
                String.join(", ", names), Names.nearest(name, names)));
    }
}
