package nnshell.dsl;

import java.util.Arrays;
import java.util.Optional;

/**
 * One artificial neuron: a weighted sum of its inputs plus a bias, passed through an
 * activation. The bias is weight w0 on a constant input 1, so {@code weights[0]} is the bias
 * and {@code weights[i]} multiplies input i.
 *
 * <p>A McCulloch-Pitts neuron uses the step activation: it fires (1) when
 * {@code w0 + w1 x1 + ... >= 0}. AND, OR and NOT are such neurons; XOR is not, and no
 * weights can make it one. Suppose a step neuron computed XOR. Input (0,0) must give 0, so
 * w0 &lt; 0. Inputs (1,0) and (0,1) must give 1, so w0 + w1 &gt;= 0 and w0 + w2 &gt;= 0; adding
 * them, w1 + w2 &gt;= -2 w0. Input (1,1) must give 0, so w1 + w2 &lt; -w0. Together
 * -2 w0 &lt; -w0, that is w0 &gt; 0, which contradicts w0 &lt; 0. {@link #search} shows the same
 * by trying every weight on a grid and finding none.
 *
 * <pre>{@code Neuron.and().output(1, 1)  // 1.0}</pre>
 */
public final class Neuron implements Model {
    private final double[] weights;
    private final Activation activation;

    /** A neuron with {@code weights[0]} as bias w0 and the rest for the inputs. */
    public Neuron(Activation activation, double... weights) {
        if (weights.length < 2) {
            throw new IllegalArgumentException(Msg.text("neuron.weights", weights.length));
        }
        this.activation = activation;
        this.weights = weights.clone();
    }

    /** As above with the activation by name. Example: {@code new Neuron("sigmoid", -1, 2, 2)}. */
    public Neuron(String activation, double... weights) {
        this(Activation.of(activation), weights);
    }

    /** A McCulloch-Pitts neuron: fires when the weighted inputs reach {@code threshold}. */
    public static Neuron mcCullochPitts(double threshold, double... inputWeights) {
        double[] w = new double[inputWeights.length + 1];
        w[0] = -threshold;
        System.arraycopy(inputWeights, 0, w, 1, inputWeights.length);
        return new Neuron(Activation.STEP, w);
    }

    /** AND of two inputs 0/1: fires when both are 1 (threshold 2). */
    public static Neuron and() {
        return mcCullochPitts(2, 1, 1);
    }

    /** OR of two inputs 0/1: fires when either is 1 (threshold 1). */
    public static Neuron or() {
        return mcCullochPitts(1, 1, 1);
    }

    /** NOT of one input 0/1: weight -1, threshold 0. */
    public static Neuron not() {
        return mcCullochPitts(0, -1);
    }

    /** Number of inputs (without the constant 1). */
    public int inputs() {
        return weights.length - 1;
    }

    /** The weights, bias w0 first (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    /** The activation. */
    public Activation activation() {
        return activation;
    }

    /** w0 + w1 x1 + ... + wn xn. Example: {@code n.weightedSum(1, 0)}. */
    public double weightedSum(double... x) {
        if (x.length != inputs()) {
            throw new IllegalArgumentException(Msg.text("neuron.inputs", toString(),
                    x.length, inputs()));
        }
        double s = weights[0];
        for (int i = 0; i < x.length; i++) {
            s += weights[i + 1] * x[i];
        }
        return s;
    }

    /** The activation of the weighted sum. Example: {@code Neuron.or().output(0, 1)}. */
    public double output(double... x) {
        return activation.apply(weightedSum(x));
    }

    /** One output per row of {@code inputs} [N, inputs], shape [N, 1]. */
    @Override
    public Tensor predict(Tensor inputs) {
        inputs.requireRank(2, "Neuron.predict");
        double[][] rows = inputs.toArray2();
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = output(rows[r]);
        }
        return Tensor.wrap(out, rows.length, 1);
    }

    /** The outputs for every 0/1 combination of the inputs, one line each. */
    public String truthTable() {
        StringBuilder sb = new StringBuilder();
        int n = inputs();
        for (int bits = 0; bits < (1 << n); bits++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (bits >> (n - 1 - i)) & 1;
            }
            sb.append(Arrays.toString(x)).append(" -> ").append(TensorFormat.number(output(x)))
                    .append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /**
     * A step neuron that maps every row of {@code x} to its label in {@code y} (0 or 1), with
     * weights tried on the grid from {@code -range} to {@code range} in steps of {@code step};
     * empty if none does (as for XOR). Example: {@code Neuron.search(x, y, 2, 0.5)}.
     */
    public static Optional<Neuron> search(Tensor x, Tensor y, double range, double step) {
        x.requireRank(2, "Neuron.search");
        int n = x.shape(1) + 1;
        int points = (int) Math.round(2 * range / step) + 1;
        double[][] rows = x.toArray2();
        int[] idx = new int[n];
        long total = (long) Math.pow(points, n);
        for (long t = 0; t < total; t++) {
            long rest = t;
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                idx[i] = (int) (rest % points);
                rest /= points;
                w[i] = -range + idx[i] * step;
            }
            Neuron candidate = new Neuron(Activation.STEP, w);
            if (fits(candidate, rows, y.data())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean fits(Neuron neuron, double[][] rows, double[] y) {
        for (int r = 0; r < rows.length; r++) {
            if (neuron.output(rows[r]) != y[r]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Neuron(").append(activation.name())
                .append(", w0=").append(TensorFormat.number(weights[0])).append(", w=[");
        for (int i = 1; i < weights.length; i++) {
            sb.append(i > 1 ? ", " : "").append(TensorFormat.number(weights[i]));
        }
        return sb.append("])").toString();
    }
}
