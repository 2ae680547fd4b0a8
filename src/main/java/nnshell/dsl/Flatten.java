package nnshell.dsl;

import java.util.Random;

/**
 * Turns each example into one row of features: [N, C, H, W] becomes [N, C*H*W].
 *
 * <pre>{@code sequential(Input(1, 8, 8), Conv2D(8, 3), Flatten(), Dense(10, "softmax"))}</pre>
 */
public final class Flatten extends Layer {
    private int[] batchIn;

    @Override
    int[] doBuild(int[] input, Random rng) {
        int size = 1;
        for (int d : input) {
            size *= d;
        }
        return new int[] {size};
    }

    @Override
    Tensor forwardShared(Tensor x, boolean training) {
        batchIn = x.shape();
        return x.reshape(x.shape(0), outputShape()[0]);
    }

    @Override
    Tensor backwardShared(Tensor gradOutput) {
        return needsInputGrad ? gradOutput.reshape(batchIn) : null;
    }

    @Override
    public String describe() {
        return "Flatten()";
    }
}
