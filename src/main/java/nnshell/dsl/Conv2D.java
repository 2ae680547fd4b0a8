package nnshell.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A 2-D convolution: {@code filters} kernels of size k x k slide over images [N, C, H, W]
 * (channels C inferred from the input) with a stride and "valid" or "same" padding, giving
 * [N, filters, H', W']. Kernel [filters, C, k, k], bias [filters]. It works on images of any
 * height and width, so a model ending in {@link GlobalAveragePooling2D} accepts several sizes.
 *
 * <pre>{@code Conv2D(8, 3, "relu").padding("same")}</pre>
 */
public final class Conv2D extends Layer {
    private final int filters;
    private final int k;
    private final Activation activation;
    private int stride = 1;
    private boolean same;
    private Initializer kernelInit = Initializer.glorotUniform();
    private Parameter kernel;
    private Parameter bias;
    private int channels = -1;
    private Geometry g;
    private double[] cols;
    private double[] z2;
    private double[] z;
    private double[] a;
    private double[] gz;
    private double[] gz2;
    private double[] gcols;
    private double[] gx;

    /** {@code filters} kernels of size {@code kernel} x {@code kernel}, stride 1, "valid". */
    public Conv2D(int filters, int kernel, Activation activation) {
        if (filters < 1 || kernel < 1) {
            throw new IllegalArgumentException(Msg.text("conv.args", filters, kernel));
        }
        this.filters = filters;
        this.k = kernel;
        this.activation = activation == null ? Activation.LINEAR : activation;
        if (this.activation == Activation.SOFTMAX) {
            throw new IllegalArgumentException(Msg.text("conv.softmax"));
        }
    }

    /** As above with the activation by name, such as "relu". */
    public Conv2D(int filters, int kernel, String activation) {
        this(filters, kernel, Activation.of(activation));
    }

    /** As above without activation. */
    public Conv2D(int filters, int kernel) {
        this(filters, kernel, Activation.LINEAR);
    }

    /** Moves the kernel {@code s} pixels at a time (default 1); returns this layer. */
    public Conv2D stride(int s) {
        if (s < 1) {
            throw new IllegalArgumentException(Msg.text("conv.stride", s));
        }
        stride = s;
        return this;
    }

    /** "valid" (no padding, default) or "same" (zeros around, output size = input / stride). */
    public Conv2D padding(String mode) {
        String m = mode.toLowerCase(Locale.ROOT);
        if (!m.equals("same") && !m.equals("valid")) {
            throw new IllegalArgumentException(Msg.text("conv.padding", mode));
        }
        same = m.equals("same");
        return this;
    }

    /** Uses {@code init} for the kernels (default Glorot uniform); returns this layer. */
    public Conv2D kernelInitializer(Initializer init) {
        kernelInit = init;
        return this;
    }

    /** The kernels [filters, channels, k, k] (null until built). */
    public Parameter kernel() {
        return kernel;
    }

    /** The biases [filters] (null until built). */
    public Parameter bias() {
        return bias;
    }

    @Override
    public List<Parameter> parameters() {
        return kernel == null ? List.of() : List.of(kernel, bias);
    }

    @Override
    int[] doBuild(int[] input, Random rng) {
        if (input.length != 3) {
            throw new IllegalArgumentException(Msg.text("conv.input.rank", describe(),
                    batchShape(input)));
        }
        channels = input[0];
        kernel = new Parameter(name() + "/kernel", Tensor.zeros(filters, channels, k, k));
        bias = new Parameter(name() + "/bias", Tensor.zeros(filters));
        kernelInit.fill(kernel.value().data(), channels * k * k, filters * k * k, rng);
        Geometry geo = geometry(input[1], input[2]);
        return new int[] {filters, geo.oh, geo.ow};
    }

    @Override
    void checkInput(Tensor x) {
        if (x.rank() != 4 || x.shape(1) != channels) {
            throw new IllegalArgumentException(Msg.text("conv.input.shape", describe(),
                    Arrays.toString(x.shape()), channels));
        }
        Geometry geo = geometry(x.shape(2), x.shape(3));
        if (geo.oh < 1 || geo.ow < 1) {
            throw new IllegalArgumentException(Msg.text("conv.too.small", describe(),
                    Arrays.toString(x.shape()), k));
        }
    }

    @Override
    Tensor forwardShared(Tensor x, boolean training) {
        checkInput(x);
        g = geometry(x.shape(2), x.shape(3));
        g.n = x.shape(0);
        int ckk = channels * k * k;
        int cells = g.n * g.oh * g.ow;
        cols = ensure(cols, ckk * cells);
        im2col(x.data(), cols);
        z2 = ensure(z2, filters * cells);
        Linalg.gemm(false, false, filters, cells, ckk, kernel.value().data(), cols, z2, false);
        z = ensure(z, filters * cells);
        a = ensure(a, filters * cells);
        toBatchMajor(z2, z, bias.value().data());
        activation.forward(z, a, z.length, z.length);
        return Tensor.wrap(a, g.n, filters, g.oh, g.ow);
    }

