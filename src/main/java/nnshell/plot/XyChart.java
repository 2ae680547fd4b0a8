package nnshell.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Lines and points over x and y: loss curves, functions, 2-D data coloured by class.
 * Series can grow while the chart is shown (live training curves).
 *
 * <pre>{@code plot(-4, 4, Math::tanh).add("derivative", x -> 1 - Math.pow(Math.tanh(x), 2))}</pre>
 */
public class XyChart extends Chart {
    private final List<Series> series = new ArrayList<>();
    private String xTitle = "";
    private String yTitle = "";

    /** One named series of points, drawn as a line or as dots. */
    static final class Series {
        final String name;
        final boolean line;
        final Color color;
        boolean dashed;
        int axis;
        double[] x;
        double[] y;
        int n;

        Series(String name, boolean line, Color color, double[] x, double[] y) {
            this.name = name;
            this.line = line;
            this.color = color;
            this.x = x.clone();
            this.y = y.clone();
            this.n = x.length;
        }

        double[] xs() {
            return Arrays.copyOf(x, n);
        }

        double[] ys() {
            return Arrays.copyOf(y, n);
        }
    }

    /** An empty chart with a title. */
    public XyChart(String title) {
        super(title);
    }

    @Override
    protected String kind() {
        return series.stream().allMatch(s -> s.line) ? "line chart" : "scatter chart";
    }

    /** Adds a line through the points (x[i], y[i]) and returns this chart. */
    public XyChart line(String name, double[] x, double[] y) {
        return addSeries(name, true, null, x, y);
    }

    /** Adds dots at the points (x[i], y[i]) and returns this chart. */
    public XyChart points(String name, double[] x, double[] y) {
        return addSeries(name, false, null, x, y);
    }

    /** Adds the curve of {@code f} over the chart's x range and returns this chart. */
    public XyChart add(String name, DoubleUnaryOperator f) {
        double[] range = xRange();
        return line(name, Plots.grid(range[0], range[1]), f);
    }

    /** Adds the curve of {@code f} at the given x values. */
    XyChart line(String name, double[] x, DoubleUnaryOperator f) {
        double[] y = Arrays.stream(x).map(f).toArray();
        return line(name, x, y);
    }

    /** Sets the axis titles and returns this chart. Example: {@code .axes("epoch", "loss")}. */
    public XyChart axes(String xAxisTitle, String yAxisTitle) {
        synchronized (this) {
            this.xTitle = xAxisTitle == null ? "" : xAxisTitle;
            this.yTitle = yAxisTitle == null ? "" : yAxisTitle;
        }
        changed();
        return this;
    }

    /** Appends one point to a series (made as a line if new) and redraws; for live charts. */
    public XyChart append(String name, double x, double y) {
        appendQuietly(name, x, y);
        changed();
        return this;
    }

    /** Removes every series (the title and axes stay) and redraws. */
    public XyChart clear() {
        clearQuietly();
        changed();
        return this;
    }

    /** Removes every series without redrawing; the caller redraws when it sees fit. */
    synchronized void clearQuietly() {
        series.clear();
    }

    /** Appends one point without redrawing; the caller redraws when it sees fit. */
    void appendQuietly(String name, double x, double y) {
        synchronized (this) {
            Series s = find(name);
            if (s == null) {
                s = newLiveSeries(name);
                series.add(s);
            }
            if (s.n == s.x.length) {
                s.x = Arrays.copyOf(s.x, Math.max(16, s.n * 2));
                s.y = Arrays.copyOf(s.y, Math.max(16, s.n * 2));
            }
            s.x[s.n] = x;
            s.y[s.n] = y;
            s.n++;
        }
    }

    /**
     * A series for a training log entry: "val_x" takes the colour of "x" and a dashed line;
     * metrics other than losses use the right-hand axis.
     */
    private Series newLiveSeries(String name) {
        String base = name.startsWith("val_") ? name.substring(4) : name;
        long bases = series.stream().map(t -> t.name.startsWith("val_") ? t.name.substring(4)
                : t.name).distinct().count();
        Series twin = find(base.equals(name) ? "val_" + name : base);
        Color color = twin != null ? twin.color : Palette.series((int) bases);
        Series s = new Series(name, true, color, new double[0], new double[0]);
        s.dashed = !base.equals(name);
        s.axis = base.contains("loss") || base.equals("mse") || base.equals("mae") ? 0 : 1;
        return s;
    }

    /** Redraws wherever the chart is shown. */
    void redraw() {
        changed();
    }

    @Override
    protected Chart frozen() {
        return snapshot();
    }

