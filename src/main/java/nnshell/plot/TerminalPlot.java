package nnshell.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws an {@link XyChart} inside a terminal: title, braille plot area with a y axis and
 * ticks, x tick labels, and a legend; colours when the terminal understands ANSI.
 */
final class TerminalPlot {
    private TerminalPlot() {
    }

    /** The chart as lines of text at most {@code cols} wide and {@code rows} high. */
    static String render(XyChart chart, int cols, int rows, boolean ansi) {
        List<String> lines = lines(chart, cols, rows, ansi);
        return String.join("\n", lines) + "\n";
    }

    /** The chart as a list of lines (no line breaks). */
    static List<String> lines(XyChart chart, int cols, int rows, boolean ansi) {
        List<XyChart.Series> series = chart.series();
        double[] xr = range(series, true);
        double[] yr = range(series, false);
        String[] yLabels = {tick(yr[1], yr), tick((yr[0] + yr[1]) / 2, yr), tick(yr[0], yr)};
        int labelWidth = Math.max(Math.max(yLabels[0].length(), yLabels[1].length()),
                yLabels[2].length());
        int plotCols = Math.max(10, cols - labelWidth - 3);
        int plotRows = Math.max(3, rows - 4);
        BrailleCanvas canvas = draw(series, plotCols, plotRows, xr, yr);

        List<String> out = new ArrayList<>();
        out.add(center(chart.title(), labelWidth + 2 + plotCols, ansi));
        for (int r = 0; r < plotRows; r++) {
            String label = r == 0 ? yLabels[0] : r == plotRows - 1 ? yLabels[2]
                    : r == plotRows / 2 ? yLabels[1] : "";
            String axis = label.isEmpty() ? " │" : " ┤";
            out.add(pad(label, labelWidth) + axis + canvas.row(r, ansi));
        }
        out.add(" ".repeat(labelWidth) + " └" + "─".repeat(plotCols));
        String xLine = xLabels(xr, labelWidth + 2, plotCols, chart.xTitle());
        out.add(xLine);
        boolean xTitleShown = chart.xTitle().isBlank() || xLine.endsWith(chart.xTitle());
        out.add(legend(series, labelWidth + 2, ansi, chart.yTitle(), chart.xTitle(),
                xTitleShown));
        return out;
    }

    private static BrailleCanvas draw(List<XyChart.Series> series, int plotCols, int plotRows,
            double[] xr, double[] yr) {
        BrailleCanvas canvas = new BrailleCanvas(plotCols, plotRows);
        for (XyChart.Series s : series) {
            int px = -1;
            int py = -1;
            for (int i = 0; i < s.n; i++) {
                if (!Double.isFinite(s.x[i]) || !Double.isFinite(s.y[i])) {
                    px = -1;
                    continue;
                }
                int x = scale(s.x[i], xr, canvas.dotWidth() - 1, false);
                int y = scale(s.y[i], yr, canvas.dotHeight() - 1, true);
                if (s.line && px >= 0) {
                    canvas.line(px, py, x, y, s.color);
                } else {
                    canvas.set(x, y, s.color);
                }
                px = x;
                py = y;
            }
        }
        return canvas;
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

    private static String xLabels(double[] xr, int indent, int width, String title) {
        String lo = tick(xr[0], xr);
        String mid = tick((xr[0] + xr[1]) / 2, xr);
        String hi = tick(xr[1], xr);
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
            String mark = s.line ? "──" : "••";
            sb.append(ansi ? Ansi.fg(s.color) + mark + Ansi.RESET : mark);
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
