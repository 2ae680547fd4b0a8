package nnshell.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws an {@link XyChart} inside a terminal: title, braille plot area with a y axis and
 * ticks, x tick labels, and a legend; colours when the terminal understands ANSI. Dashed
 * series (validation curves) are drawn in dashes of braille dots, in a lighter tint.
 */
final class TerminalPlot {
    private TerminalPlot() {
    }

    /** The chart as lines of text at most {@code cols} wide and {@code rows} high. */
    static String render(XyChart chart, int cols, int rows, boolean ansi) {
        List<String> lines = lines(chart, cols, rows, ansi);
        return String.join("\n", lines) + "\n";
    }

    /**
     * The chart as a list of lines (no line breaks). Losses and other metrics (accuracy) get
     * a panel each, one above the other on the same epochs, as the PNG gives them two axes.
     */
    static List<String> lines(XyChart chart, int cols, int rows, boolean ansi) {
        List<XyChart.Series> series = chart.series();
        List<XyChart.Series> left = group(series, 0);
        List<XyChart.Series> right = group(series, 1);
        if (left.isEmpty() || right.isEmpty() || rows < 11) {
            return onePanel(chart, series, cols, rows, ansi);
        }
        double[] xr = range(series, true);
        boolean whole = wholeX(series);
        double[] yr0 = range(left, false);
        double[] yr1 = range(right, false);
        String[] labels0 = yLabels(yr0);
        String[] labels1 = yLabels(yr1);
        int labelWidth = Math.max(width(labels0), width(labels1));
        int plotCols = Math.max(10, cols - labelWidth - 3);
        int plotRows = rows - 5;
        int top = (plotRows + 1) / 2;
        List<String> out = new ArrayList<>();
        out.add(center(chart.title(), labelWidth + 2 + plotCols, ansi));
        addRows(out, draw(left, plotCols, top, xr, yr0), labels0, labelWidth, ansi);
        out.add(legend(left, labelWidth + 2, ansi, "", "", true));
        addRows(out, draw(right, plotCols, plotRows - top, xr, yr1), labels1, labelWidth, ansi);
        out.add(" ".repeat(labelWidth) + " └" + "─".repeat(plotCols));
        String xLine = xLabels(xr, whole, labelWidth + 2, plotCols, chart.xTitle());
        out.add(xLine);
        boolean xTitleShown = chart.xTitle().isBlank() || xLine.endsWith(chart.xTitle());
        out.add(legend(right, labelWidth + 2, ansi, chart.yTitle(), chart.xTitle(),
                xTitleShown));
        return out;
    }

    private static List<String> onePanel(XyChart chart, List<XyChart.Series> series, int cols,
            int rows, boolean ansi) {
        double[] xr = range(series, true);
        double[] yr = range(series, false);
        String[] yLabels = yLabels(yr);
        int labelWidth = width(yLabels);
        int plotCols = Math.max(10, cols - labelWidth - 3);
        int plotRows = Math.max(3, rows - 4);
        BrailleCanvas canvas = draw(series, plotCols, plotRows, xr, yr);

        List<String> out = new ArrayList<>();
        out.add(center(chart.title(), labelWidth + 2 + plotCols, ansi));
        addRows(out, canvas, yLabels, labelWidth, ansi);
        out.add(" ".repeat(labelWidth) + " └" + "─".repeat(plotCols));
        String xLine = xLabels(xr, wholeX(series), labelWidth + 2, plotCols, chart.xTitle());
        out.add(xLine);
        boolean xTitleShown = chart.xTitle().isBlank() || xLine.endsWith(chart.xTitle());
        out.add(legend(series, labelWidth + 2, ansi, chart.yTitle(), chart.xTitle(),
                xTitleShown));
        return out;
    }

    private static void addRows(List<String> out, BrailleCanvas canvas, String[] yLabels,
            int labelWidth, boolean ansi) {
        int plotRows = canvas.rows();
        for (int r = 0; r < plotRows; r++) {
            String label = r == 0 ? yLabels[0] : r == plotRows - 1 ? yLabels[2]
                    : r == plotRows / 2 ? yLabels[1] : "";
            String axis = label.isEmpty() ? " │" : " ┤";
            out.add(pad(label, labelWidth) + axis + canvas.row(r, ansi));
        }
    }

    private static String[] yLabels(double[] yr) {
        return new String[] {tick(yr[1], yr), tick((yr[0] + yr[1]) / 2, yr), tick(yr[0], yr)};
    }

    private static int width(String[] labels) {
        int w = 0;
        for (String l : labels) {
            w = Math.max(w, l.length());
        }
        return w;
    }

    private static List<XyChart.Series> group(List<XyChart.Series> series, int axis) {
        return series.stream().filter(s -> s.axis == axis && s.n > 0).toList();
    }

