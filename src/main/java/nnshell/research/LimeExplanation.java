package nnshell.research;

import java.util.Locale;

/**
 * LIME's answer for one tabular row: a coefficient per feature (output change per standard
 * deviation), the surrogate's intercept, its weighted R^2, and the model's own output there.
 *
 * <pre>{@code lime.weights().ranked().get(0)}</pre>
 */
public record LimeExplanation(FeatureScores weights, double intercept, double r2,
        double modelOutput, int output) {

    /** The table of coefficients and the fit quality. */
    @Override
    public String toString() {
        return weights + "\n" + String.format(Locale.ROOT, Msg.text("lime.summary"), output,
                modelOutput, intercept, r2);
    }
}
