package nnshell.plot;

import java.util.Arrays;

import nnshell.dsl.Tensor;

/** Class labels read from a tensor: plain numbers, one column, or one-hot rows. */
final class Labels {
    private Labels() {
    }

    /**
     * One class per row: shape [n] or [n, 1] (rounded; values strictly between 0 and 1 are
     * probabilities, cut at 0.5) or [n, k] (the largest column).
     */
    static int[] of(Tensor labels, int n) {
        if (labels.shape(0) != n) {
            throw new IllegalArgumentException(Messages.text("labels.length",
                    labels.shape(0), n));
        }
        int cols = labels.size() / Math.max(1, n);
        double[] d = labels.data();
        int[] out = new int[n];
        if (cols == 1) {
            boolean probabilities = Arrays.stream(d).anyMatch(v -> v > 0 && v < 1);
            for (int i = 0; i < n; i++) {
                out[i] = probabilities ? (d[i] > 0.5 ? 1 : 0) : (int) Math.round(d[i]);
            }
            return check(out, labels);
        }
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int k = 1; k < cols; k++) {
                if (d[i * cols + k] > d[i * cols + best]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    private static int[] check(int[] labels, Tensor source) {
        for (int v : labels) {
            if (v < 0 || v > 1000) {
                throw new IllegalArgumentException(Messages.text("labels.range", v,
                        Arrays.toString(source.shape())));
            }
        }
        return labels;
    }
}
