package nnshell.research;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import nnshell.dsl.Model;
import nnshell.dsl.Tensor;

/**
 * LIME: explains one prediction by sampling inputs near it, asking the model about them, and
 * fitting a weighted linear surrogate (weighted ridge regression) that is trusted most close
 * to the input. The surrogate's coefficients are the explanation; its weighted R^2 says how
 * well a straight line describes the model there. Seeded, so it reproduces.
 *
 * <pre>{@code Lime.tabular(model, xTrain, xTest, 0, names, -1, 1000, 42)}</pre>
 */
public final class Lime {
    private static final double LAMBDA = 1.0;

    private Lime() {
    }

    /**
     * Explains row {@code row} of {@code x}: {@code samples} points are drawn around it,
     * each feature moved by a normal step scaled by that feature's standard deviation in
     * {@code background}; a point's weight falls with its distance (kernel width 0.75 sqrt(d)
     * in standard deviations). Coefficients are the change of the output per standard
     * deviation of each feature.
     *
     * <pre>{@code Lime.tabular(model, xTrain, xTest, 3, names, -1, 1000, 42)}</pre>
     */
    public static LimeExplanation tabular(Model model, Tensor background, Tensor x, int row,
            List<String> names, int output, int samples, long seed) {
        Tabular.requireMatrix(background, "background");
        Tabular.requireMatrix(x, "x");
        requireRow(x, row);
        requireSamples(samples);
        int d = x.shape(1);
        List<String> n = Names.check(names, d);
        double[] std = Tabular.std(background);
        double[] at = Arrays.copyOfRange(x.data(), row * d, (row + 1) * d);

        double[][] steps = new double[samples][d];
        Tensor points = Tensor.zeros(samples, d);
        Random random = new Random(seed);
        for (int i = 1; i < samples; i++) {
            for (int j = 0; j < d; j++) {
                steps[i][j] = random.nextGaussian();
            }
        }
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < d; j++) {
                points.data()[i * d + j] = at[j] + steps[i][j] * std[j];
            }
        }
        Tensor predictions = Outputs.predict(model, points);
        int col = Outputs.columns(Outputs.predict(model, Tabular.row(x, row)), output)[0];
        double[] y = Outputs.pick(predictions, new int[] {col});
        double[] w = kernel(steps, new double[d], 0.75 * Math.sqrt(d));
        WeightedRidge.Fit fit = WeightedRidge.fit(steps, y, w, LAMBDA);
        return new LimeExplanation(new FeatureScores(Msg.text("method.lime"), n,
                fit.coefficients()), fit.intercept(), fit.r2(), y[0], col);
    }

    /**
     * Explains the model's output for one image: each sample keeps a random half of the
     * segments and fills the rest with the image's mean; a sample's weight falls with the
     * share of segments switched off (cosine distance, kernel width 0.25). Coefficients are
     * each segment's contribution to the output; the heat map paints them on the pixels.
     *
     * <pre>{@code Lime.image(model, image, Segments.grid(image, 4, 4), -1, 500, 42)}</pre>
     */
    public static LimeImage image(Model model, Tensor image, Segmentation segments, int output,
            int samples, long seed) {
        Images.requireImage(image);
        requireSamples(samples);
        requireSameSize(image, segments);
        int s = segments.count();
        double[][] on = new double[samples][s];
        Random random = new Random(seed);
        for (int i = 0; i < samples; i++) {
            for (int k = 0; k < s; k++) {
                on[i][k] = i == 0 || random.nextBoolean() ? 1 : 0;
            }
        }
        Tensor batch = masked(image, segments, on);
        Tensor predictions = Outputs.predict(model, batch);
        int col = Outputs.columns(Outputs.predict(model, Images.batchOf(image)), output)[0];
        double[] y = Outputs.pick(predictions, new int[] {col});
        double[] w = cosineKernel(on, 0.25);
        WeightedRidge.Fit fit = WeightedRidge.fit(on, y, w, LAMBDA);
        return new LimeImage(segments, fit.coefficients(), fit.intercept(), fit.r2(), y[0], col);
    }

    /** One copy of the image per row of {@code on}, segments that are off filled with the mean. */
    static Tensor masked(Tensor image, Segmentation segments, double[][] on) {
        int h = segments.height();
        int w = segments.width();
        int per = image.size();
        int planes = per / (h * w);
        double fill = Arrays.stream(image.data()).average().orElse(0);
        int[] shape = new int[image.rank() + 1];
        shape[0] = on.length;
        System.arraycopy(image.shape(), 0, shape, 1, image.rank());
        Tensor batch = Tensor.zeros(shape);
        double[] src = image.data();
        double[] dst = batch.data();
        for (int i = 0; i < on.length; i++) {
            for (int p = 0; p < planes; p++) {
                for (int r = 0; r < h; r++) {
                    for (int c = 0; c < w; c++) {
                        int o = p * h * w + r * w + c;
                        dst[i * per + o] = on[i][segments.segment(r, c)] > 0 ? src[o] : fill;
                    }
                }
            }
        }
        return batch;
    }

    /** exp(-distance^2 / width^2) of each row's Euclidean distance from {@code centre}. */
    private static double[] kernel(double[][] points, double[] centre, double width) {
        double[] w = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double d2 = 0;
            for (int j = 0; j < centre.length; j++) {
                d2 += (points[i][j] - centre[j]) * (points[i][j] - centre[j]);
            }
            w[i] = Math.exp(-d2 / (width * width));
        }
        return w;
    }

    /** The same kernel on the cosine distance of each on/off row from "all on". */
    private static double[] cosineKernel(double[][] on, double width) {
        double[] w = new double[on.length];
        for (int i = 0; i < on.length; i++) {
            double kept = Arrays.stream(on[i]).sum();
            double cosine = kept == 0 ? 0 : kept / Math.sqrt(kept * on[i].length);
            double d = 1 - cosine;
            w[i] = Math.exp(-d * d / (width * width));
        }
        return w;
    }

    private static void requireRow(Tensor x, int row) {
        if (row < 0 || row >= x.shape(0)) {
            throw Msg.bad("lime.row", row, x.shape(0));
        }
    }

    private static void requireSamples(int samples) {
        if (samples < 10) {
            throw Msg.bad("lime.samples", samples);
        }
    }

    private static void requireSameSize(Tensor image, Segmentation s) {
        if (Images.height(image) != s.height() || Images.width(image) != s.width()) {
            throw Msg.bad("lime.segments", s.height(), s.width(),
                    Arrays.toString(image.shape()));
        }
    }
}