    /** A copy of the chart as it is now: title, axes, series and their styles. */
    synchronized XyChart snapshot() {
        XyChart copy = new XyChart(title());
        copy.xTitle = xTitle;
        copy.yTitle = yTitle;
        copy.size(width(), height());
        for (Series s : series) {
            Series c = new Series(s.name, s.line, s.color, s.xs(), s.ys());
            c.dashed = s.dashed;
            c.axis = s.axis;
            copy.series.add(c);
        }
        return copy;
    }

    /** A copy of the series, for rendering outside the chart's lock. */
    synchronized List<Series> series() {
        List<Series> copy = new ArrayList<>();
        for (Series s : series) {
            Series c = new Series(s.name, s.line, s.color, s.xs(), s.ys());
            c.axis = s.axis;
            c.dashed = s.dashed;
            copy.add(c);
        }
        return copy;
    }

    synchronized String xTitle() {
        return xTitle;
    }

    synchronized String yTitle() {
        return yTitle;
    }

    XyChart addSeries(String name, boolean line, Color color, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(Messages.text("xy.length", name, x.length,
                    y.length));
        }
        synchronized (this) {
            String unique = uniqueName(name == null || name.isBlank() ? "y" : name);
            Color c = color == null ? Palette.series(series.size()) : color;
            series.add(new Series(unique, line, c, x, y));
        }
        changed();
        return this;
    }

    @Override
    protected void paint(Graphics2D g, int width, int height) {
        XYChart chart = build(width, height);
        chart.paint(g, width, height);
    }

    /** The XChart chart for the current data. */
    XYChart build(int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title())
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(series.size() > 1
                || series.size() == 1 && !series.get(0).name.equals("y"));
        for (Series s : series) {
            if (s.n == 0) {
                continue;
            }
            XYSeries xs = chart.addSeries(s.name, s.xs(), s.ys());
            xs.setXYSeriesRenderStyle(s.line ? XYSeries.XYSeriesRenderStyle.Line
                    : XYSeries.XYSeriesRenderStyle.Scatter);
            xs.setLineColor(s.color);
            xs.setMarkerColor(s.color);
            xs.setMarker(s.line ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            xs.setLineWidth(2f);
            if (s.dashed) {
                xs.setLineStyle(SeriesLines.DASH_DASH);
            }
            xs.setYAxisGroup(s.axis);
        }
        if (series.stream().anyMatch(s -> s.axis == 1 && s.n > 0)) {
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            chart.setYAxisGroupTitle(1, Messages.text("live.metrics"));
            if (yTitle.isBlank()) {
                chart.setYAxisGroupTitle(0, Messages.text("live.loss"));
            }
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        }
        spaceTicks(chart);
        if (chart.getSeriesCollection().isEmpty()) {
            chart.addSeries(" ", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * Round tick steps for many equally spaced x (epochs): for those XChart puts a tick at
     * every few values, as close as the labels allow, and they read as one run of digits. An
     * unseen point between the first two x values makes the spacing unequal, and XChart then
     * steps as it does for any numbers (1, 2 or 5 times a power of ten).
     */
    private static void spaceTicks(XYChart chart) {
        XYSeries first = chart.getSeriesCollection().stream().findFirst().orElse(null);
        if (first == null || first.getXData().length < 20) {
            return;
        }
        double[] x = first.getXData();
        double[] y = first.getYData();
        XYSeries spacer = chart.addSeries("\u200b", new double[] {(x[0] + x[1]) / 2},
                new double[] {y[0]});
        spacer.setShowInLegend(false);
        spacer.setMarker(SeriesMarkers.NONE);
        spacer.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        spacer.setYAxisGroup(first.getYAxisGroup());
    }

    /** The look shared by nnshell's XChart charts: white, readable fonts, light grid. */
    static void style(XYStyler s) {
        Styles.common(s);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setMarkerSize(7);
        s.setPlotGridLinesColor(new Color(0xE3E3E3));
    }

    private double[] xRange() {
        synchronized (this) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Series s : series) {
                for (int i = 0; i < s.n; i++) {
                    lo = Math.min(lo, s.x[i]);
                    hi = Math.max(hi, s.x[i]);
                }
            }
            return lo <= hi ? new double[] {lo, hi} : new double[] {-1, 1};
        }
    }

    private Series find(String name) {
        for (Series s : series) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        return null;
    }

    private String uniqueName(String name) {
        String candidate = name;
        for (int i = 2; find(candidate) != null; i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }

    @Override
    public String toTerminal(int cols, int rows, boolean ansi) {
        return TerminalPlot.render(this, cols, rows, ansi);
    }
}
