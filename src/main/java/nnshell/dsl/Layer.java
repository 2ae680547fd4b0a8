package nnshell.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One step of a network: it maps a batch to a batch, remembers what its backward pass needs,
 * and owns its parameters. Shapes below are per example; the batch is the first dimension.
 *
 * <p>{@link #backward(Tensor)} takes the gradient of the loss with respect to this layer's
 * output, adds the gradients of its parameters into their {@code grad()} tensors, and returns
 * the gradient with respect to its input.
 *
 * <pre>{@code Tensor out = Dense(3, "relu").forward(x);}</pre>
 */
public abstract class Layer implements Model {
    private String name;
    private int[] inputShape;
    private int[] outputShape;
    boolean needsInputGrad = true;

    /** The layer's name in its model, such as {@code dense_1}; its type until it joins one. */
    public String name() {
        return name == null ? type().toLowerCase(java.util.Locale.ROOT) : name;
    }

    void rename(String newName) {
        name = newName;
        for (Parameter p : parameters()) {
            p.rename(newName + "/" + p.name().substring(p.name().indexOf('/') + 1));
        }
    }

    /** The layer's type as Keras names it: Dense, Conv2D, ... */
    public String type() {
        return getClass().getSimpleName();
    }

    /** Whether the input shape is known and the parameters exist. */
    public boolean built() {
        return outputShape != null;
    }

    /** Shape of one input example, such as [2] or [1, 8, 8]; null until built. */
    public int[] inputShape() {
        return inputShape == null ? null : inputShape.clone();
    }

    /** Shape of one output example; null until built. */
    public int[] outputShape() {
        return outputShape == null ? null : outputShape.clone();
    }

    /** Creates the parameters for inputs of shape {@code input} (per example). */
    public final void build(int[] input, Random rng) {
        int[] out = doBuild(input.clone(), rng);
        inputShape = input.clone();
        outputShape = out;
    }

    /** Builds for {@code input} and returns the output shape; fails with a sentence if wrong. */
    abstract int[] doBuild(int[] input, Random rng);

    /** The trainable parameters, weights first (empty for layers without any). */
    public List<Parameter> parameters() {
        return List.of();
    }

    /** Number of trainable values. */
    public int countParams() {
        return parameters().stream().mapToInt(Parameter::size).sum();
    }

    /**
     * The outputs for a batch, remembering what {@link #backward} needs; {@code training}
     * switches Dropout on. Builds the layer first if needed. Example: {@code d.forward(x, true)}.
     */
    public Tensor forward(Tensor x, boolean training) {
        ensureBuilt(x);
        return forwardShared(x, training).copy();
    }

    /** The outputs for a batch in training mode. Example: {@code layer.forward(x)}. */
    public Tensor forward(Tensor x) {
        return forward(x, true);
    }

    /** The outputs for a batch in inference mode (no Dropout). */
    @Override
    public Tensor predict(Tensor x) {
        return forward(x, false);
    }

    /** The gradient with respect to the input of the last forward, given the output's. */
    public Tensor backward(Tensor gradOutput) {
        if (!built()) {
            throw new IllegalStateException(Msg.text("layer.backward.first", describe()));
        }
        boolean keep = needsInputGrad;
        needsInputGrad = true;
        try {
            return backwardShared(gradOutput).copy();
        } finally {
            needsInputGrad = keep;
        }
    }

    /** Forward pass whose result may be a buffer reused by the next call. */
    abstract Tensor forwardShared(Tensor x, boolean training);

    /** Backward pass whose result may be a reused buffer (or null if no input grad needed). */
    abstract Tensor backwardShared(Tensor gradOutput);

    void ensureBuilt(Tensor x) {
        if (!built()) {
            if (x.rank() < 1) {
                throw new IllegalArgumentException(Msg.text("layer.input.rank", describe(),
                        Arrays.toString(x.shape())));
            }
            build(Arrays.copyOfRange(x.shape(), 1, x.rank()), Seeds.next());
        }
        checkInput(x);
    }

    /** Throws a sentence naming this layer unless {@code x} is a batch of its input shape. */
    void checkInput(Tensor x) {
        int[] s = x.shape();
        if (s.length != inputShape.length + 1
                || !Arrays.equals(Arrays.copyOfRange(s, 1, s.length), inputShape)) {
            throw new IllegalArgumentException(Msg.text("layer.input.shape", describe(),
                    Arrays.toString(s), batchShape(inputShape)));
        }
    }

    /** A per-example shape written with the batch as N, such as [N, 4], for messages. */
    static String batchShape(int[] perExample) {
        StringBuilder sb = new StringBuilder("[N");
        for (int d : perExample) {
            sb.append(", ").append(d);
        }
        return sb.append(']').toString();
    }

    static double[] ensure(double[] buffer, int size) {
        return buffer != null && buffer.length == size ? buffer : new double[size];
    }

    /** A short description such as {@code Dense(4 -> 8, tanh)}. */
    public abstract String describe();

    @Override
    public String toString() {
        return describe();
    }
}
