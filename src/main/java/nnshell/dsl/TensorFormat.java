package nnshell.dsl;

import java.util.Arrays;

/** Formats tensors the way numpy prints arrays, abbreviating large ones. */
final class TensorFormat {
    private static final int EDGE = 3;
    private static final int THRESHOLD = 1000;

    private TensorFormat() {
    }

    static String format(Tensor t) {
        int[] shape = t.shape();
        if (shape.length == 0) {
            return number(t.data()[0]);
        }
        boolean abbreviate = t.size() > THRESHOLD;
        StringBuilder sb = new StringBuilder("tensor(");
        append(sb, t.data(), shape, 0, 0, abbreviate, "       ");
        return sb.append(", shape=").append(Arrays.toString(shape)).append(')').toString();
    }

    private static void append(StringBuilder sb, double[] data, int[] shape, int dim, int offset,
            boolean abbreviate, String indent) {
        int n = shape[dim];
        int stride = 1;
        for (int d = dim + 1; d < shape.length; d++) {
            stride *= shape[d];
        }
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (abbreviate && n > 2 * EDGE && i == EDGE) {
                sb.append(dim == shape.length - 1 ? "..., "
                        : "...,\n" + indent + " ".repeat(dim + 1));
                i = n - EDGE;
            }
            if (dim == shape.length - 1) {
                sb.append(number(data[offset + i]));
            } else {
                append(sb, data, shape, dim + 1, offset + i * stride, abbreviate, indent);
            }
            if (i < n - 1) {
                sb.append(dim == shape.length - 1 ? ", " : ",\n" + indent + " ".repeat(dim + 1));
            }
        }
        sb.append(']');
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v + ".";
        }
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        return Math.abs(v) < 1e-4 || Math.abs(v) >= 1e8
                ? String.format(java.util.Locale.ROOT, "%.4e", v) : s;
    }
}