    @Override
    Tensor backwardShared(Tensor gradOutput) {
        int cells = g.n * g.oh * g.ow;
        int ckk = channels * k * k;
        gz = ensure(gz, filters * cells);
        activation.backward(z, a, gradOutput.data(), gz, gz.length, gz.length);
        gz2 = ensure(gz2, filters * cells);
        toFilterMajor(gz, gz2, bias.grad().data());
        Linalg.gemm(false, true, filters, ckk, cells, gz2, cols, kernel.grad().data(), true);
        if (!needsInputGrad) {
            return null;
        }
        gcols = ensure(gcols, ckk * cells);
        Linalg.gemm(true, false, ckk, cells, filters, kernel.value().data(), gz2, gcols, false);
        gx = ensure(gx, g.n * channels * g.h * g.w);
        col2im(gcols, gx);
        return Tensor.wrap(gx, g.n, channels, g.h, g.w);
    }

    /** Rows (c, i, j) of the kernel, columns (n, y, x) of the output: the patch values. */
    private void im2col(double[] x, double[] out) {
        int ohw = g.oh * g.ow;
        int cells = g.n * ohw;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    int row = ((c * k + i) * k + j) * cells;
                    int lo = firstInside(j);
                    int hi = endInside(j);
                    for (int n = 0; n < g.n; n++) {
                        int src = (n * channels + c) * g.h * g.w;
                        int dst = row + n * ohw;
                        for (int oy = 0; oy < g.oh; oy++) {
                            int iy = oy * stride + i - g.padTop;
                            int d = dst + oy * g.ow;
                            if (iy < 0 || iy >= g.h) {
                                Arrays.fill(out, d, d + g.ow, 0.0);
                                continue;
                            }
                            Arrays.fill(out, d, d + lo, 0.0);
                            int s = src + iy * g.w + j - g.padLeft;
                            for (int ox = lo; ox < hi; ox++) {
                                out[d + ox] = x[s + ox * stride];
                            }
                            Arrays.fill(out, d + Math.max(lo, hi), d + g.ow, 0.0);
                        }
                    }
                }
            }
        }
    }

    /** The first output column whose kernel column {@code j} falls inside the image. */
    private int firstInside(int j) {
        int need = g.padLeft - j;
        return need <= 0 ? 0 : Math.min(g.ow, (need + stride - 1) / stride);
    }

    /** One past the last output column whose kernel column {@code j} falls inside the image. */
    private int endInside(int j) {
        int last = g.w - 1 + g.padLeft - j;
        return last < 0 ? 0 : Math.min(g.ow, last / stride + 1);
    }

    /** Adds the patch gradients back onto the pixels they came from. */
    private void col2im(double[] gc, double[] out) {
        Arrays.fill(out, 0.0);
        int ohw = g.oh * g.ow;
        int cells = g.n * ohw;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    int row = ((c * k + i) * k + j) * cells;
                    for (int n = 0; n < g.n; n++) {
                        int dst = (n * channels + c) * g.h * g.w;
                        int src = row + n * ohw;
                        for (int oy = 0; oy < g.oh; oy++) {
                            int iy = oy * stride + i - g.padTop;
                            if (iy < 0 || iy >= g.h) {
                                continue;
                            }
                            for (int ox = 0; ox < g.ow; ox++) {
                                int ix = ox * stride + j - g.padLeft;
                                if (ix >= 0 && ix < g.w) {
                                    out[dst + iy * g.w + ix] += gc[src + oy * g.ow + ox];
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** [F, N*oh*ow] to [N, F, oh, ow], adding the bias. */
    private void toBatchMajor(double[] from, double[] to, double[] b) {
        int ohw = g.oh * g.ow;
        int cells = g.n * ohw;
        for (int f = 0; f < filters; f++) {
            for (int n = 0; n < g.n; n++) {
                int src = f * cells + n * ohw;
                int dst = (n * filters + f) * ohw;
                for (int p = 0; p < ohw; p++) {
                    to[dst + p] = from[src + p] + b[f];
                }
            }
        }
    }

    /** [N, F, oh, ow] to [F, N*oh*ow], summing each filter's gradient into the bias's. */
    private void toFilterMajor(double[] from, double[] to, double[] gb) {
        int ohw = g.oh * g.ow;
        int cells = g.n * ohw;
        for (int n = 0; n < g.n; n++) {
            for (int f = 0; f < filters; f++) {
                int src = (n * filters + f) * ohw;
                int dst = f * cells + n * ohw;
                double s = 0;
                for (int p = 0; p < ohw; p++) {
                    to[dst + p] = from[src + p];
                    s += from[src + p];
                }
                gb[f] += s;
            }
        }
    }

    private Geometry geometry(int h, int w) {
        Geometry geo = new Geometry();
        geo.h = h;
        geo.w = w;
        if (same) {
            geo.oh = (h + stride - 1) / stride;
            geo.ow = (w + stride - 1) / stride;
            geo.padTop = Math.max((geo.oh - 1) * stride + k - h, 0) / 2;
            geo.padLeft = Math.max((geo.ow - 1) * stride + k - w, 0) / 2;
        } else {
            geo.oh = h < k ? 0 : (h - k) / stride + 1;
            geo.ow = w < k ? 0 : (w - k) / stride + 1;
        }
        return geo;
    }

    /** Sizes of one forward pass. */
    private static final class Geometry {
        int n;
        int h;
        int w;
        int oh;
        int ow;
        int padTop;
        int padLeft;
    }

    @Override
    public String describe() {
        String act = activation == Activation.LINEAR ? "" : ", " + activation.name();
        String from = channels < 0 ? "" : channels + " -> ";
        return "Conv2D(" + from + filters + ", " + k + "x" + k
                + (stride == 1 ? "" : ", stride " + stride) + (same ? ", same" : "") + act + ")";
    }
}
