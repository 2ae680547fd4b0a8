package nnshell.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A fully connected layer: {@code output = activation(input . kernel + bias)}, input [N, in],
 * kernel [in, units], bias [units], output [N, units].
 *
 * <pre>{@code Dense(8, "tanh")}</pre>
 */
public final class Dense extends Layer {
    private final int units;
    private final Activation activation;
    private Initializer kernelInit = Initializer.glorotUniform();
    private Initializer biasInit = Initializer.zeros();
    private Parameter kernel;
    private Parameter bias;
    private int in = -1;
    private Tensor input;
    private double[] z;
    private double[] a;
    private double[] gz;
    private double[] gx;
    private int rows;

    /** A layer of {@code units} neurons with the given activation. */
    public Dense(int units, Activation activation) {
        if (units < 1) {
            throw new IllegalArgumentException(Msg.text("dense.units", units));
        }
        this.units = units;
        this.activation = activation == null ? Activation.LINEAR : activation;
    }

    /** A layer of {@code units} neurons with the activation named, such as "relu". */
    public Dense(int units, String activation) {
        this(units, Activation.of(activation));
    }

    /** A layer of {@code units} neurons without activation (linear). */
    public Dense(int units) {
        this(units, Activation.LINEAR);
    }

    /** Uses {@code init} for the kernel (default Glorot uniform); returns this layer. */
    public Dense kernelInitializer(Initializer init) {
        kernelInit = init;
        return this;
    }

    /** Uses {@code init} for the bias (default zeros); returns this layer. */
    public Dense biasInitializer(Initializer init) {
        biasInit = init;
        return this;
    }

    /** Number of neurons. */
    public int units() {
        return units;
    }

    /** The activation. */
    public Activation activation() {
        return activation;
    }

    /** The weights [in, units] (null until built). */
    public Parameter kernel() {
        return kernel;
    }

    /** The biases [units] (null until built). */
    public Parameter bias() {
        return bias;
    }

    @Override
    int[] doBuild(int[] input, Random rng) {
        if (input.length != 1) {
            throw new IllegalArgumentException(Msg.text("dense.input.rank", describe(),
                    batchShape(input)));
        }
        in = input[0];
        kernel = new Parameter(name() + "/kernel", Tensor.zeros(in, units));
        bias = new Parameter(name() + "/bias", Tensor.zeros(units));
        kernelInit.fill(kernel.value().data(), in, units, rng);
        biasInit.fill(bias.value().data(), in, units, rng);
        return new int[] {units};
    }

    /** Draws the weights again from {@code rng}, as at build time. */
    void reinitialize(Random rng) {
        kernelInit.fill(kernel.value().data(), in, units, rng);
        biasInit.fill(bias.value().data(), in, units, rng);
    }

    @Override
    public List<Parameter> parameters() {
        return kernel == null ? List.of() : List.of(kernel, bias);
    }

    @Override
    void checkInput(Tensor x) {
        if (x.rank() == 1 && x.shape(0) == in) {
            // one example given as a vector: the layer wants a batch of rows
            throw new IllegalArgumentException(Msg.text("dense.input.vector", describe(),
                    Arrays.toString(x.shape()), in));
        }
        if (x.rank() != 2 || x.shape(1) != in) {
            throw new IllegalArgumentException(Msg.text("dense.input.shape", describe(),
                    Arrays.toString(x.shape()), in));
        }
    }

    @Override
    Tensor forwardShared(Tensor x, boolean training) {
        rows = x.shape(0);
        input = x;
        int size = rows * units;
        z = ensure(z, size);
        a = ensure(a, size);
        Linalg.gemm(false, false, rows, units, in, x.data(), kernel.value().data(), z, false);
        double[] b = bias.value().data();
        for (int r = 0; r < size; r += units) {
            for (int j = 0; j < units; j++) {
                z[r + j] += b[j];
            }
        }
        activation.forward(z, a, size, units);
        return Tensor.wrap(a, rows, units);
    }

    /** The weighted sums of the last forward, before the activation (shared buffer). */
    double[] logits() {
        return z;
    }

    /** The outputs of the last forward (shared buffer). */
    double[] outputs() {
        return a;
    }

    @Override
    Tensor backwardShared(Tensor gradOutput) {
        if (gradOutput.size() != rows * units) {
            throw new IllegalArgumentException(Msg.text("layer.grad.shape", describe(),
                    Arrays.toString(gradOutput.shape()), Arrays.toString(new int[] {rows, units})));
        }
        gz = ensure(gz, rows * units);
        activation.backward(z, a, gradOutput.data(), gz, rows * units, units);
        return backwardFromLogits(gz);
    }

    /** Backward from the gradient with respect to the weighted sums (the fused loss uses it). */
    Tensor backwardFromLogits(double[] gradZ) {
        Linalg.gemm(true, false, in, units, rows, input.data(), gradZ, kernel.grad().data(), true);
        double[] gb = bias.grad().data();
        for (int r = 0; r < rows * units; r += units) {
            for (int j = 0; j < units; j++) {
                gb[j] += gradZ[r + j];
            }
        }
        if (!needsInputGrad) {
            return null;
        }
        gx = ensure(gx, rows * in);
        Linalg.gemm(false, true, rows, in, units, gradZ, kernel.value().data(), gx, false);
        return Tensor.wrap(gx, rows, in);
    }

    @Override
    public String describe() {
        String act = activation == Activation.LINEAR ? "" : ", " + activation.name();
        return in < 0 ? "Dense(" + units + act + ")" : "Dense(" + in + " -> " + units + act + ")";
    }
}
