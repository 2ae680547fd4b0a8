package nnshell.research;

import java.util.Arrays;

import nnshell.dsl.Tensor;

/** Column statistics and copies of tabular inputs [rows, features]. */
final class Tabular {

    private Tabular() {
    }

    /** Throws a sentence unless {@code x} is a non-empty matrix. */
    static void requireMatrix(Tensor x, String what) {
        if (x.rank() != 2 || x.shape(0) == 0) {
            throw Msg.bad("tabular.shape", what, Arrays.toString(x.shape()));
        }
    }

    /** Throws a sentence unless {@code feature} is a column of {@code x}. */
    static void requireFeature(Tensor x, int feature) {
        if (feature < 0 || feature >= x.shape(1)) {
            throw Msg.bad("feature.outside", feature, x.shape(1));
        }
    }

    static double[] mean(Tensor x) {
        int n = x.shape(0);
        int d = x.shape(1);
        double[] m = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                m[j] += x.data()[i * d + j] / n;
            }
        }
        return m;
    }

    /** Standard deviation of each column; 1 for a constant column so that steps stay finite. */
    static double[] std(Tensor x) {
        int n = x.shape(0);
        int d = x.shape(1);
        double[] m = mean(x);
        double[] s = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = x.data()[i * d + j] - m[j];
                s[j] += e * e / n;
            }
        }
        for (int j = 0; j < d; j++) {
            s[j] = s[j] > 1e-24 ? Math.sqrt(s[j]) : 1;
        }
        return s;
    }

    /** A copy of {@code x} with {@code delta} added to column {@code j}. */
    static Tensor shifted(Tensor x, int j, double delta) {
        Tensor c = x.copy();
        int d = x.shape(1);
        for (int i = 0; i < x.shape(0); i++) {
            c.data()[i * d + j] += delta;
        }
        return c;
    }

    /** A copy of {@code x} with every value of column {@code j} set to {@code value}. */
    static Tensor withColumn(Tensor x, int j, double value) {
        Tensor c = x.copy();
        int d = x.shape(1);
        for (int i = 0; i < x.shape(0); i++) {
            c.data()[i * d + j] = value;
        }
        return c;
    }

    /** Row {@code r} as a [1, d] tensor. */
    static Tensor row(Tensor x, int r) {
        int d = x.shape(1);
        return Tensor.wrap(Arrays.copyOfRange(x.data(), r * d, (r + 1) * d), 1, d);
    }
}
