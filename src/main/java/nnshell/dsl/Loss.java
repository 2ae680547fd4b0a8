package nnshell.dsl;

import java.util.Arrays;
import java.util.List;

/**
 * How wrong a batch of predictions is, as one number, and its gradient: mean squared error,
 * binary cross-entropy, categorical cross-entropy (one-hot labels) and its sparse variant
 * (integer labels). Use an object or its name in {@code compile}.
 *
 * <pre>{@code double l = loss.forward(pred, y); Tensor g = loss.backward();}</pre>
 */
public abstract class Loss {
    static final double EPSILON = 1e-7;
    private final String name;
    private double[] lastPred;
    private double[] lastTargets;
    private int[] lastShape;

    Loss(String name) {
        this.name = name;
    }

    /** The name used in {@code compile}, such as "mse". */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The mean loss of {@code pred} against {@code y}, remembered for {@link #backward()}. */
    public double forward(Tensor pred, Tensor y) {
        Tensor t = targets(y, pred.shape());
        lastPred = pred.data().clone();
        lastTargets = t.data();
        lastShape = pred.shape();
        return value(lastPred, lastTargets, pred.shape(0), pred.size() / pred.shape(0));
    }

    /** The gradient of the last {@link #forward} with respect to the predictions. */
    public Tensor backward() {
        if (lastPred == null) {
            throw new IllegalStateException(Msg.text("loss.backward.first", name));
        }
        double[] g = new double[lastPred.length];
        gradient(lastPred, lastTargets, g, lastShape[0], lastPred.length / lastShape[0]);
        return Tensor.wrap(g, lastShape);
    }

    /** The mean loss over a batch of {@code rows} rows of {@code cols} values. */
    abstract double value(double[] p, double[] y, int rows, int cols);

    /** Writes the gradient of {@link #value} with respect to {@code p} into {@code g}. */
    abstract void gradient(double[] p, double[] y, double[] g, int rows, int cols);

    /** Whether {@link #fusedValue} and {@link #fusedGradient} apply after {@code a}. */
    boolean fusesWith(Activation a) {
        return false;
    }

    /** The loss computed from the weighted sums {@code z} of the last layer (stable). */
    double fusedValue(double[] z, double[] a, double[] y, int rows, int cols) {
        throw new UnsupportedOperationException();
    }

    /** The gradient with respect to the weighted sums: (a - y) / rows. */
    void fusedGradient(double[] a, double[] y, double[] g, int rows, int cols) {
        int n = rows * cols;
        double inv = 1.0 / rows;
        if (this instanceof BinaryCrossentropy) {
            inv = 1.0 / n;
        }
        for (int i = 0; i < n; i++) {
            g[i] = (a[i] - y[i]) * inv;
        }
    }

    /**
     * The targets in the form of the predictions (same size), checked: fails with a sentence
     * when labels have the wrong shape or values for this loss.
     */
    Tensor targets(Tensor y, int[] predShape) {
        int rows = predShape[0];
        int cols = Tensor.sizeOf(predShape) / Math.max(1, rows);
        if (y.rank() == 0 || y.shape(0) != rows || y.size() != rows * cols) {
            throw new IllegalArgumentException(Msg.text("loss.targets.shape", name,
                    Arrays.toString(y.shape()), Arrays.toString(predShape)));
        }
        return y;
    }

    /** The loss called {@code name}: "mse", "binaryCrossentropy", "categoricalCrossentropy", ... */
    public static Loss of(String name) {
        String key = name.trim().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        switch (key) {
            case "mse", "meansquarederror":
                return new MeanSquaredError();
            case "binarycrossentropy", "bce":
                return new BinaryCrossentropy();
            case "categoricalcrossentropy", "cce":
                return new CategoricalCrossentropy(false);
            case "sparsecategoricalcrossentropy":
                return new CategoricalCrossentropy(true);
            default:
                List<String> names = List.of("mse", "binaryCrossentropy",
                        "categoricalCrossentropy", "sparseCategoricalCrossentropy");
                throw new IllegalArgumentException(Msg.text("loss.unknown", name,
                        String.join(", ", names), Names.nearest(name, names)));
        }
    }

    /** Mean squared error: mean of (p - y)^2 over every value. */
    public static final class MeanSquaredError extends Loss {
        /** Mean squared error. Example: {@code new Loss.MeanSquaredError()}. */
        public MeanSquaredError() {
            super("mse");
        }

        @Override
        double value(double[] p, double[] y, int rows, int cols) {
            double s = 0;
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                double d = p[i] - y[i];
                s += d * d;
            }
            return s / n;
        }

        @Override
        void gradient(double[] p, double[] y, double[] g, int rows, int cols) {
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                g[i] = 2 * (p[i] - y[i]) / n;
            }
        }
    }

    /**
     * Binary cross-entropy, -mean(y log p + (1 - y) log(1 - p)), p clipped to [1e-7, 1 - 1e-7];
     * after a sigmoid, fit computes it from the weighted sums instead (stable, no clipping).
     */
    public static final class BinaryCrossentropy extends Loss {
        /** Binary cross-entropy. Example: {@code new Loss.BinaryCrossentropy()}. */
        public BinaryCrossentropy() {
            super("binaryCrossentropy");
        }

        @Override
        double value(double[] p, double[] y, int rows, int cols) {
            double s = 0;
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                double q = clip(p[i]);
                s -= y[i] * Math.log(q) + (1 - y[i]) * Math.log(1 - q);
            }
            return s / n;
        }

        @Override
        void gradient(double[] p, double[] y, double[] g, int rows, int cols) {
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                double q = clip(p[i]);
                g[i] = q == p[i] ? (q - y[i]) / (q * (1 - q)) / n : 0;
            }
        }

        @Override
        boolean fusesWith(Activation a) {
            return a == Activation.SIGMOID;
        }

        @Override
        double fusedValue(double[] z, double[] a, double[] y, int rows, int cols) {
            double s = 0;
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                // log(1 + e^z) - y z, written so that no exp overflows
                s += Math.max(z[i], 0) - z[i] * y[i] + log1p(Math.exp(-Math.abs(z[i])));
            }
            return s / n;
        }

        @Override
        Tensor targets(Tensor y, int[] predShape) {
            Tensor t = super.targets(y, predShape);
            for (int i = 0; i < t.size(); i++) {
                double v = t.data()[i];
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException(Msg.text("loss.binary.labels",
                            TensorFormat.number(v), i));
                }
            }
            return t;
        }
    }

    /**
     * Categorical cross-entropy, -mean over rows of sum_j y_j log p_j (p clipped); after a
     * softmax, fit computes it from the weighted sums (log-sum-exp, numerically stable) and
     * uses the fused gradient (p - y) / N. The sparse variant takes integer labels 0..k-1.
     */
    public static final class CategoricalCrossentropy extends Loss {
        private final boolean sparse;

        /** With one-hot labels, or integer labels when {@code sparse}. */
        public CategoricalCrossentropy(boolean sparse) {
            super(sparse ? "sparseCategoricalCrossentropy" : "categoricalCrossentropy");
            this.sparse = sparse;
        }

        @Override
        double value(double[] p, double[] y, int rows, int cols) {
            double s = 0;
            for (int i = 0; i < rows * cols; i++) {
                if (y[i] != 0) {
                    s -= y[i] * Math.log(clip(p[i]));
                }
            }
            return s / rows;
        }

        @Override
        void gradient(double[] p, double[] y, double[] g, int rows, int cols) {
            for (int i = 0; i < rows * cols; i++) {
                double q = clip(p[i]);
                g[i] = -y[i] / q / rows;
            }
        }

        @Override
        boolean fusesWith(Activation a) {
            return a == Activation.SOFTMAX;
        }

        @Override
        double fusedValue(double[] z, double[] a, double[] y, int rows, int cols) {
            double s = 0;
            for (int r = 0; r < rows * cols; r += cols) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    max = Math.max(max, z[r + j]);
                }
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    sum += Math.exp(z[r + j] - max);
                }
                double lse = max + Math.log(sum);
                for (int j = 0; j < cols; j++) {
                    if (y[r + j] != 0) {
                        s -= y[r + j] * (z[r + j] - lse);
                    }
                }
            }
            return s / rows;
        }

        @Override
        Tensor targets(Tensor y, int[] predShape) {
            int rows = predShape[0];
            int cols = Tensor.sizeOf(predShape) / Math.max(1, rows);
            if (sparse) {
                return Labels.oneHot(y, rows, cols, name());
            }
            if (y.size() == rows && cols > 1) {
                throw new IllegalArgumentException(Msg.text("loss.categorical.sparse", name(),
                        Arrays.toString(y.shape()), Arrays.toString(predShape)));
            }
            return super.targets(y, predShape);
        }
    }

    /** log(1 + e) for e in [0, 1]: Math.log is fast, and the series keeps tiny e exact. */
    static double log1p(double e) {
        return e < 1e-5 ? e - e * e / 2 : Math.log(1 + e);
    }

    static double clip(double p) {
        return p < EPSILON ? EPSILON : p > 1 - EPSILON ? 1 - EPSILON : p;
    }
}
