package nnshell.dsl;

import java.util.Arrays;
import java.util.Random;

/**
 * Averages each channel over the whole image: [N, C, H, W] to [N, C], for any H and W, so
 * one model can take images of different sizes.
 *
 * <pre>{@code sequential(Input(1, 8, 8), Conv2D(4, 3), GlobalAveragePooling2D(), Dense(2))}</pre>
 */
public final class GlobalAveragePooling2D extends Layer {
    private int[] inShape;
    private double[] out;
    private double[] gx;

    @Override
    int[] doBuild(int[] input, Random rng) {
        if (input.length != 3) {
            throw new IllegalArgumentException(Msg.text("conv.input.rank", describe(),
                    batchShape(input)));
        }
        return new int[] {input[0]};
    }

    @Override
    void checkInput(Tensor x) {
        if (x.rank() != 4 || x.shape(1) != inputShape()[0]) {
            throw new IllegalArgumentException(Msg.text("gap.input.shape", describe(),
                    Arrays.toString(x.shape()), inputShape()[0]));
        }
    }

    @Override
    Tensor forwardShared(Tensor x, boolean training) {
        checkInput(x);
        inShape = x.shape();
        int planes = inShape[0] * inShape[1];
        int hw = inShape[2] * inShape[3];
        out = ensure(out, planes);
        double[] in = x.data();
        for (int p = 0; p < planes; p++) {
            double s = 0;
            for (int i = 0; i < hw; i++) {
                s += in[p * hw + i];
            }
            out[p] = s / hw;
        }
        return Tensor.wrap(out, inShape[0], inShape[1]);
    }

    @Override
    Tensor backwardShared(Tensor gradOutput) {
        if (!needsInputGrad) {
            return null;
        }
        int planes = inShape[0] * inShape[1];
        int hw = inShape[2] * inShape[3];
        gx = ensure(gx, planes * hw);
        double[] g = gradOutput.data();
        for (int p = 0; p < planes; p++) {
            Arrays.fill(gx, p * hw, (p + 1) * hw, g[p] / hw);
        }
        return Tensor.wrap(gx, inShape);
    }

    @Override
    public String describe() {
        return "GlobalAveragePooling2D()";
    }
}
