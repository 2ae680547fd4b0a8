package nnshell.research;

import java.util.Arrays;

import nnshell.dsl.Tensor;

/** Turns the tensors students pass (probabilities, one-hot rows, class numbers) into arrays. */
final class Labels {

    private Labels() {
    }

    /**
     * Class numbers, one per row: a rank-1 or [n, 1] tensor is rounded (so probabilities of
     * the positive class give 0 or 1 at the 0.5 threshold); a [n, k] tensor gives each row's
     * largest column.
     */
    static int[] classes(Tensor t, String what) {
        if (isColumn(t)) {
            double[] v = t.data();
            int[] out = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                requireFinite(v[i], what, i);
                out[i] = (int) Math.round(v[i]);
                if (out[i] < 0) {
                    throw Msg.bad("labels.negative", what, v[i], i);
                }
            }
            return out;
        }
        return argmaxRows(requireMatrix(t, what));
    }

    /** Class probabilities per row: a column p becomes rows [1 - p, p]. */
    static double[][] probabilities(Tensor t, String what) {
        double[][] rows;
        if (isColumn(t)) {
            double[] v = t.data();
            rows = new double[v.length][];
            for (int i = 0; i < v.length; i++) {
                requireProbability(v[i], what, i);
                rows[i] = new double[] {1 - v[i], v[i]};
            }
        } else {
            rows = requireMatrix(t, what).toArray2();
        }
        for (int i = 0; i < rows.length; i++) {
            for (double p : rows[i]) {
                requireProbability(p, what, i);
            }
        }
        return rows;
    }

    /** Scores of the positive class: a column as is, the last column of a [n, 2] matrix. */
    static double[] positiveScores(Tensor t, String what) {
        if (isColumn(t)) {
            return t.data().clone();
        }
        if (t.rank() == 2 && t.shape(1) == 2) {
            double[] out = new double[t.shape(0)];
            for (int i = 0; i < out.length; i++) {
                out[i] = t.get(i, 1);
            }
            return out;
        }
        throw Msg.bad("scores.binary", what, Arrays.toString(t.shape()));
    }

    /** Whether the tensor is a vector [n] or a column [n, 1]. */
    static boolean isColumn(Tensor t) {
        return t.rank() == 1 || (t.rank() == 2 && t.shape(1) == 1);
    }

    /** Throws a sentence unless both have the same number of rows. */
    static void sameRows(int a, int b, String whatA, String whatB) {
        if (a != b) {
            throw Msg.bad("rows.mismatch", whatA, a, whatB, b);
        }
        if (a == 0) {
            throw Msg.bad("rows.empty", whatA);
        }
    }

    private static int[] argmaxRows(Tensor m) {
        int n = m.shape(0);
        int k = m.shape(1);
        double[] d = m.data();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (d[i * k + j] > d[i * k + best]) {
                    best = j;
                }
            }
            out[i] = best;
        }
        return out;
    }

    private static Tensor requireMatrix(Tensor t, String what) {
        if (t.rank() != 2) {
            throw Msg.bad("labels.shape", what, Arrays.toString(t.shape()));
        }
        return t;
    }

    private static void requireProbability(double p, String what, int row) {
        if (!(p >= 0 && p <= 1)) {
            throw Msg.bad("probabilities.range", what, p, row);
        }
    }

    private static void requireFinite(double v, String what, int row) {
        if (!Double.isFinite(v)) {
            throw Msg.bad("labels.nan", what, v, row);
        }
    }
}
