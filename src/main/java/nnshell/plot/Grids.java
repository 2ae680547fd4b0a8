package nnshell.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.function.DoubleFunction;

import nnshell.dsl.Model;
import nnshell.dsl.Tensor;

/** A model evaluated over a grid of the plane, and such grids turned into images. */
final class Grids {
    private Grids() {
    }

    /** The bounding box {xmin, xmax, ymin, ymax} of 2-D points, widened by 10 %. */
    static double[] box(double[][] points) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] p : points) {
            b[0] = Math.min(b[0], p[0]);
            b[1] = Math.max(b[1], p[0]);
            b[2] = Math.min(b[2], p[1]);
            b[3] = Math.max(b[3], p[1]);
        }
        if (points.length == 0) {
            return new double[] {-1, 1, -1, 1};
        }
        double padX = Math.max(1e-9, (b[1] - b[0]) * 0.1);
        double padY = Math.max(1e-9, (b[3] - b[2]) * 0.1);
        return new double[] {b[0] - padX, b[1] + padX, b[2] - padY, b[3] + padY};
    }

    /** The grid points of {@code box}, row 0 at the top, as an [n*n, 2] input batch. */
    static Tensor inputs(double[] box, int n) {
        double[] data = new double[n * n * 2];
        for (int row = 0; row < n; row++) {
            double y = box[3] - (row + 0.5) * (box[3] - box[2]) / n;
            for (int col = 0; col < n; col++) {
                double x = box[0] + (col + 0.5) * (box[1] - box[0]) / n;
                data[(row * n + col) * 2] = x;
                data[(row * n + col) * 2 + 1] = y;
            }
        }
        return Tensor.wrap(data, n * n, 2);
    }

    /**
     * Output column {@code column} of the model at every grid point, scaled to [0, 1]:
     * outputs in [0, 1] stay, in [-1, 1] are shifted, others are stretched to fit. Column -1
     * means the model's decision: column 1 of a two-column output (class 1), else column 0.
     */
    static double[][] evaluate(Model model, double[] box, int n, int column) {
        Tensor out = model.predict(inputs(box, n));
        int cols = out.rank() == 2 ? out.shape(1) : 1;
        if (out.size() != n * n * cols || column >= cols) {
            throw new IllegalArgumentException(Messages.text("model.output",
                    java.util.Arrays.toString(out.shape()), n * n));
        }
        int pick = column >= 0 ? column : cols == 2 ? 1 : 0;
        double[] v = new double[n * n];
        for (int i = 0; i < v.length; i++) {
            v[i] = out.data()[i * cols + pick];
        }
        return reshape(normalize(v), n);
    }

    /** Values scaled to [0, 1]: kept if already there, from [-1, 1], or min-max. */
    static double[] normalize(double[] v) {
        double lo = java.util.Arrays.stream(v).min().orElse(0);
        double hi = java.util.Arrays.stream(v).max().orElse(1);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            if (lo >= 0 && hi <= 1) {
                out[i] = v[i];
            } else if (lo >= -1 && hi <= 1) {
                out[i] = (v[i] + 1) / 2;
            } else {
                out[i] = hi > lo ? (v[i] - lo) / (hi - lo) : 0.5;
            }
        }
        return out;
    }

    private static double[][] reshape(double[] v, int n) {
        double[][] g = new double[n][n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(v, r * n, g[r], 0, n);
        }
        return g;
    }

    /** A grid of values in [0, 1] as an image, coloured by {@code colors}. */
    static BufferedImage image(double[][] values, DoubleFunction<Color> colors) {
        int h = values.length;
        int w = h == 0 ? 0 : values[0].length;
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h),
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, colors.apply(values[y][x]).getRGB());
            }
        }
        return img;
    }
}