    /** Whether every x is a whole number (epochs, indices): then x ticks are whole too. */
    static boolean wholeX(List<XyChart.Series> series) {
        for (XyChart.Series s : series) {
            for (int i = 0; i < s.n; i++) {
                if (Double.isFinite(s.x[i]) && s.x[i] != Math.rint(s.x[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BrailleCanvas draw(List<XyChart.Series> series, int plotCols, int plotRows,
            double[] xr, double[] yr) {
        BrailleCanvas canvas = new BrailleCanvas(plotCols, plotRows);
        // dashed series first: where a curve and its dashed twin share a cell, the cell takes
        // the solid one's colour, so the solid curve stays whole and the dashes show apart
        List<XyChart.Series> order = new ArrayList<>(series);
        order.sort(java.util.Comparator.comparing(s -> !dashed(s)));
        for (XyChart.Series s : order) {
            Color color = colour(s);
            BrailleCanvas.Dash dash = dashed(s) ? new BrailleCanvas.Dash() : null;
            int px = -1;
            int py = -1;
            for (int i = 0; i < s.n; i++) {
                if (!Double.isFinite(s.x[i]) || !Double.isFinite(s.y[i])) {
                    px = -1;
                    if (dash != null) {
                        dash.lift();
                    }
                    continue;
                }
                int x = scale(s.x[i], xr, canvas.dotWidth() - 1, false);
                int y = scale(s.y[i], yr, canvas.dotHeight() - 1, true);
                if (s.line && px >= 0) {
                    canvas.line(px, py, x, y, color, dash);
                } else {
                    canvas.dot(x, y, color, dash);
                }
                px = x;
                py = y;
            }
        }
        return canvas;
    }

    private static boolean dashed(XyChart.Series s) {
        return s.line && s.dashed;
    }

    /**
     * The colour a series is drawn in: a dashed one (validation) in a lighter tint of its
     * colour, which its solid twin (training) shares, so the two differ in colour too.
     */
    static Color colour(XyChart.Series s) {
        return dashed(s) ? Palette.lighter(s.color) : s.color;
    }

    /** The dot index of {@code v} in a range of {@code max + 1} dots; y counts from the top. */
    static int scale(double v, double[] range, int max, boolean flip) {
        double t = (v - range[0]) / (range[1] - range[0]);
        int i = (int) Math.round(t * max);
        return flip ? max - i : i;
    }

    /** The smallest and largest finite x (or y) of all series; a unit range if none. */
    static double[] range(List<XyChart.Series> series, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XyChart.Series s : series) {
            double[] v = x ? s.x : s.y;
            for (int i = 0; i < s.n; i++) {
                if (Double.isFinite(v[i])) {
                    lo = Math.min(lo, v[i]);
                    hi = Math.max(hi, v[i]);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (lo == hi) {
            return new double[] {lo - 1, hi + 1};
        }
        return new double[] {lo, hi};
    }

    private static String xLabels(double[] xr, boolean whole, int indent, int width,
            String title) {
        double middle = (xr[0] + xr[1]) / 2;
        String lo = whole ? whole(xr[0]) : tick(xr[0], xr);
        String mid = !whole ? tick(middle, xr)
                : middle == Math.rint(middle) || xr[1] - xr[0] >= 4 ? whole(middle) : "";
        String hi = whole ? whole(xr[1]) : tick(xr[1], xr);
        char[] line = " ".repeat(indent + width + 1).toCharArray();
        put(line, indent, lo);
        put(line, indent + width / 2 - mid.length() / 2, mid);
        put(line, indent + width - hi.length() + 1, hi);
        String text = new String(line).stripTrailing();
        if (title.isBlank()) {
            return text;
        }
        // the axis title goes after the last label when it fits, else under the middle one
        if (text.length() + 2 + title.length() <= indent + width + 1) {
            return text + "  " + title;
        }
        return text;
    }

    private static String legend(List<XyChart.Series> series, int indent, boolean ansi,
            String yTitle, String xTitle, boolean xTitleShown) {
        StringBuilder sb = new StringBuilder(" ".repeat(indent));
        if (!xTitleShown) {
            sb.append("x: ").append(xTitle).append("   ");
        }
        if (!yTitle.isBlank()) {
            sb.append(yTitle).append(":  ");
        }
        for (XyChart.Series s : series) {
            String mark = !s.line ? "••" : s.dashed ? "┄┄" : "──";
            sb.append(ansi ? Ansi.fg(colour(s)) + mark + Ansi.RESET : mark);
            sb.append(' ').append(s.name).append("   ");
        }
        return sb.toString().stripTrailing();
    }

    private static void put(char[] line, int at, String text) {
        int start = Math.max(0, Math.min(at, line.length - text.length()));
        for (int i = 0; i < text.length() && start + i < line.length; i++) {
            line[start + i] = text.charAt(i);
        }
    }

    private static String center(String title, int width, boolean ansi) {
        int left = Math.max(0, (width - title.length()) / 2);
        String text = " ".repeat(left) + title;
        return ansi && !title.isBlank() ? " ".repeat(left) + Ansi.BOLD + title + Ansi.RESET
                : text;
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String whole(double v) {
        return String.valueOf(Math.round(v));
    }

    /** A tick label with as many decimals as the range needs. */
    static String tick(double v, double[] range) {
        double span = Math.abs(range[1] - range[0]);
        double mag = Math.max(Math.abs(range[0]), Math.abs(range[1]));
        if (mag >= 1e5 || mag > 0 && mag < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        int decimals = span >= 100 ? 0 : span >= 10 ? 1 : span >= 1 ? 2 : span >= 0.1 ? 3 : 4;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
