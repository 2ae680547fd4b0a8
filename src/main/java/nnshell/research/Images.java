package nnshell.research;

import java.util.Arrays;

import nnshell.dsl.Tensor;

/**
 * Pad, crop and resize images so that a model trained on one size can be shown another.
 * An image is [height, width] or [channels, height, width]; a batch adds a first dimension
 * [n, channels, height, width]. Every helper keeps the leading dimensions and changes only
 * the last two.
 *
 * <pre>{@code Tensor big = Images.resize(image, 32, 32);}</pre>
 */
public final class Images {

    private Images() {
    }

    /** Height: the second-to-last dimension. */
    public static int height(Tensor image) {
        requireImage(image);
        return image.shape(-2);
    }

    /** Width: the last dimension. */
    public static int width(Tensor image) {
        requireImage(image);
        return image.shape(-1);
    }

    /**
     * Adds {@code value} borders: {@code top} rows above, {@code bottom} below, {@code left}
     * and {@code right} columns beside.
     *
     * <pre>{@code Images.pad(image, 2, 2, 2, 2, 0.0)  // 28x28 -> 32x32}</pre>
     */
    public static Tensor pad(Tensor image, int top, int bottom, int left, int right,
            double value) {
        if (top < 0 || bottom < 0 || left < 0 || right < 0) {
            throw Msg.bad("images.padNegative", top, bottom, left, right);
        }
        int h = height(image);
        int w = width(image);
        Tensor out = withSize(image, h + top + bottom, w + left + right);
        Arrays.fill(out.data(), value);
        forEachPlane(image, out, (src, so, dst, doff) -> {
            for (int r = 0; r < h; r++) {
                System.arraycopy(src, so + r * w, dst, doff + (r + top) * (w + left + right)
                        + left, w);
            }
        });
        return out;
    }

    /**
     * Pads evenly on all sides with zeros up to {@code height x width} (odd leftovers go to
     * the bottom and right).
     *
     * <pre>{@code Images.padTo(image, 32, 32)}</pre>
     */
    public static Tensor padTo(Tensor image, int height, int width) {
        int dh = height - height(image);
        int dw = width - width(image);
        if (dh < 0 || dw < 0) {
            throw Msg.bad("images.padSmaller", height(image), width(image), height, width);
        }
        return pad(image, dh / 2, dh - dh / 2, dw / 2, dw - dw / 2, 0);
    }

    /**
     * The {@code height x width} window whose top-left pixel is ({@code row}, {@code col}).
     *
     * <pre>{@code Images.crop(image, 2, 2, 24, 24)}</pre>
     */
    public static Tensor crop(Tensor image, int row, int col, int height, int width) {
        int h = height(image);
        int w = width(image);
        if (row < 0 || col < 0 || height < 1 || width < 1 || row + height > h
                || col + width > w) {
            throw Msg.bad("images.crop", row, col, height, width, h, w);
        }
        Tensor out = withSize(image, height, width);
        forEachPlane(image, out, (src, so, dst, doff) -> {
            for (int r = 0; r < height; r++) {
                System.arraycopy(src, so + (row + r) * w + col, dst, doff + r * width, width);
            }
        });
        return out;
    }

    /** The central {@code height x width} window. */
    public static Tensor centerCrop(Tensor image, int height, int width) {
        return crop(image, (height(image) - height) / 2, (width(image) - width) / 2, height,
                width);
    }

    /**
     * Bilinear resize to {@code height x width} (pixel centres aligned, as most libraries do).
     *
     * <pre>{@code Images.resize(image, 16, 16)}</pre>
     */
    public static Tensor resize(Tensor image, int height, int width) {
        if (height < 1 || width < 1) {
            throw Msg.bad("images.resizeSize", height, width);
        }
        int h = height(image);
        int w = width(image);
        Tensor out = withSize(image, height, width);
        forEachPlane(image, out, (src, so, dst, doff) -> {
            for (int r = 0; r < height; r++) {
                double y = clamp((r + 0.5) * h / height - 0.5, h - 1);
                for (int c = 0; c < width; c++) {
                    double x = clamp((c + 0.5) * w / width - 0.5, w - 1);
                    dst[doff + r * width + c] = bilinear(src, so, w, h, y, x);
                }
            }
        });
        return out;
    }

    /** Adds a batch dimension of 1: [c, h, w] becomes [1, c, h, w]. */
    public static Tensor batchOf(Tensor image) {
        int[] s = image.shape();
        int[] b = new int[s.length + 1];
        b[0] = 1;
        System.arraycopy(s, 0, b, 1, s.length);
        return image.copy().reshape(b);
    }

    private static double bilinear(double[] src, int so, int w, int h, double y, double x) {
        int y0 = (int) Math.floor(y);
        int x0 = (int) Math.floor(x);
        int y1 = Math.min(h - 1, y0 + 1);
        int x1 = Math.min(w - 1, x0 + 1);
        double fy = y - y0;
        double fx = x - x0;
        double top = src[so + y0 * w + x0] * (1 - fx) + src[so + y0 * w + x1] * fx;
        double bottom = src[so + y1 * w + x0] * (1 - fx) + src[so + y1 * w + x1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static double clamp(double v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    /** Copies one [h, w] plane at a time: every channel of every image. */
    private interface PlaneCopy {
        void copy(double[] src, int srcOffset, double[] dst, int dstOffset);
    }

    private static void forEachPlane(Tensor in, Tensor out, PlaneCopy copy) {
        int inPlane = height(in) * width(in);
        int outPlane = height(out) * width(out);
        int planes = in.size() / Math.max(1, inPlane);
        for (int p = 0; p < planes; p++) {
            copy.copy(in.data(), p * inPlane, out.data(), p * outPlane);
        }
    }

    private static Tensor withSize(Tensor image, int height, int width) {
        int[] s = image.shape();
        s[s.length - 2] = height;
        s[s.length - 1] = width;
        return Tensor.zeros(s);
    }

    static void requireImage(Tensor image) {
        if (image.rank() < 2 || image.rank() > 4) {
            throw Msg.bad("images.shape", Arrays.toString(image.shape()));
        }
    }
}
