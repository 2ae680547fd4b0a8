package nnshell.dsl;

import java.util.Arrays;
import java.util.TreeSet;

/** Checks and converts class labels: integers 0..k-1, one-hot rows, names. */
final class Labels {
    private Labels() {
    }

    /** One-hot rows [rows, classes] for integer labels {@code y} ([rows] or [rows, 1]). */
    static Tensor oneHot(Tensor y, int rows, int classes, String who) {
        if (y.size() != rows || y.shape(0) != rows) {
            throw new IllegalArgumentException(Msg.text("labels.sparse.shape", who,
                    Arrays.toString(y.shape()), rows));
        }
        double[] v = y.data();
        checkWhole(v, who);
        double min = Arrays.stream(v).min().orElse(0);
        double max = Arrays.stream(v).max().orElse(0);
        if (min == 1 && max == classes) {
            throw new IllegalArgumentException(Msg.text("labels.offbyone", who, classes,
                    classes - 1));
        }
        if (min < 0 || max >= classes) {
            throw new IllegalArgumentException(Msg.text("labels.range", who,
                    (long) min, (long) max, classes, classes - 1));
        }
        double[] out = new double[rows * classes];
        for (int r = 0; r < rows; r++) {
            out[r * classes + (int) v[r]] = 1;
        }
        return Tensor.wrap(out, rows, classes);
    }

    static void checkWhole(double[] v, String who) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i])) {
                throw new IllegalArgumentException(Msg.text("labels.whole", who,
                        TensorFormat.number(v[i]), i));
            }
        }
    }

    /** Class numbers for label names, in sorted order of the distinct names. */
    static Tensor fromNames(String... names) {
        String[] sorted = new TreeSet<>(Arrays.asList(names)).toArray(new String[0]);
        double[] out = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = Arrays.binarySearch(sorted, names[i]);
        }
        return Tensor.wrap(out, names.length);
    }
}
