package nnshell.dsl;

import java.util.Random;

/**
 * While training, sets each value to zero with probability {@code rate} and scales the rest by
 * 1 / (1 - rate); at inference it passes values through unchanged.
 *
 * <pre>{@code Dropout(0.5)}</pre>
 */
public final class Dropout extends Layer {
    private final double rate;
    private Random rng;
    private double[] mask;
    private double[] out;
    private double[] gx;
    private int[] shape;

    /** Drops each value with probability {@code rate}, in [0, 1). */
    public Dropout(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException(Msg.text("dropout.rate", rate));
        }
        this.rate = rate;
    }

    /** The probability of dropping a value. */
    public double rate() {
        return rate;
    }

    @Override
    int[] doBuild(int[] input, Random random) {
        rng = random;
        return input;
    }

    /** Uses a generator drawn from {@code random} for the masks from now on. */
    void reseed(Random random) {
        rng = random;
    }

    @Override
    Tensor forwardShared(Tensor x, boolean training) {
        shape = x.shape();
        if (!training || rate == 0) {
            mask = null;
            return x;
        }
        int n = x.size();
        mask = ensure(mask, n);
        out = ensure(out, n);
        double keep = 1 - rate;
        double[] in = x.data();
        for (int i = 0; i < n; i++) {
            mask[i] = rng.nextDouble() < rate ? 0 : 1 / keep;
            out[i] = in[i] * mask[i];
        }
        return Tensor.wrap(out, shape);
    }

    @Override
    Tensor backwardShared(Tensor gradOutput) {
        if (!needsInputGrad) {
            return null;
        }
        if (mask == null) {
            return gradOutput;
        }
        gx = ensure(gx, mask.length);
        double[] g = gradOutput.data();
        for (int i = 0; i < gx.length; i++) {
            gx[i] = g[i] * mask[i];
        }
        return Tensor.wrap(gx, shape);
    }

    @Override
    public String describe() {
        return "Dropout(" + rate + ")";
    }
}
