package nnshell.research;

import java.util.Locale;

/**
 * The model's mean output as one feature sweeps a grid of values while every other feature
 * keeps its value in the data: the feature's average effect.
 *
 * <pre>{@code Explain.partialDependence(model, x, 2).values()}</pre>
 */
public record PartialDependence(String feature, double[] grid, double[] values) {

    /** Largest minus smallest mean output along the grid: how much the feature moves it. */
    public double range() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    /**
     * The curve as a line chart, shown where charts go now.
     *
     * <pre>{@code Explain.partialDependence(model, x, "G2", names).plot()}</pre>
     */
    public nnshell.plot.Chart plot() {
        var chart = new org.knowm.xchart.XYChartBuilder().width(480).height(360)
                .title(Msg.text("pd.title", feature)).xAxisTitle(feature)
                .yAxisTitle(Msg.text("pd.y")).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisDecimalPattern("#0.##");
        chart.addSeries(feature, grid, values);
        return Figure.charts(Msg.text("pd.title", feature), Msg.text("pd.kind"), chart);
    }

    /** The curve as a table with a bar per grid point. */
    @Override
    public String toString() {
        double lo = Double.POSITIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
        }
        double span = range() == 0 ? 1 : range();
        StringBuilder sb = new StringBuilder(Msg.text("pd.header", feature)).append('\n');
        for (int i = 0; i < grid.length; i++) {
            int bar = 1 + (int) Math.round((values[i] - lo) / span * 40);
            sb.append(String.format(Locale.ROOT, "%10.4g  %10.4f  %s%n", grid[i], values[i],
                    "#".repeat(bar)));
        }
        return sb.append(Msg.text("pd.range", range())).toString();
    }
}
