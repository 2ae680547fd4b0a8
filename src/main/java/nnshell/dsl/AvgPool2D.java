package nnshell.dsl;

/**
 * Averages each window: [N, C, H, W] to [N, C, H/size, W/size] (stride size).
 *
 * <pre>{@code AvgPool2D(2)}</pre>
 */
public final class AvgPool2D extends Pool2D {

    /** Windows of {@code size} x {@code size}, moved by {@code size}. */
    public AvgPool2D(int size) {
        this(size, size);
    }

    /** Windows of {@code size} x {@code size}, moved by {@code stride}. */
    public AvgPool2D(int size, int stride) {
        super(size, stride);
    }

    @Override
    Tensor forwardShared(Tensor x, boolean training) {
        sizes(x);
        double[] in = x.data();
        double scale = 1.0 / (size * size);
        int o = 0;
        for (int plane = 0; plane < n * c; plane++) {
            int base = plane * h * w;
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    double s = 0;
                    for (int i = 0; i < size; i++) {
                        int rowStart = base + (oy * stride + i) * w + ox * stride;
                        for (int j = 0; j < size; j++) {
                            s += in[rowStart + j];
                        }
                    }
                    out[o++] = s * scale;
                }
            }
        }
        return Tensor.wrap(out, n, c, oh, ow);
    }

    @Override
    Tensor backwardShared(Tensor gradOutput) {
        if (!needsInputGrad) {
            return null;
        }
        gx = ensure(gx, n * c * h * w);
        java.util.Arrays.fill(gx, 0.0);
        double[] g = gradOutput.data();
        double scale = 1.0 / (size * size);
        int o = 0;
        for (int plane = 0; plane < n * c; plane++) {
            int base = plane * h * w;
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    double share = g[o++] * scale;
                    for (int i = 0; i < size; i++) {
                        int rowStart = base + (oy * stride + i) * w + ox * stride;
                        for (int j = 0; j < size; j++) {
                            gx[rowStart + j] += share;
                        }
                    }
                }
            }
        }
        return Tensor.wrap(gx, n, c, h, w);
    }

    @Override
    public String describe() {
        return "AvgPool2D(" + args() + ")";
    }
}
