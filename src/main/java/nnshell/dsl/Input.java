package nnshell.dsl;

import java.util.Arrays;

/**
 * The shape of one input example, given first to a model so it can be built at once.
 *
 * <pre>{@code new Sequential(Input(2), Dense(8, "tanh"), Dense(1, "sigmoid"))}</pre>
 */
public final class Input extends Layer {
    private final int[] shape;

    /** Examples of the given shape: {@code Input(2)} for 2 features, {@code Input(1, 8, 8)}. */
    public Input(int... shape) {
        if (shape.length == 0 || Arrays.stream(shape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException(Msg.text("input.shape", Arrays.toString(shape)));
        }
        this.shape = shape.clone();
    }

    /** The shape of one example. */
    public int[] shape() {
        return shape.clone();
    }

    @Override
    int[] doBuild(int[] input, java.util.Random rng) {
        return shape.clone();
    }

    @Override
    Tensor forwardShared(Tensor x, boolean training) {
        return x;
    }

    @Override
    Tensor backwardShared(Tensor gradOutput) {
        return gradOutput;
    }

    @Override
    public String describe() {
        return "Input" + Arrays.toString(shape);
    }
}
