package nnshell.research;

import nnshell.dsl.Tensor;

/**
 * Ways to cut an image into segments for LIME: a grid of square patches, or superpixels that
 * follow the image's edges (a small SLIC: k-means on brightness and position).
 *
 * <pre>{@code Segments.grid(8, 8, 2, 2)  // four 4x4 quadrants}</pre>
 */
public final class Segments {

    private Segments() {
    }

    /**
     * A {@code rows x cols} grid of patches over a {@code height x width} image; patches at the
     * bottom and right take the leftover pixels.
     *
     * <pre>{@code Segments.grid(28, 28, 4, 4)}</pre>
     */
    public static Segmentation grid(int height, int width, int rows, int cols) {
        if (rows < 1 || cols < 1 || rows > height || cols > width) {
            throw Msg.bad("segments.grid", rows, cols, height, width);
        }
        int[][] labels = new int[height][width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                labels[r][c] = (r * rows / height) * cols + c * cols / width;
            }
        }
        return new Segmentation(labels);
    }

    /** A grid of patches over the given image (its last two dimensions). */
    public static Segmentation grid(Tensor image, int rows, int cols) {
        return grid(Images.height(image), Images.width(image), rows, cols);
    }

    /**
     * About {@code count} superpixels: pixels are clustered by k-means on (brightness, row,
     * column), starting from a grid; {@code compactness} weighs position against brightness
     * (about 0.2 for values in [0, 1]; larger gives squarer segments).
     *
     * <pre>{@code Segments.slic(image, 16, 0.2)}</pre>
     */
    public static Segmentation slic(Tensor image, int count, double compactness) {
        double[][] gray = brightness(image);
        int h = gray.length;
        int w = gray[0].length;
        int side = Math.max(1, (int) Math.round(Math.sqrt(count)));
        Segmentation start = grid(h, w, Math.min(side, h), Math.min(side, w));
        int[][] labels = new int[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                labels[r][c] = start.segment(r, c);
            }
        }
        double step = Math.sqrt((double) h * w / start.count());
        for (int it = 0; it < 10; it++) {
            double[][] centres = centres(gray, labels, start.count());
            reassign(gray, labels, centres, compactness / step);
        }
        return new Segmentation(renumber(labels));
    }

    private static double[][] brightness(Tensor image) {
        int h = Images.height(image);
        int w = Images.width(image);
        int planes = image.size() / (h * w);
        double[][] g = new double[h][w];
        for (int p = 0; p < planes; p++) {
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    g[r][c] += image.data()[p * h * w + r * w + c] / planes;
                }
            }
        }
        return g;
    }

    private static double[][] centres(double[][] gray, int[][] labels, int k) {
        double[][] sum = new double[k][4];
        for (int r = 0; r < gray.length; r++) {
            for (int c = 0; c < gray[0].length; c++) {
                double[] s = sum[labels[r][c]];
                s[0] += gray[r][c];
                s[1] += r;
                s[2] += c;
                s[3]++;
            }
        }
        for (double[] s : sum) {
            if (s[3] > 0) {
                s[0] /= s[3];
                s[1] /= s[3];
                s[2] /= s[3];
            } else {
                s[0] = Double.NaN;
            }
        }
        return sum;
    }

    private static void reassign(double[][] gray, int[][] labels, double[][] centres,
            double spatial) {
        for (int r = 0; r < gray.length; r++) {
            for (int c = 0; c < gray[0].length; c++) {
                double best = Double.POSITIVE_INFINITY;
                for (int k = 0; k < centres.length; k++) {
                    if (Double.isNaN(centres[k][0])) {
                        continue;
                    }
                    double dv = gray[r][c] - centres[k][0];
                    double dr = (r - centres[k][1]) * spatial;
                    double dc = (c - centres[k][2]) * spatial;
                    double d = dv * dv + dr * dr + dc * dc;
                    if (d < best) {
                        best = d;
                        labels[r][c] = k;
                    }
                }
            }
        }
    }

    /** Numbers the labels in use 0, 1, 2 ... in order of first appearance. */
    private static int[][] renumber(int[][] labels) {
        java.util.Map<Integer, Integer> ids = new java.util.HashMap<>();
        int[][] out = new int[labels.length][labels[0].length];
        for (int r = 0; r < labels.length; r++) {
            for (int c = 0; c < labels[0].length; c++) {
                out[r][c] = ids.computeIfAbsent(labels[r][c], x -> ids.size());
            }
        }
        return out;
    }
}
