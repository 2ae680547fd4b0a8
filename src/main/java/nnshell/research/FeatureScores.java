package nnshell.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One importance score per input feature, from one method (perturbation, saliency, LIME ...);
 * prints as a table ranked by the size of the score, with a bar each.
 *
 * <pre>{@code Explain.perturbation(model, x).ranked().get(0)  // the most important feature}</pre>
 */
public final class FeatureScores {
    private final String method;
    private final List<String> names;
    private final double[] scores;

    /** Scores named by {@code names}; each score's sign is kept, rankings use its size. */
    public FeatureScores(String method, List<String> names, double[] scores) {
        if (names.size() != scores.length) {
            throw Msg.bad("names.features", names.size(), scores.length);
        }
        this.method = method;
        this.names = List.copyOf(names);
        this.scores = scores.clone();
    }

    /** The method that produced the scores. */
    public String method() {
        return method;
    }

    /** Feature names in input order. */
    public List<String> names() {
        return names;
    }

    /** The score of each feature, in input order (a copy). */
    public double[] scores() {
        return scores.clone();
    }

    /** The score of the feature named {@code name}. */
    public double score(String name) {
        return scores[indexOf(name)];
    }

    /** Feature names from the largest |score| to the smallest. */
    public List<String> ranked() {
        List<Integer> order = order();
        List<String> out = new ArrayList<>();
        for (int i : order) {
            out.add(names.get(i));
        }
        return out;
    }

    /** Input column indices from the largest |score| to the smallest. */
    public List<Integer> order() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(scores[i])));
        return order;
    }

    /** Position of feature {@code name} in the ranking, 1 for the most important. */
    public int rankOf(String name) {
        return ranked().indexOf(names.get(indexOf(name))) + 1;
    }

    /**
     * The scores as bars, most important first, shown where charts go now.
     *
     * <pre>{@code Explain.perturbation(model, x, names).plot()}</pre>
     */
    public nnshell.plot.Chart plot() {
        var chart = new org.knowm.xchart.CategoryChartBuilder().width(560).height(380)
                .title(method).build();
        chart.getStyler().setLegendVisible(false);
        List<Integer> order = order();
        chart.addSeries(method, order.stream().map(names::get).toList(),
                order.stream().map(i -> scores[i]).toList());
        return Figure.charts(method, Msg.text("scores.kind"), chart);
    }

    /** The ranked table: position, name, score and a bar proportional to |score|. */
    @Override
    public String toString() {
        double top = scores.length == 0 ? 0 : Math.abs(scores[order().get(0)]);
        int width = names.stream().mapToInt(String::length).max().orElse(4);
        StringBuilder sb = new StringBuilder(method).append('\n');
        int pos = 1;
        for (int i : order()) {
            int bar = top == 0 ? 0 : (int) Math.round(Math.abs(scores[i]) / top * 30);
            sb.append(String.format(Locale.ROOT, "%3d  %-" + width + "s  %+10.4f  %s%n", pos++,
                    names.get(i), scores[i], (scores[i] < 0 ? "-" : "#").repeat(bar)));
        }
        return sb.toString().stripTrailing();
    }

    private int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw Msg.bad("feature.unknown", name, Names.nearest(name, names), names);
        }
        return i;
    }
}
