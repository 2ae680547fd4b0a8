package nnshell.dsl;

/**
 * Keeps the largest value of each window: [N, C, H, W] to [N, C, H/size, W/size] (stride size).
 *
 * <pre>{@code MaxPool2D(2)}</pre>
 */
public final class MaxPool2D extends Pool2D {
    private int[] argmax;

    /** Windows of {@code size} x {@code size}, moved by {@code size}. */
    public MaxPool2D(int size) {
        this(size, size);
    }

    /** Windows of {@code size} x {@code size}, moved by {@code stride}. */
    public MaxPool2D(int size, int stride) {
        super(size, stride);
    }

    @Override
    Tensor forwardShared(Tensor x, boolean training) {
        sizes(x);
        if (argmax == null || argmax.length != out.length) {
            argmax = new int[out.length];
        }
        double[] in = x.data();
        if (size == 2 && stride == 2) {
            forward2x2(in);
            return Tensor.wrap(out, n, c, oh, ow);
        }
        int o = 0;
        for (int plane = 0; plane < n * c; plane++) {
            int base = plane * h * w;
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    int best = base + oy * stride * w + ox * stride;
                    for (int i = 0; i < size; i++) {
                        int rowStart = base + (oy * stride + i) * w + ox * stride;
                        for (int j = 0; j < size; j++) {
                            if (in[rowStart + j] > in[best]) {
                                best = rowStart + j;
                            }
                        }
                    }
                    argmax[o] = best;
                    out[o++] = in[best];
                }
            }
        }
        return Tensor.wrap(out, n, c, oh, ow);
    }

    /** The common 2x2 window with stride 2, written out. */
    private void forward2x2(double[] in) {
        int o = 0;
        for (int plane = 0; plane < n * c; plane++) {
            int base = plane * h * w;
            for (int oy = 0; oy < oh; oy++) {
                int top = base + 2 * oy * w;
                for (int ox = 0; ox < ow; ox++) {
                    int i0 = top + 2 * ox;
                    int best = in[i0 + 1] > in[i0] ? i0 + 1 : i0;
                    best = in[i0 + w] > in[best] ? i0 + w : best;
                    best = in[i0 + w + 1] > in[best] ? i0 + w + 1 : best;
                    argmax[o] = best;
                    out[o++] = in[best];
                }
            }
        }
    }

    @Override
    Tensor backwardShared(Tensor gradOutput) {
        if (!needsInputGrad) {
            return null;
        }
        gx = ensure(gx, n * c * h * w);
        java.util.Arrays.fill(gx, 0.0);
        double[] g = gradOutput.data();
        for (int o = 0; o < argmax.length; o++) {
            gx[argmax[o]] += g[o];
        }
        return Tensor.wrap(gx, n, c, h, w);
    }

    @Override
    public String describe() {
        return "MaxPool2D(" + args() + ")";
    }
}
