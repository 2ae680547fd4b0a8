package nnshell.research;

import java.util.List;

import nnshell.dsl.Model;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/**
 * How much a tabular model's output moves when its inputs move: one-at-a-time perturbation,
 * partial dependence, and saliency (the gradient of the output with respect to the inputs).
 * Inputs are [rows, features]; the output looked at is a column of the model's predictions
 * ({@code -1}: each row's predicted class, or the only output).
 *
 * <pre>{@code Sensitivity.perturbation(model, x, names, -1)}</pre>
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /**
     * One-at-a-time perturbation: each feature in turn is moved by one standard deviation up
     * and down in every row, the others held; its score is the mean absolute change of the
     * output.
     *
     * <pre>{@code Sensitivity.perturbation(model, xTest, null, -1)}</pre>
     */
    public static FeatureScores perturbation(Model model, Tensor x, List<String> names,
            int output) {
        Tabular.requireMatrix(x, "x");
        List<String> n = Names.check(names, x.shape(1));
        Tensor base = Outputs.predict(model, x);
        int[] cols = Outputs.columns(base, output);
        double[] y0 = Outputs.pick(base, cols);
        double[] std = Tabular.std(x);
        double[] scores = new double[x.shape(1)];
        for (int j = 0; j < scores.length; j++) {
            double[] up = Outputs.pick(Outputs.predict(model, Tabular.shifted(x, j, std[j])), cols);
            double[] down = Outputs.pick(
                    Outputs.predict(model, Tabular.shifted(x, j, -std[j])), cols);
            scores[j] = (meanAbsDiff(up, y0) + meanAbsDiff(down, y0)) / 2;
        }
        return new FeatureScores(Msg.text("method.perturbation"), n, scores);
    }

    /**
     * Partial dependence on column {@code feature}: the mean output over all rows of {@code x}
     * with that column set to each of {@code points} values evenly spread from its minimum to
     * its maximum.
     *
     * <pre>{@code Sensitivity.partialDependence(model, x, 3, 20, "absences", -1)}</pre>
     */
    public static PartialDependence partialDependence(Model model, Tensor x, int feature,
            int points, String name, int output) {
        Tabular.requireMatrix(x, "x");
        Tabular.requireFeature(x, feature);
        if (points < 2) {
            throw Msg.bad("pd.points", points);
        }
        int[] cols = Outputs.columns(Outputs.predict(model, x), output);
        double[] grid = grid(x, feature, points);
        double[] values = new double[points];
        for (int g = 0; g < points; g++) {
            Tensor swept = Tabular.withColumn(x, feature, grid[g]);
            values[g] = mean(Outputs.pick(Outputs.predict(model, swept), cols));
        }
        return new PartialDependence(name == null ? "x" + feature : name, grid, values);
    }

    /**
     * Features ranked by the range of their partial-dependence curves (20 points each).
     *
     * <pre>{@code Sensitivity.partialDependenceRanking(model, x, names, -1)}</pre>
     */
    public static FeatureScores partialDependenceRanking(Model model, Tensor x,
            List<String> names, int output) {
        Tabular.requireMatrix(x, "x");
        List<String> n = Names.check(names, x.shape(1));
        double[] scores = new double[x.shape(1)];
        for (int j = 0; j < scores.length; j++) {
            scores[j] = partialDependence(model, x, j, 20, n.get(j), output).range();
        }
        return new FeatureScores(Msg.text("method.pd"), n, scores);
    }

    /**
     * Saliency: the mean absolute gradient of the output with respect to each input feature,
     * over the rows of {@code x}: backpropagated through a {@link Sequential}, by central
     * differences of the predictions for any other model.
     *
     * <pre>{@code Sensitivity.saliency(model, x, names, -1)}</pre>
     */
    public static FeatureScores saliency(Model model, Tensor x, List<String> names,
            int output) {
        Tabular.requireMatrix(x, "x");
        List<String> n = Names.check(names, x.shape(1));
        Tensor g = inputGradient(model, x, output);
        int d = x.shape(1);
        double[] scores = new double[d];
        for (int i = 0; i < x.shape(0); i++) {
            for (int j = 0; j < d; j++) {
                scores[j] += Math.abs(g.data()[i * d + j]) / x.shape(0);
            }
        }
        return new FeatureScores(Msg.text("method.saliency"), n, scores);
    }

    /**
     * The gradient of the chosen output with respect to every input value, same shape as
     * {@code x} (any rank; rows first): by backpropagation through a {@link Sequential}, by
     * central differences of the predictions for any other model.
     *
     * <pre>{@code Tensor g = Sensitivity.inputGradient(model, x, -1);}</pre>
     */
    public static Tensor inputGradient(Model model, Tensor x, int output) {
        if (model instanceof Sequential s) {
            return Backprop.inputGradient(s, x, output);
        }
        return finiteDifferences(model, x, output);
    }

    static Tensor finiteDifferences(Model model, Tensor x, int output) {
        int[] cols = Outputs.columns(Outputs.predict(model, x), output);
        int rows = x.shape(0);
        int per = x.size() / rows;
        double h = 1e-4 * Math.max(1e-3, rms(x.data()));
        Tensor grad = Tensor.zeros(x.shape());
        for (int j = 0; j < per; j++) {
            // one batched pair of predictions per input position, all rows at once
            double[] up = Outputs.pick(Outputs.predict(model, nudged(x, j, per, h)), cols);
            double[] down = Outputs.pick(Outputs.predict(model, nudged(x, j, per, -h)), cols);
            for (int i = 0; i < rows; i++) {
                grad.data()[i * per + j] = (up[i] - down[i]) / (2 * h);
            }
        }
        return grad;
    }

    private static Tensor nudged(Tensor x, int j, int per, double h) {
        Tensor c = x.copy();
        for (int i = 0; i < x.shape(0); i++) {
            c.data()[i * per + j] += h;
        }
        return c;
    }

    static double[] grid(Tensor x, int feature, int points) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int d = x.shape(1);
        for (int i = 0; i < x.shape(0); i++) {
            lo = Math.min(lo, x.data()[i * d + feature]);
            hi = Math.max(hi, x.data()[i * d + feature]);
        }
        double[] grid = new double[points];
        for (int g = 0; g < points; g++) {
            grid[g] = lo + (hi - lo) * g / (points - 1);
        }
        return grid;
    }

    private static double meanAbsDiff(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] - b[i]);
        }
        return s / a.length;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double rms(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s / Math.max(1, v.length));
    }
}
