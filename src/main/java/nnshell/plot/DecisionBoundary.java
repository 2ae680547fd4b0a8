package nnshell.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import nnshell.dsl.Model;
import nnshell.dsl.Tensor;

/**
 * A model's output over the plane as a blue and orange heatmap, with the data points on top,
 * in the style of TensorFlow Playground. Blue is class 1 (output near 1), orange class 0.
 */
final class DecisionBoundary extends Chart {
    private static final Color CLEAR = new Color(0, 0, 0, 0);
    private final Model model;
    private final double[][] points;
    private final int[] labels;
    private final int resolution;
    private final double[] box;
    private double[][] grid;

    DecisionBoundary(String title, Model model, Tensor x, int[] labels, int resolution) {
        super(title);
        this.model = model;
        this.points = Plots.rows2(x, "decisionBoundary");
        this.labels = labels == null ? new int[points.length] : labels.clone();
        if (this.labels.length != points.length) {
            throw new IllegalArgumentException(Messages.text("labels.length",
                    this.labels.length, points.length));
        }
        this.resolution = resolution;
        this.box = Grids.box(points);
        this.grid = Grids.evaluate(model, box, resolution, -1);
    }

    /** Evaluates the model over the plane again (after more training) and redraws. */
    public DecisionBoundary refresh() {
        double[][] fresh = Grids.evaluate(model, box, resolution, -1);
        synchronized (this) {
            grid = fresh;
        }
        changed();
        return this;
    }

    @Override
    protected String kind() {
        return "decision boundary";
    }

    @Override
    protected void paint(Graphics2D g, int w, int h) {
        XYChart chart = axes(w, h);
        // a first paint lays the chart out, so that data coordinates map to pixels
        BufferedImage scratch = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D sg = scratch.createGraphics();
        chart.paint(sg, w, h);
        sg.dispose();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        heatmap(g, chart);
        chart.paint(g, w, h);
        dots(g, chart);
    }

    /** The pixel at which data point (x, y) is drawn in a {@code w} x {@code h} image. */
    double[] pixelOf(double x, double y, int w, int h) {
        XYChart chart = axes(w, h);
        BufferedImage scratch = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D sg = scratch.createGraphics();
        chart.paint(sg, w, h);
        sg.dispose();
        return new double[] {chart.getScreenXFromChart(x), chart.getScreenYFromChart(y)};
    }

    private XYChart axes(int w, int h) {
        XYChart chart = new XYChartBuilder().width(w).height(h).title(title())
                .xAxisTitle("x1").yAxisTitle("x2").build();
        Styles.common(chart.getStyler());
        chart.getStyler().setChartBackgroundColor(CLEAR);
        chart.getStyler().setPlotBackgroundColor(CLEAR);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisMin(box[0]).setXAxisMax(box[1]);
        chart.getStyler().setYAxisMin(box[2]).setYAxisMax(box[3]);
        chart.getStyler().setMarkerSize(8);
        for (int label : java.util.stream.IntStream.of(labels).distinct().sorted().toArray()) {
            XYSeries s = chart.addSeries("class " + label, new double[] {Double.NaN},
                    new double[] {Double.NaN});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(Palette.forClass(label));
        }
        return chart;
    }

    private void heatmap(Graphics2D g, XYChart chart) {
        double[][] values;
        synchronized (this) {
            values = grid;
        }
        BufferedImage img = Grids.image(values, Palette::diverging);
        int x0 = (int) Math.round(chart.getScreenXFromChart(box[0]));
        int x1 = (int) Math.round(chart.getScreenXFromChart(box[1]));
        int y0 = (int) Math.round(chart.getScreenYFromChart(box[3]));
        int y1 = (int) Math.round(chart.getScreenYFromChart(box[2]));
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, x0, y0, x1 - x0, y1 - y0, null);
    }

    private void dots(Graphics2D g, XYChart chart) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1.2f));
        double r = points.length > 400 ? 3 : 4;
        for (int i = 0; i < points.length; i++) {
            double sx = chart.getScreenXFromChart(points[i][0]);
            double sy = chart.getScreenYFromChart(points[i][1]);
            Ellipse2D dot = new Ellipse2D.Double(sx - r, sy - r, 2 * r, 2 * r);
            g.setColor(Palette.forClass(labels[i]));
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.draw(dot);
        }
    }
}
