package nnshell.data;

import java.util.Arrays;

import nnshell.dsl.Tensor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Inputs and targets of the same examples: {@code x} of shape [N, features] (or [N, C, H, W])
 * and {@code y} of shape [N, 1] (a class number or a value) or [N, classes] (one-hot).
 *
 * <pre>{@code XY data = Playground.spiral(500, 0.0, 42); Tensor x = data.x();}</pre>
 *
 * @param x the inputs, one example per row
 * @param y the targets, one row per example
 */
public record XY(Tensor x, Tensor y) {

    /** Checks that {@code x} and {@code y} describe the same number of examples. */
    public XY {
        if (x.shape(0) != y.shape(0)) {
            throw Msg.error("xy.mismatch", Arrays.toString(x.shape()),
                    Arrays.toString(y.shape()));
        }
    }

    /** Number of examples. */
    public int size() {
        return x.shape(0);
    }

    /** The class number of every example: y itself when it has one column, else its argmax. */
    public int[] labels() {
        int n = size();
        int k = y.size() / Math.max(n, 1);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = k == 1 ? (int) Math.round(y.data()[i]) : argmax(y.data(), i * k, k);
        }
        return labels;
    }

    /** Whether y holds whole class numbers or one-hot rows (not real-valued targets). */
    public boolean classification() {
        return Arrays.stream(y.data()).allMatch(v -> v == Math.rint(v));
    }

    /** The examples at the given row numbers, in that order. */
    public XY rows(int... rows) {
        return new XY(Prep.rows(x, rows), Prep.rows(y, rows));
    }

    /** A table with columns x1, x2, ... and y (for 2-D points: x1, x2, label). */
    public Table toTable() {
        Table table = Table.create("data");
        double[][] xs = x.reshape(size(), -1).toArray2();
        for (int c = 0; c < (size() == 0 ? 0 : xs[0].length); c++) {
            int col = c;
            table.addColumns(DoubleColumn.create("x" + (c + 1),
                    Arrays.stream(xs).mapToDouble(r -> r[col])));
        }
        double[][] ys = y.reshape(size(), -1).toArray2();
        for (int c = 0; c < (size() == 0 ? 0 : ys[0].length); c++) {
            int col = c;
            String name = ys[0].length == 1 ? "y" : "y" + (c + 1);
            table.addColumns(DoubleColumn.create(name,
                    Arrays.stream(ys).mapToDouble(r -> r[col])));
        }
        return table;
    }

    /** Like "XY: x [500, 2], y [500, 1]". */
    @Override
    public String toString() {
        return "XY: x " + Arrays.toString(x.shape()) + ", y " + Arrays.toString(y.shape());
    }

    private static int argmax(double[] data, int from, int k) {
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (data[from + j] > data[from + best]) {
                best = j;
            }
        }
        return best;
    }
}
