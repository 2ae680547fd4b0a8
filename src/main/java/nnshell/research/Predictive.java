package nnshell.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nnshell.dsl.Tensor;

/**
 * What several stochastic predictions of the same inputs say together (from an ensemble or
 * from Monte Carlo dropout): the predictive mean and variance per output, and per row the
 * total variance, the entropy of the mean, and how much of that entropy comes from the
 * passes disagreeing (mutual information).
 *
 * <pre>{@code Uncertainty.ensemble(models, x).leastCertain(5)}</pre>
 */
public final class Predictive {
    private final Tensor mean;
    private final Tensor variance;
    private final double[] totalVariance;
    private final double[] entropy;
    private final double[] mutualInformation;
    private final int passes;

    private Predictive(Tensor mean, Tensor variance, double[] entropy, double[] expectedEntropy,
            int passes) {
        this.mean = mean;
        this.variance = variance;
        this.passes = passes;
        int n = mean.shape(0);
        int k = mean.size() / n;
        this.totalVariance = new double[n];
        this.entropy = entropy;
        this.mutualInformation = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                totalVariance[i] += variance.data()[i * k + j];
            }
            mutualInformation[i] = Math.max(0, entropy[i] - expectedEntropy[i]);
        }
    }

    /** Summarises predictions of the same rows, one tensor per pass, all of one shape. */
    public static Predictive of(List<Tensor> predictions) {
        if (predictions.size() < 2) {
            throw Msg.bad("uncertainty.passes", predictions.size());
        }
        int[] shape = predictions.get(0).shape();
        for (Tensor p : predictions) {
            if (!Arrays.equals(p.shape(), shape)) {
                throw Msg.bad("uncertainty.shapes", Arrays.toString(shape),
                        Arrays.toString(p.shape()));
            }
        }
        int n = shape[0];
        int size = predictions.get(0).size();
        Tensor mean = Tensor.zeros(shape);
        Tensor var = Tensor.zeros(shape);
        double[] expectedEntropy = new double[n];
        for (Tensor p : predictions) {
            for (int i = 0; i < size; i++) {
                mean.data()[i] += p.data()[i] / predictions.size();
            }
            addEntropy(p, expectedEntropy, 1.0 / predictions.size());
        }
        for (Tensor p : predictions) {
            for (int i = 0; i < size; i++) {
                double e = p.data()[i] - mean.data()[i];
                var.data()[i] += e * e / (predictions.size() - 1);
            }
        }
        double[] entropy = new double[n];
        addEntropy(mean, entropy, 1);
        return new Predictive(mean, var, entropy, expectedEntropy, predictions.size());
    }

    /** Predictive mean, the shape of one prediction. */
    public Tensor mean() {
        return mean;
    }

    /** Sample variance over the passes of each output, the shape of one prediction. */
    public Tensor variance() {
        return variance;
    }

    /** Per row: the variance summed over outputs. */
    public double[] totalVariance() {
        return totalVariance.clone();
    }

    /**
     * Per row: entropy (in nats) of the mean prediction read as class probabilities (one
     * column p is read as [1 - p, p]); NaN when the outputs are not probabilities.
     */
    public double[] entropy() {
        return entropy.clone();
    }

    /** Per row: entropy of the mean minus the mean entropy of each pass (disagreement). */
    public double[] mutualInformation() {
        return mutualInformation.clone();
    }

    /** Number of passes (models or dropout samples). */
    public int passes() {
        return passes;
    }

    /**
     * The {@code count} rows whose predictions vary most between passes (largest total
     * variance), most uncertain first.
     *
     * <pre>{@code Uncertainty.mcDropout(model, x, 50).leastCertain(10)}</pre>
     */
    public List<Integer> leastCertain(int count) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < totalVariance.length; i++) {
            rows.add(i);
        }
        rows.sort(Comparator.comparingDouble((Integer i) -> -totalVariance[i]));
        return rows.subList(0, Math.min(count, rows.size()));
    }

    /** A table of the least certain rows (at most ten). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Msg.text("uncertainty.header", passes,
                totalVariance.length)).append('\n');
        sb.append(Msg.text("uncertainty.columns")).append('\n');
        int k = mean.size() / mean.shape(0);
        for (int i : leastCertain(10)) {
            sb.append(String.format(Locale.ROOT, "%6d  %10.4f  %10.4f  %8.4f  %8.4f%n", i,
                    mean.data()[i * k + (k == 1 ? 0 : Outputs.argmax(mean.data(), i * k, k))],
                    totalVariance[i], entropy[i], mutualInformation[i]));
        }
        return sb.toString().stripTrailing();
    }

    /** Adds {@code scale} times the entropy of each row of {@code p} to {@code into}. */
    private static void addEntropy(Tensor p, double[] into, double scale) {
        int n = p.shape(0);
        int k = p.size() / n;
        for (int i = 0; i < n; i++) {
            double h = 0;
            if (k == 1) {
                h = term(p.data()[i]) + term(1 - p.data()[i]);
            } else {
                for (int j = 0; j < k; j++) {
                    h += term(p.data()[i * k + j]);
                }
            }
            into[i] += scale * h;
        }
    }

    private static double term(double q) {
        if (!(q >= -1e-12 && q <= 1 + 1e-12)) {
            return Double.NaN;
        }
        return q <= 0 ? 0 : -q * Math.log(q);
    }
}
