package nnshell.research;

import java.util.Locale;

import nnshell.plot.Chart;

/**
 * Two explanations of the same image side by side and how much they agree: intersection
 * over union of their top pixels.
 *
 * <pre>{@code Explain.compare(image, lime.heatmap(), cam, 0.25).agreement()}</pre>
 */
public record Comparison(String first, String second, double fraction, double agreement,
        Chart picture) {

    /** One line: the agreement of the two explanations. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, Msg.text("compare.summary"), first, second,
                Math.round(fraction * 100), agreement);
    }
}
