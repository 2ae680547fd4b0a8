package nnshell.research;

import java.util.Locale;

/**
 * LIME's answer for one image: a coefficient per segment, the surrogate's intercept and
 * weighted R^2, and a heat map that paints each pixel with its segment's coefficient.
 *
 * <pre>{@code Lime.image(model, img, Segments.grid(img, 4, 4), -1, 500, 42).heatmap()}</pre>
 */
public record LimeImage(Segmentation segments, double[] weights, double intercept, double r2,
        double modelOutput, int output) {

    /** Each pixel painted with its segment's coefficient. */
    public Heatmap heatmap() {
        return segments.paint(weights);
    }

    /** The heat map and the fit quality. */
    @Override
    public String toString() {
        return heatmap() + "\n" + String.format(Locale.ROOT, Msg.text("lime.summary"), output,
                modelOutput, intercept, r2);
    }
}
