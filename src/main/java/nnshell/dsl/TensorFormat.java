package nnshell.dsl;

import java.util.Arrays;
import java.util.Locale;

/**
 * Formats tensors the way numpy prints arrays: one number style for the whole tensor (whole
 * numbers as "2.", else four decimals, or scientific when values are very large or small),
 * right-aligned to one width, abbreviated with "..." when large.
 */
final class TensorFormat {
    private static final int EDGE = 3;
    private static final int THRESHOLD = 1000;

    private TensorFormat() {
    }

    /** The number style of one tensor and the width every number is padded to. */
    private record Style(int kind, int width) {
        static final int WHOLE = 0;
        static final int FIXED = 1;
        static final int SCIENTIFIC = 2;

        String format(double v) {
            String s = switch (kind) {
                case WHOLE -> Double.isFinite(v) ? (long) v + "." : Double.toString(v);
                case FIXED -> String.format(Locale.ROOT, "%.4f", v);
                default -> String.format(Locale.ROOT, "%.4e", v);
            };
            return width > s.length() ? " ".repeat(width - s.length()) + s : s;
        }

        static Style of(double[] data) {
            boolean whole = true;
            double maxAbs = 0;
            double minAbs = Double.POSITIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : data) {
                if (!Double.isFinite(v)) {
                    continue;
                }
                whole &= v == Math.rint(v) && Math.abs(v) < 1e15;
                maxAbs = Math.max(maxAbs, Math.abs(v));
                if (v != 0) {
                    minAbs = Math.min(minAbs, Math.abs(v));
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            int kind = whole ? WHOLE : maxAbs >= 1e8 || minAbs < 1e-4 ? SCIENTIFIC : FIXED;
            Style plain = new Style(kind, 0);
            int width = 0;
            for (double v : new double[] {min, max}) {
                if (Double.isFinite(v)) {
                    width = Math.max(width, plain.format(v).length());
                }
            }
            return new Style(kind, width);
        }
    }

    static String format(Tensor t) {
        int[] shape = t.shape();
        if (shape.length == 0) {
            return number(t.data()[0]);
        }
        boolean abbreviate = t.size() > THRESHOLD;
        Style style = Style.of(t.data());
        StringBuilder sb = new StringBuilder("tensor(");
        append(sb, t.data(), shape, 0, 0, abbreviate, style);
        return sb.append(", shape=").append(Arrays.toString(shape)).append(')').toString();
    }

    private static void append(StringBuilder sb, double[] data, int[] shape, int dim, int offset,
            boolean abbreviate, Style style) {
        int n = shape[dim];
        int stride = 1;
        for (int d = dim + 1; d < shape.length; d++) {
            stride *= shape[d];
        }
        String indent = "\n" + " ".repeat(7 + dim + 1);
        boolean last = dim == shape.length - 1;
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (abbreviate && n > 2 * EDGE && i == EDGE) {
                sb.append(last ? "..., " : "...," + indent);
                i = n - EDGE;
            }
            if (last) {
                sb.append(style.format(data[offset + i]));
            } else {
                append(sb, data, shape, dim + 1, offset + i * stride, abbreviate, style);
            }
            if (i < n - 1) {
                sb.append(last ? ", " : "," + indent);
            }
        }
        sb.append(']');
    }

    /** One number on its own: "2." for whole numbers, else four decimals or scientific. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v + ".";
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        return Math.abs(v) < 1e-4 || Math.abs(v) >= 1e8
                ? String.format(Locale.ROOT, "%.4e", v) : s;
    }
}
