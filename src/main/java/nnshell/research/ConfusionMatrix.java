package nnshell.research;

import java.util.Arrays;
import java.util.List;

/**
 * Counts of examples by true class (rows) and predicted class (columns).
 *
 * <pre>{@code Metrics.confusion(model.predict(x), y).recall(1)}</pre>
 */
public final class ConfusionMatrix {
    private final long[][] counts;
    private List<String> names;

    ConfusionMatrix(long[][] counts) {
        this.counts = counts;
        this.names = null;
    }

    /** The same counts with class names for printing (one per class, in class order). */
    public ConfusionMatrix withNames(String... classNames) {
        if (classNames.length != counts.length) {
            throw Msg.bad("names.count", classNames.length, counts.length);
        }
        ConfusionMatrix named = new ConfusionMatrix(counts);
        named.names = List.of(classNames);
        return named;
    }

    /** Number of classes. */
    public int classes() {
        return counts.length;
    }

    /** How many examples of class {@code actual} were predicted as {@code predicted}. */
    public long count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** Total number of examples. */
    public long total() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    /** Fraction predicted right. */
    public double accuracy() {
        long right = 0;
        for (int c = 0; c < counts.length; c++) {
            right += counts[c][c];
        }
        return (double) right / total();
    }

    /** Of the examples predicted as class {@code c}, the fraction that are; 0 if none were. */
    public double precision(int c) {
        long predicted = 0;
        for (long[] row : counts) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) counts[c][c] / predicted;
    }

    /** Of the examples of class {@code c}, the fraction found; 0 if there are none. */
    public double recall(int c) {
        long actual = Arrays.stream(counts[c]).sum();
        return actual == 0 ? 0 : (double) counts[c][c] / actual;
    }

    /** Harmonic mean of precision and recall of class {@code c}; 0 when both are 0. */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean of the per-class F1 scores. */
    public double f1Macro() {
        double sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += f1(c);
        }
        return sum / counts.length;
    }

    /** F1 of pooled counts: 2 TP / (2 TP + FP + FN) summed over classes. */
    public double f1Micro() {
        long tp = 0;
        long errors = 0;
        for (int a = 0; a < counts.length; a++) {
            for (int p = 0; p < counts.length; p++) {
                if (a == p) {
                    tp += counts[a][p];
                } else {
                    errors += counts[a][p];
                }
            }
        }
        // every error is one false positive (its predicted class) and one false negative
        return 2.0 * tp / (2.0 * tp + 2.0 * errors);
    }

    /** The table: true classes down, predicted across, with recall per row. */
    @Override
    public String toString() {
        int w = cellWidth();
        StringBuilder sb = new StringBuilder(Msg.text("confusion.title")).append('\n');
        sb.append(pad(Msg.text("confusion.corner"), w));
        for (int p = 0; p < counts.length; p++) {
            sb.append(' ').append(pad(name(p), w));
        }
        sb.append("  ").append(Msg.text("confusion.recall")).append('\n');
        for (int a = 0; a < counts.length; a++) {
            sb.append(pad(name(a), w));
            for (long c : counts[a]) {
                sb.append(' ').append(pad(Long.toString(c), w));
            }
            sb.append(String.format(java.util.Locale.ROOT, "  %.3f%n", recall(a)));
        }
        return sb.append(Msg.text("confusion.summary", accuracy(), f1Macro(), total()))
                .toString();
    }

    private String name(int c) {
        return names == null ? Integer.toString(c) : names.get(c);
    }

    private int cellWidth() {
        int w = Msg.text("confusion.corner").length();
        for (int c = 0; c < counts.length; c++) {
            w = Math.max(w, name(c).length());
            for (long v : counts[c]) {
                w = Math.max(w, Long.toString(v).length());
            }
        }
        return w;
    }

    private static String pad(String s, int w) {
        return " ".repeat(Math.max(0, w - s.length())) + s;
    }
}
