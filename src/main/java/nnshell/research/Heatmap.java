package nnshell.research;

import java.util.Arrays;
import java.util.Locale;

/**
 * A map of importance over an image's pixels [height, width] (from LIME or Grad-CAM), with
 * the questions asked of it: which pixels are in the top share, how much positive mass lies
 * in a region, how well two maps agree.
 *
 * <pre>{@code heat.massIn(0, 0, 4, 4)  // share of positive importance in the top-left 4x4}</pre>
 */
public final class Heatmap {
    private static final String SHADES = " .:-=+*#%@";
    private final double[][] values;

    /** A heat map of the given values, one row of pixels per array (copied). */
    public Heatmap(double[][] values) {
        this.values = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            this.values[r] = values[r].clone();
        }
    }

    /** Height in pixels. */
    public int height() {
        return values.length;
    }

    /** Width in pixels. */
    public int width() {
        return values[0].length;
    }

    /** The value at (row, column). */
    public double get(int row, int col) {
        return values[row][col];
    }

    /** The values (a copy). */
    public double[][] values() {
        return new Heatmap(values).values;
    }

    /**
     * Share of the positive importance inside rows [r0, r1) and columns [c0, c1); 0 when no
     * pixel is positive.
     */
    public double massIn(int r0, int c0, int r1, int c1) {
        double inside = 0;
        double total = 0;
        for (int r = 0; r < height(); r++) {
            for (int c = 0; c < width(); c++) {
                double v = Math.max(0, values[r][c]);
                total += v;
                if (r >= r0 && r < r1 && c >= c0 && c < c1) {
                    inside += v;
                }
            }
        }
        return total == 0 ? 0 : inside / total;
    }

    /**
     * The pixels among the highest {@code fraction} of values (ties at the threshold are
     * included), as a mask [height][width].
     */
    public boolean[][] top(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw Msg.bad("heatmap.fraction", fraction);
        }
        double[] all = Arrays.stream(values).flatMapToDouble(Arrays::stream).sorted().toArray();
        int keep = Math.max(1, (int) Math.round(fraction * all.length));
        double threshold = all[all.length - keep];
        boolean[][] mask = new boolean[height()][width()];
        for (int r = 0; r < height(); r++) {
            for (int c = 0; c < width(); c++) {
                mask[r][c] = values[r][c] >= threshold;
            }
        }
        return mask;
    }

    /**
     * Agreement of two maps of the same size: intersection over union of their top
     * {@code fraction} pixels (1 = the same pixels, 0 = none shared).
     *
     * <pre>{@code lime.heatmap().iou(gradCam, 0.25)}</pre>
     */
    public double iou(Heatmap other, double fraction) {
        if (other.height() != height() || other.width() != width()) {
            throw Msg.bad("heatmap.size", height(), width(), other.height(), other.width());
        }
        boolean[][] a = top(fraction);
        boolean[][] b = other.top(fraction);
        int inter = 0;
        int union = 0;
        for (int r = 0; r < height(); r++) {
            for (int c = 0; c < width(); c++) {
                inter += a[r][c] && b[r][c] ? 1 : 0;
                union += a[r][c] || b[r][c] ? 1 : 0;
            }
        }
        return union == 0 ? 0 : (double) inter / union;
    }

    /** The map scaled to [0, 1] by its largest absolute value (negative values become 0). */
    public Heatmap normalized() {
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        double[][] out = new double[height()][width()];
        for (int r = 0; r < height(); r++) {
            for (int c = 0; c < width(); c++) {
                out[r][c] = max == 0 ? 0 : Math.max(0, values[r][c]) / max;
            }
        }
        return new Heatmap(out);
    }

    /** The map in characters, darker for more positive importance, one line per pixel row. */
    @Override
    public String toString() {
        Heatmap n = normalized();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "heatmap %dx%d%n",
                height(), width()));
        for (double[] row : n.values) {
            sb.append('|');
            for (double v : row) {
                char ch = SHADES.charAt((int) Math.min(SHADES.length() - 1,
                        Math.floor(v * SHADES.length())));
                sb.append(ch).append(ch);
            }
            sb.append("|\n");
        }
        return sb.substring(0, sb.length() - 1);
    }
}
