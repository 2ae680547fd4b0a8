package nnshell.research;

import java.util.List;
import java.util.Locale;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import nnshell.plot.Chart;

/**
 * The outcome of an ablation study: per variant, each seed's two quality measures, their
 * mean and standard deviation, and the change from the baseline (the first variant).
 *
 * <pre>{@code result.mean("no hidden", 0) - result.mean("full", 0)}</pre>
 */
public final class AblationResult {
    private final Quality first;
    private final Quality second;
    private final long[] seeds;
    private final List<Row> rows;

    /** One variant's measures, one value per seed for each of the two measures. */
    public record Row(String variant, double[] first, double[] second) {

        /** The values of measure 0 or 1. */
        public double[] values(int measure) {
            return measure == 0 ? first : second;
        }
    }

    AblationResult(Quality first, Quality second, long[] seeds, List<Row> rows) {
        this.first = first;
        this.second = second;
        this.seeds = seeds.clone();
        this.rows = List.copyOf(rows);
    }

    /** The variants' rows, baseline first. */
    public List<Row> rows() {
        return rows;
    }

    /** Names of the two measures. */
    public List<String> measures() {
        return List.of(first.name(), second.name());
    }

    /** Mean over seeds of measure 0 or 1 for the variant named {@code variant}. */
    public double mean(String variant, int measure) {
        return mean(row(variant).values(measure));
    }

    /** Sample standard deviation over seeds of measure 0 or 1. */
    public double std(String variant, int measure) {
        double[] v = row(variant).values(measure);
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    /**
     * Whether the variant is worse than the baseline on measure 0 or 1 (lower where higher is
     * better, higher where lower is better).
     */
    public boolean worseThanBaseline(String variant, int measure) {
        double d = mean(variant, measure) - mean(rows.get(0).variant(), measure);
        Quality q = measure == 0 ? first : second;
        return q.higherIsBetter() ? d < 0 : d > 0;
    }

    /** The table: mean +/- std of both measures and the change from the baseline. */
    @Override
    public String toString() {
        int w = Math.max(8, rows.stream().mapToInt(r -> r.variant().length()).max().orElse(8));
        StringBuilder sb = new StringBuilder(Msg.text("ablation.header", seeds.length))
                .append('\n');
        sb.append(String.format(Locale.ROOT, "%-" + w + "s  %-28s  %-28s%n",
                Msg.text("ablation.variant"), first.name() + " " + Msg.text("ablation.cells"),
                second.name() + " " + Msg.text("ablation.cells")));
        String base = rows.get(0).variant();
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s  %s  %s%n", r.variant(),
                    cell(r.variant(), base, 0), cell(r.variant(), base, 1)));
        }
        return sb.toString().stripTrailing();
    }

    /**
     * A bar chart per measure (mean with a standard-deviation error bar per variant), side by
     * side, shown where charts go now and kept in the session's chart log.
     *
     * <pre>{@code result.plot().save("ablation.png")}</pre>
     */
    public Chart plot() {
        return Figure.charts(Msg.text("ablation.title"), Msg.text("ablation.kind"), chart(0),
                chart(1));
    }

    /** The chart of measure 0 or 1 (XChart), for further styling. */
    public CategoryChart chart(int measure) {
        Quality q = measure == 0 ? first : second;
        CategoryChart chart = new CategoryChartBuilder().width(480).height(360)
                .title(q.name() + (q.higherIsBetter() ? " (higher is better)"
                        : " (lower is better)"))
                .xAxisTitle(Msg.text("ablation.variant")).yAxisTitle(q.name()).build();
        chart.getStyler().setLegendVisible(false);
        List<String> names = rows.stream().map(Row::variant).toList();
        List<Double> means = names.stream().map(n -> mean(n, measure)).toList();
        List<Double> stds = names.stream().map(n -> std(n, measure)).toList();
        chart.addSeries(q.name(), names, means, stds);
        return chart;
    }

    private String cell(String variant, String base, int measure) {
        double change = mean(variant, measure) - mean(base, measure);
        String delta = variant.equals(base) ? "baseline"
                : String.format(Locale.ROOT, "%+.4f", change);
        return String.format(Locale.ROOT, "%.4f +/- %.4f  %-10s", mean(variant, measure),
                std(variant, measure), delta);
    }

    private Row row(String variant) {
        for (Row r : rows) {
            if (r.variant().equals(variant)) {
                return r;
            }
        }
        List<String> names = rows.stream().map(Row::variant).toList();
        throw Msg.bad("ablation.unknown", variant, Names.nearest(variant, names), names);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
