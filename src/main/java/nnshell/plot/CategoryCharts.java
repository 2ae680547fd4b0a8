package nnshell.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;

/** Bar charts, histograms, box plots and labelled matrices, drawn with XChart. */
final class CategoryCharts {
    private CategoryCharts() {
    }

    /** Bars of {@code values}, one per label. */
    static Chart bar(String title, String[] labels, double[] values, boolean histogram) {
        return bar(title, labels, labels, values, histogram);
    }

    /** Bars as above; in the terminal labelled with {@code textLabels} (a histogram's bins). */
    private static Chart bar(String title, String[] labels, String[] textLabels,
            double[] values, boolean histogram) {
        if (labels.length != values.length) {
            throw new IllegalArgumentException(Messages.text("bar.length", labels.length,
                    values.length));
        }
        return new Chart(title) {
            @Override
            protected void paint(Graphics2D g, int w, int h) {
                CategoryChart c = new CategoryChartBuilder().width(w).height(h).title(title())
                        .xAxisTitle(histogram ? "value" : "").yAxisTitle(histogram ? "count" : "")
                        .build();
                Styles.common(c.getStyler());
                c.getStyler().setLegendVisible(false);
                c.getStyler().setAvailableSpaceFill(histogram ? 0.98 : 0.7);
                c.getStyler().setXAxisLabelRotation(labels.length > 12 ? 45 : 0);
                CategorySeries s = c.addSeries("values", Arrays.asList(labels), box(values));
                s.setFillColor(Palette.BLUE);
                c.paint(g, w, h);
            }

            @Override
            public String toTerminal(int cols, int rows, boolean ansi) {
                return TextCharts.bars(title(), textLabels, values, cols, ansi);
            }

            @Override
            protected String kind() {
                return histogram ? "histogram" : "bar chart";
            }
        };
    }

    /** A histogram of {@code values} in {@code bins} equal bins. */
    static Chart histogram(String title, double[] values, int bins) {
        if (values.length == 0 || bins < 1) {
            throw new IllegalArgumentException(Messages.text("histogram.empty", values.length,
                    bins));
        }
        double lo = Arrays.stream(values).min().orElse(0);
        double hi = Arrays.stream(values).max().orElse(1);
        double width = hi > lo ? (hi - lo) / bins : 1;
        double[] counts = new double[bins];
        for (double v : values) {
            counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
        }
        String[] labels = new String[bins];
        String[] ranges = new String[bins];
        double[] range = {lo, hi};
        for (int i = 0; i < bins; i++) {
            labels[i] = TerminalPlot.tick(lo + (i + 0.5) * width, range);
            ranges[i] = TerminalPlot.tick(lo + i * width, range) + " – "
                    + TerminalPlot.tick(lo + (i + 1) * width, range);
        }
        return bar(title, labels, ranges, counts, true);
    }

    /** One box per group: median, quartiles, whiskers. */
    static Chart box(String title, String[] names, double[][] groups) {
        if (names.length != groups.length) {
            throw new IllegalArgumentException(Messages.text("box.length", names.length,
                    groups.length));
        }
        return new Chart(title) {
            @Override
            protected void paint(Graphics2D g, int w, int h) {
                BoxChart c = new BoxChartBuilder().width(w).height(h).title(title()).build();
                Styles.common(c.getStyler());
                // quartiles as NumPy's default (linear), as the terminal box plot gives them
                c.getStyler().setBoxplotCalCulationMethod(
                        org.knowm.xchart.style.BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
                c.getStyler().setLegendVisible(false);
                for (int i = 0; i < names.length; i++) {
                    c.addSeries(names[i], groups[i]).setFillColor(Palette.series(i));
                }
                c.paint(g, w, h);
            }

            @Override
            public String toTerminal(int cols, int rows, boolean ansi) {
                return TextCharts.boxes(title(), names, groups, cols, ansi);
            }

            @Override
            protected String kind() {
                return "box plot";
            }
        };
    }

    /**
     * A matrix as coloured cells with their values: a confusion matrix (counts, white to a blue
     * light enough for the black numbers)
     * or a correlation matrix (-1 orange to +1 blue). Row 0 is drawn at the top.
     */
    static Chart matrix(String title, double[][] m, String[] rowLabels, String[] colLabels,
            boolean diverging) {
        checkMatrix(m, rowLabels, colLabels);
        return new Chart(title) {
            @Override
            protected void paint(Graphics2D g, int w, int h) {
                matrixChart(title(), m, rowLabels, colLabels, diverging, w, h).paint(g, w, h);
            }

            @Override
            public String toTerminal(int cols, int rows, boolean ansi) {
                return TextCharts.matrix(title(), m, rowLabels, colLabels, diverging, cols, ansi);
            }

            @Override
            protected String kind() {
                return "heatmap";
            }
        };
    }

    private static HeatMapChart matrixChart(String title, double[][] m, String[] rowLabels,
            String[] colLabels, boolean diverging, int w, int h) {
        HeatMapChart c = new HeatMapChartBuilder().width(w).height(h).title(title).build();
        Styles.common(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setShowValue(true);
        c.getStyler().setValueFont(new java.awt.Font(java.awt.Font.SANS_SERIF,
                java.awt.Font.BOLD, 13));
        c.getStyler().setHeatMapValueDecimalPattern("0.##");
        c.getStyler().setDrawBorder(true);
        c.getStyler().setRangeColors(diverging
                ? new Color[] {Palette.ORANGE, new Color(0xF4F4F4), Palette.BLUE}
                : new Color[] {new Color(0xF7FBFF), new Color(0x9ECAE1), new Color(0x4292C6)});
        if (diverging) {
            c.getStyler().setMin(-1).setMax(1);
        }
        List<String> ys = new ArrayList<>(Arrays.asList(rowLabels));
        java.util.Collections.reverse(ys);
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < m.length; r++) {
            for (int col = 0; col < m[r].length; col++) {
                cells.add(new Number[] {col, m.length - 1 - r, m[r][col]});
            }
        }
        c.addSeries(title.isBlank() ? "values" : title, Arrays.asList(colLabels), ys, cells);
        return c;
    }

    private static void checkMatrix(double[][] m, String[] rowLabels, String[] colLabels) {
        int cols = m.length == 0 ? 0 : m[0].length;
        for (double[] row : m) {
            if (row.length != cols) {
                throw new IllegalArgumentException(Messages.text("matrix.ragged"));
            }
        }
        if (rowLabels.length != m.length || colLabels.length != cols) {
            throw new IllegalArgumentException(Messages.text("matrix.labels", m.length, cols,
                    rowLabels.length, colLabels.length));
        }
    }

    private static List<Double> box(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
