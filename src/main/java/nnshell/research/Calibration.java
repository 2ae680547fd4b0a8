package nnshell.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far a classifier's confidence is from its accuracy: the expected calibration error
 * (ECE) and, per confidence bin, the data of a reliability diagram.
 *
 * <pre>{@code Metrics.calibration(p, y, 10).bins()}</pre>
 */
public final class Calibration {
    private final double ece;
    private final List<Bin> bins;

    /**
     * One bin of the reliability diagram: confidences in [low, high), how many rows fell in it,
     * their mean confidence and the fraction of them predicted right.
     */
    public record Bin(double low, double high, int count, double confidence, double accuracy) {

        /** Confidence minus accuracy: positive when the model is overconfident here. */
        public double gap() {
            return confidence - accuracy;
        }
    }

    private Calibration(double ece, List<Bin> bins) {
        this.ece = ece;
        this.bins = List.copyOf(bins);
    }

    static Calibration of(double[][] p, int[] y, int binCount) {
        int[] count = new int[binCount];
        double[] confSum = new double[binCount];
        int[] right = new int[binCount];
        for (int i = 0; i < p.length; i++) {
            int predicted = argmax(p[i]);
            double conf = p[i][predicted];
            // the last bin is closed so that a confidence of exactly 1 belongs to it
            int b = Math.min(binCount - 1, (int) (conf * binCount));
            count[b]++;
            confSum[b] += conf;
            right[b] += predicted == y[i] ? 1 : 0;
        }
        return fromSums(count, confSum, right, p.length);
    }

    private static Calibration fromSums(int[] count, double[] confSum, int[] right, int n) {
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        int k = count.length;
        for (int b = 0; b < k; b++) {
            double conf = count[b] == 0 ? 0 : confSum[b] / count[b];
            double acc = count[b] == 0 ? 0 : (double) right[b] / count[b];
            bins.add(new Bin((double) b / k, (double) (b + 1) / k, count[b], conf, acc));
            ece += (double) count[b] / n * Math.abs(acc - conf);
        }
        return new Calibration(ece, bins);
    }

    /** Expected calibration error: the row-weighted mean of |accuracy - confidence| per bin. */
    public double ece() {
        return ece;
    }

    /** The bins of the reliability diagram, lowest confidence first, empty ones included. */
    public List<Bin> bins() {
        return bins;
    }

    /**
     * The reliability diagram: accuracy against mean confidence per non-empty bin, with the
     * diagonal of perfect calibration, shown where charts go now.
     *
     * <pre>{@code Metrics.calibration(p, y).plot()}</pre>
     */
    public nnshell.plot.Chart plot() {
        return Figure.charts(Msg.text("calibration.title"), Msg.text("calibration.kind"),
                chart());
    }

    /** The reliability diagram as an XChart chart, for further styling. */
    public org.knowm.xchart.XYChart chart() {
        var chart = new org.knowm.xchart.XYChartBuilder().width(480).height(420)
                .title(String.format(Locale.ROOT, "%s (ECE %.3f)",
                        Msg.text("calibration.title"), ece))
                .xAxisTitle(Msg.text("calibration.x")).yAxisTitle(Msg.text("calibration.y"))
                .build();
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0)
                .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.addSeries(Msg.text("calibration.perfect"), new double[] {0, 1},
                new double[] {0, 1}).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        List<Bin> used = bins.stream().filter(b -> b.count() > 0).toList();
        chart.addSeries(Msg.text("calibration.model"),
                used.stream().mapToDouble(Bin::confidence).toArray(),
                used.stream().mapToDouble(Bin::accuracy).toArray());
        return chart;
    }

    /** The reliability diagram as a table with a bar of accuracy per non-empty bin. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Msg.text("calibration.header")).append('\n');
        for (Bin b : bins) {
            if (b.count() == 0) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "[%.2f, %.2f) %6d %8.3f %8.3f  %s%n", b.low(),
                    b.high(), b.count(), b.confidence(), b.accuracy(),
                    "#".repeat((int) Math.round(b.accuracy() * 20))));
        }
        return sb.append(Msg.text("calibration.ece", ece)).toString();
    }

    private static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }
}
