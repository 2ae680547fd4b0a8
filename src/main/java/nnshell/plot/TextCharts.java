package nnshell.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts, histograms, box plots and matrices drawn with text, for a terminal without a
 * graphics protocol: a picture scaled down to character cells loses its labels, while these
 * keep every label and number readable at any width.
 */
final class TextCharts {
    private static final String EIGHTHS = " ▏▎▍▌▋▊▉█";
    private static final int MAX_LABEL = 24;

    private TextCharts() {
    }

    /** One horizontal bar per label, its value at the end: {@code cat  ████▌  3}. */
    static String bars(String title, String[] labels, double[] values, int cols, boolean ansi) {
        int labelWidth = widest(labels);
        double[] range = {Math.min(0, min(values)), Math.max(0, max(values))};
        String[] shown = numbers(values, range);
        int valueWidth = widest(shown);
        int barWidth = Math.max(5, cols - labelWidth - valueWidth - 4);
        double span = range[1] - range[0];
        int zero = span == 0 ? 0 : (int) Math.round(-range[0] / span * barWidth);
        StringBuilder out = header(title, ansi);
        for (int i = 0; i < values.length; i++) {
            out.append(padLeft(label(labels[i]), labelWidth)).append("  ");
            String bar = bar(values[i], range, zero, barWidth);
            out.append(ansi ? Ansi.fg(Palette.BLUE) + bar + Ansi.RESET : bar);
            out.append(' ').append(padLeft(shown[i], valueWidth)).append('\n');
        }
        return out.toString();
    }

    /** A bar of {@code width} cells from the zero column, with eighth blocks at its tip. */
    private static String bar(double v, double[] range, int zero, int width) {
        double span = range[1] - range[0];
        char[] cells = new char[width];
        Arrays.fill(cells, ' ');
        if (span > 0 && Double.isFinite(v)) {
            double end = (v - range[0]) / span * width;
            if (v >= 0) {
                int whole = (int) Math.floor(end);
                for (int c = zero; c < Math.min(whole, width); c++) {
                    cells[c] = '█';
                }
                int eighths = (int) Math.round((end - whole) * 8);
                if (whole < width && eighths > 0) {
                    cells[whole] = EIGHTHS.charAt(eighths);
                }
            } else {
                for (int c = (int) Math.round(end); c < zero; c++) {
                    cells[c] = '█';
                }
            }
        }
        return new String(cells);
    }

