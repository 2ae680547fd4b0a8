package nnshell.research;

import java.util.List;

import nnshell.dsl.Model;
import nnshell.dsl.Seeds;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;
import nnshell.plot.Chart;

/**
 * Short calls for the shell that explain a model's predictions: which features matter
 * (perturbation, saliency, partial dependence, LIME) and which pixels matter (image LIME,
 * Grad-CAM), and how two image explanations compare. Random parts draw from the session's seed.
 *
 * <pre>{@code Explain.lime(model, xTrain, xTest, 0)}</pre>
 */
public final class Explain {

    private Explain() {
    }

    /**
     * Features ranked by one-at-a-time perturbation (mean output change for +/- 1 std).
     *
     * <pre>{@code Explain.perturbation(model, xTest)}</pre>
     */
    public static FeatureScores perturbation(Model model, Tensor x) {
        return Sensitivity.perturbation(model, x, null, Outputs.PREDICTED);
    }

    /** Perturbation with feature names. Example: {@code Explain.perturbation(model, x, names)}. */
    public static FeatureScores perturbation(Model model, Tensor x, List<String> names) {
        return Sensitivity.perturbation(model, x, names, Outputs.PREDICTED);
    }

    /**
     * Features ranked by saliency: mean |gradient of the output w.r.t. the input|.
     *
     * <pre>{@code Explain.saliency(model, xTest, names)}</pre>
     */
    public static FeatureScores saliency(Model model, Tensor x, List<String> names) {
        return Sensitivity.saliency(model, x, names, Outputs.PREDICTED);
    }

    /** Saliency with default names x0, x1 ... Example: {@code Explain.saliency(model, x)}. */
    public static FeatureScores saliency(Model model, Tensor x) {
        return saliency(model, x, null);
    }

    /**
     * A saliency map of one image ([h, w] or [channels, h, w]): |gradient of the predicted
     * class's output| at each pixel, summed over channels.
     *
     * <pre>{@code Explain.saliencyMap(model, image)}</pre>
     */
    public static Heatmap saliencyMap(Model model, Tensor image) {
        Images.requireImage(image);
        Tensor batch = image.rank() == 2
                ? image.copy().reshape(1, 1, image.shape(0), image.shape(1))
                : Images.batchOf(image);
        Tensor g = Sensitivity.inputGradient(model, batch, Outputs.PREDICTED);
        int h = Images.height(image);
        int w = Images.width(image);
        double[][] map = new double[h][w];
        for (int i = 0; i < g.size(); i++) {
            map[(i / w) % h][i % w] += Math.abs(g.data()[i]);
        }
        return new Heatmap(map);
    }

    /**
     * The mean output as column {@code feature} sweeps 20 values from its minimum to maximum.
     *
     * <pre>{@code Explain.partialDependence(model, x, 2)}</pre>
     */
    public static PartialDependence partialDependence(Model model, Tensor x, int feature) {
        return Sensitivity.partialDependence(model, x, feature, 20, null, Outputs.PREDICTED);
    }

    /**
     * Partial dependence on the feature called {@code feature} among {@code names}.
     *
     * <pre>{@code Explain.partialDependence(model, x, "absences", names)}</pre>
     */
    public static PartialDependence partialDependence(Model model, Tensor x, String feature,
            List<String> names) {
        List<String> n = Names.check(names, x.rank() == 2 ? x.shape(1) : 0);
        int j = n.indexOf(feature);
        if (j < 0) {
            throw Msg.bad("feature.unknown", feature, Names.nearest(feature, n), n);
        }
        return Sensitivity.partialDependence(model, x, j, 20, feature, Outputs.PREDICTED);
    }

    /**
     * LIME for row {@code row} of {@code x}: 1000 samples around it, scaled by the spread of
     * {@code background} (usually the training inputs).
     *
     * <pre>{@code Explain.lime(model, xTrain, xTest, 0)}</pre>
     */
    public static LimeExplanation lime(Model model, Tensor background, Tensor x, int row) {
        return lime(model, background, x, row, null);
    }

    /** LIME with feature names. Example: {@code Explain.lime(model, xTrain, xTest, 0, names)}. */
    public static LimeExplanation lime(Model model, Tensor background, Tensor x, int row,
            List<String> names) {
        return Lime.tabular(model, background, x, row, names, Outputs.PREDICTED, 1000,
                Seeds.get());
    }

    /**
     * LIME for one image ([h, w] or [channels, h, w]) over a 4x4 grid of patches, 500 samples,
     * explaining the class the model predicts.
     *
     * <pre>{@code Explain.limeImage(model, image).heatmap()}</pre>
     */
    public static LimeImage limeImage(Model model, Tensor image) {
        return limeImage(model, image, Segments.grid(image, 4, 4));
    }

    /** Image LIME over the given segments. Example: {@code Explain.limeImage(m, img, segs)}. */
    public static LimeImage limeImage(Model model, Tensor image, Segmentation segments) {
        return Lime.image(model, image, segments, Outputs.PREDICTED, 500, Seeds.get());
    }

    /**
     * Grad-CAM of the class the model predicts for {@code image}, on its last convolutional
     * layer: a heat map of where the model looked.
     *
     * <pre>{@code Explain.gradCam(model, image)}</pre>
     */
    public static Heatmap gradCam(Sequential model, Tensor image) {
        return GradCam.of(model, image, Outputs.PREDICTED);
    }

    /**
     * Grad-CAM on the layer called {@code layer} (its name in {@code model.summary()}).
     *
     * <pre>{@code Explain.gradCam(model, "conv2_d_1", image)}</pre>
     */
    public static Heatmap gradCam(Sequential model, String layer, Tensor image) {
        return GradCam.of(model, layer, image, Outputs.PREDICTED);
    }

    /**
     * LIME and Grad-CAM of the same image side by side (4x4 patches, top quarter of pixels
     * compared): the picture and their agreement.
     *
     * <pre>{@code Explain.limeVsGradCam(model, image).agreement()}</pre>
     */
    public static Comparison limeVsGradCam(Sequential model, Tensor image) {
        return compare(image, "LIME", limeImage(model, image).heatmap(), "Grad-CAM",
                gradCam(model, image), 0.25);
    }

    /**
     * Draws the image beside itself with the heat map over it in red, shown where charts go.
     *
     * <pre>{@code Explain.show(image, Explain.gradCam(model, image), "Grad-CAM")}</pre>
     */
    public static Chart show(Tensor image, Heatmap heat, String title) {
        if (heat.height() != Images.height(image) || heat.width() != Images.width(image)) {
            throw Msg.bad("heatmap.size", heat.height(), heat.width(), Images.height(image),
                    Images.width(image));
        }
        return Figure.pictures(title, Msg.text("compare.kind"),
                Overlay.image(image, Msg.text("compare.image")),
                Overlay.withHeat(image, heat, title));
    }

    /**
     * Draws the image and two explanations of it side by side, saves the picture, and
     * measures their agreement: IoU of their top {@code fraction} of pixels.
     *
     * <pre>{@code Explain.compare(image, "LIME", lime.heatmap(), "Grad-CAM", cam, 0.25)}</pre>
     */
    public static Comparison compare(Tensor image, String firstName, Heatmap first,
            String secondName, Heatmap second, double fraction) {
        double iou = first.iou(second, fraction);
        Chart picture = Figure.pictures(Msg.text("compare.title"), Msg.text("compare.kind"),
                Overlay.image(image, Msg.text("compare.image")),
                Overlay.withHeat(image, first, firstName),
                Overlay.withHeat(image, second, secondName));
        return new Comparison(firstName, secondName, fraction, iou, picture);
    }
}
