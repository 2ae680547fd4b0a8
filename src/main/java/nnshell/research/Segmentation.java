package nnshell.research;

import java.util.Locale;

/**
 * A partition of an image's pixels into numbered segments (superpixels): the units LIME
 * switches on and off.
 *
 * <pre>{@code Segmentation s = Segments.grid(28, 28, 4, 4);  // 16 square patches}</pre>
 */
public final class Segmentation {
    private final int[][] labels;
    private final int count;

    /** Segments given by a label per pixel, numbered 0 .. count-1. */
    public Segmentation(int[][] labels) {
        this.labels = new int[labels.length][];
        int max = -1;
        for (int r = 0; r < labels.length; r++) {
            this.labels[r] = labels[r].clone();
            for (int v : labels[r]) {
                max = Math.max(max, v);
            }
        }
        this.count = max + 1;
    }

    /** Number of segments. */
    public int count() {
        return count;
    }

    /** Height in pixels. */
    public int height() {
        return labels.length;
    }

    /** Width in pixels. */
    public int width() {
        return labels[0].length;
    }

    /** The segment of pixel (row, column). */
    public int segment(int row, int col) {
        return labels[row][col];
    }

    /** A heat map that gives each pixel its segment's value. */
    public Heatmap paint(double[] perSegment) {
        double[][] v = new double[height()][width()];
        for (int r = 0; r < height(); r++) {
            for (int c = 0; c < width(); c++) {
                v[r][c] = perSegment[labels[r][c]];
            }
        }
        return new Heatmap(v);
    }

    /** The labels drawn as letters and digits, one character per pixel. */
    @Override
    public String toString() {
        String marks = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d segments over %dx%d pixels%n", count, height(), width()));
        for (int[] row : labels) {
            for (int v : row) {
                sb.append(marks.charAt(v % marks.length()));
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