    /**
     * One box per group on a shared axis: whiskers {@code ├─ ─┤} to the furthest values
     * within 1.5 interquartile ranges, the box from the first to the third quartile, the median
     * as {@code ┃}, values further out as {@code •}.
     */
    static String boxes(String title, String[] names, double[][] groups, int cols,
            boolean ansi) {
        int labelWidth = widest(names);
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] g : groups) {
            for (double v : g) {
                if (Double.isFinite(v)) {
                    range[0] = Math.min(range[0], v);
                    range[1] = Math.max(range[1], v);
                }
            }
        }
        if (range[0] > range[1]) {
            range = new double[] {0, 1};
        } else if (range[0] == range[1]) {
            range = new double[] {range[0] - 1, range[1] + 1};
        }
        int width = Math.max(10, cols - labelWidth - 4);
        StringBuilder out = header(title, ansi);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            double[] sorted = Arrays.stream(groups[i]).filter(Double::isFinite).sorted()
                    .toArray();
            out.append(padLeft(label(names[i]), labelWidth)).append("  ");
            if (sorted.length == 0) {
                out.append('\n');
                continue;
            }
            Box box = Box.of(sorted);
            String row = boxRow(sorted, box, range, width);
            out.append(ansi ? Ansi.fg(Palette.series(i)) + row + Ansi.RESET : row).append('\n');
            notes.add(label(names[i]) + ": " + Messages.text("box.summary",
                    plain(box.median, false), plain(box.q1, false), plain(box.q3, false),
                    sorted.length));
        }
        axis(range, width, " ".repeat(labelWidth + 2), out);
        notes.forEach(n -> out.append(n).append('\n'));
        return out.toString();
    }

    /** Median, quartiles (linear interpolation, as NumPy's default) and whisker ends. */
    private record Box(double q1, double median, double q3, double low, double high) {
        static Box of(double[] sorted) {
            double q1 = quantile(sorted, 0.25);
            double q3 = quantile(sorted, 0.75);
            double reach = 1.5 * (q3 - q1);
            double low = Arrays.stream(sorted).filter(v -> v >= q1 - reach).min().orElse(q1);
            double high = Arrays.stream(sorted).filter(v -> v <= q3 + reach).max().orElse(q3);
            return new Box(q1, quantile(sorted, 0.5), q3, low, high);
        }

        static double quantile(double[] sorted, double p) {
            double at = p * (sorted.length - 1);
            int below = (int) Math.floor(at);
            int above = Math.min(sorted.length - 1, below + 1);
            return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
        }
    }

    private static String boxRow(double[] sorted, Box box, double[] range, int width) {
        char[] cells = new char[width];
        Arrays.fill(cells, ' ');
        int low = cell(box.low, range, width);
        int q1 = cell(box.q1, range, width);
        int q3 = cell(box.q3, range, width);
        int high = cell(box.high, range, width);
        for (int c = low; c <= high; c++) {
            cells[c] = '─';
        }
        for (int c = q1; c <= q3; c++) {
            cells[c] = '█';
        }
        cells[low] = low == q1 ? cells[low] : '├';
        cells[high] = high == q3 ? cells[high] : '┤';
        cells[cell(box.median, range, width)] = '┃';
        for (double v : sorted) {
            if (v < box.low || v > box.high) {
                cells[cell(v, range, width)] = '•';
            }
        }
        return new String(cells);
    }

    private static int cell(double v, double[] range, int width) {
        int c = (int) Math.round((v - range[0]) / (range[1] - range[0]) * (width - 1));
        return Math.max(0, Math.min(width - 1, c));
    }

    /** An axis line with the ends and three ticks between labelled beneath it. */
    private static void axis(double[] range, int width, String indent, StringBuilder out) {
        char[] line = new char[width];
        Arrays.fill(line, '─');
        char[] labels = new char[width + 12];
        Arrays.fill(labels, ' ');
        for (int k = 0; k <= 4; k++) {
            int at = (int) Math.round(k / 4.0 * (width - 1));
            line[at] = k == 0 ? '└' : k == 4 ? '┘' : '┴';
            String text = TerminalPlot.tick(range[0] + k / 4.0 * (range[1] - range[0]), range);
            int start = Math.max(0, Math.min(labels.length - text.length(),
                    k == 4 ? at - text.length() + 1 : k == 0 ? at : at - text.length() / 2));
            text.getChars(0, text.length(), labels, start);
        }
        out.append(indent).append(line).append('\n')
                .append(indent).append(new String(labels).stripTrailing()).append('\n');
    }

    /**
     * A matrix as a table with row and column labels, each cell coloured by its value where
     * the terminal has colours. Columns that do not fit are numbered with a key below, or
     * left out with a note when even that does not fit.
     */
    static String matrix(String title, double[][] m, String[] rowLabels, String[] colLabels,
            boolean diverging, int cols, boolean ansi) {
        double[] range = diverging ? new double[] {-1, 1} : new double[] {min(m), max(m)};
        int rowWidth = widest(rowLabels);
        String[][] cells = new String[m.length][];
        for (int r = 0; r < m.length; r++) {
            cells[r] = new String[m[r].length];
            for (int c = 0; c < m[r].length; c++) {
                cells[r][c] = plain(m[r][c], false);
            }
        }
        int n = colLabels.length;
        int cellWidth = Math.max(widest(colLabels), widest(cells)) + 2;
        boolean keyed = rowWidth + 2 + n * cellWidth > cols;
        if (keyed) {
            for (int r = 0; r < m.length; r++) {
                for (int c = 0; c < m[r].length; c++) {
                    cells[r][c] = plain(m[r][c], true);
                }
            }
            cellWidth = Math.max(String.valueOf(n).length(), widest(cells)) + 1;
        }
        int shown = Math.max(1, Math.min(n, (cols - rowWidth - 2) / cellWidth));
        StringBuilder out = header(title, ansi);
        out.append(" ".repeat(rowWidth + 2));
        for (int c = 0; c < shown; c++) {
            String head = keyed ? String.valueOf(c + 1) : label(colLabels[c]);
            out.append(padLeft(head, cellWidth));
        }
        out.append('\n');
        for (int r = 0; r < m.length; r++) {
            out.append(padLeft(label(rowLabels[r]), rowWidth)).append("  ");
            for (int c = 0; c < shown; c++) {
                String text = padLeft(cells[r][c], cellWidth);
                if (ansi) {
                    Color colour = shade(m[r][c], range, diverging);
                    out.append(Ansi.bg(colour)).append(Ansi.fg(readableOn(colour))).append(text)
                            .append(Ansi.RESET);
                } else {
                    out.append(text);
                }
            }
            out.append('\n');
        }
        if (keyed) {
            List<String> key = new ArrayList<>();
            for (int c = 0; c < shown; c++) {
                key.add((c + 1) + " " + label(colLabels[c]));
            }
            out.append(wrap(String.join(", ", key), cols));
        }
        if (shown < n) {
            out.append(Messages.text("matrix.cut", shown, n)).append('\n');
        }
        return out.toString();
    }

    private static Color shade(double v, double[] range, boolean diverging) {
        if (!Double.isFinite(v)) {
            return Color.GRAY;
        }
        double span = range[1] - range[0];
        double t = span == 0 ? 0.5 : Math.max(0, Math.min(1, (v - range[0]) / span));
        if (diverging) {
            return t < 0.5 ? Palette.mix(Palette.ORANGE, new Color(0xF4F4F4), t * 2)
                    : Palette.mix(new Color(0xF4F4F4), Palette.BLUE, (t - 0.5) * 2);
        }
        return t < 0.5 ? Palette.mix(new Color(0xF7FBFF), new Color(0x9ECAE1), t * 2)
                : Palette.mix(new Color(0x9ECAE1), new Color(0x4292C6), (t - 0.5) * 2);
    }

    private static Color readableOn(Color background) {
        double light = 0.299 * background.getRed() + 0.587 * background.getGreen()
                + 0.114 * background.getBlue();
        return light > 140 ? Color.BLACK : Color.WHITE;
    }

    /** A number as the PNG's cells show it ("0.##"), or shorter: "-.23" for the key form. */
    private static String plain(double v, boolean compact) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        String text = new java.text.DecimalFormat("0.##",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
        return compact && Math.abs(v) < 1 ? text.replaceFirst("^(-?)0\\.", "$1.") : text;
    }

    private static StringBuilder header(String title, boolean ansi) {
        StringBuilder out = new StringBuilder();
        if (title != null && !title.isBlank()) {
            out.append(ansi ? Ansi.BOLD + title + Ansi.RESET : title).append('\n');
        }
        return out;
    }

    /** The values as text: without decimals when all are whole, else as the axis needs. */
    private static String[] numbers(double[] values, double[] range) {
        boolean whole = Arrays.stream(values)
                .allMatch(x -> x == Math.rint(x) && Math.abs(x) < 1e15);
        return Arrays.stream(values)
                .mapToObj(v -> whole ? String.valueOf((long) v) : TerminalPlot.tick(v, range))
                .toArray(String[]::new);
    }

    private static String label(String text) {
        String s = text == null ? "" : text;
        return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1) + "…";
    }

    private static int widest(String[] texts) {
        return Arrays.stream(texts).mapToInt(t -> label(t).length()).max().orElse(0);
    }

    private static int widest(String[][] texts) {
        return Arrays.stream(texts).mapToInt(TextCharts::widest).max().orElse(0);
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String wrap(String text, int cols) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > cols) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static double min(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).max().orElse(0);
    }

    private static double min(double[][] m) {
        return Arrays.stream(m).mapToDouble(TextCharts::min).min().orElse(0);
    }

    private static double max(double[][] m) {
        return Arrays.stream(m).mapToDouble(TextCharts::max).max().orElse(0);
    }
}
