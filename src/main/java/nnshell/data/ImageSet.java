package nnshell.data;

import java.util.Arrays;
import java.util.List;

import nnshell.dsl.Tensor;

/**
 * Labelled images as tensors: pixels in shape [N, C, H, W] with one class number per image.
 *
 * <pre>{@code ImageSet d = Datasets.digits(); Tensor x = d.x(); int[] y = d.labels();}</pre>
 */
public final class ImageSet {
    private final String name;
    private final Tensor pixels;
    private final int[] labels;
    private final List<String> classes;
    private final double maxPixel;

    ImageSet(String name, Tensor pixels, int[] labels, List<String> classes, double maxPixel) {
        this.name = name;
        this.pixels = pixels;
        this.labels = labels;
        this.classes = List.copyOf(classes);
        this.maxPixel = maxPixel;
    }

    /** The dataset's name. */
    public String name() {
        return name;
    }

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    /** The raw pixel values, shape [N, C, H, W] (0-16 for digits, 0-255 for Fashion-MNIST). */
    public Tensor pixels() {
        return pixels;
    }

    /** Pixels scaled to 0..1, shape [N, C, H, W], ready for a network. */
    public Tensor x() {
        double[] scaled = pixels.data().clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] /= maxPixel;
        }
        return Tensor.wrap(scaled, pixels.shape());
    }

    /** Pixels scaled to 0..1, one row per image: shape [N, C*H*W], for dense layers. */
    public Tensor flat() {
        return x().reshape(size(), -1);
    }

    /** The class number of every image (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The labels one-hot encoded, shape [N, classes]. */
    public Tensor y() {
        return Prep.oneHot(labels, classes.size());
    }

    /**
     * Scaled images with one-hot labels, ready to split or fit: x [N, C, H, W], y [N, classes].
     * Example: {@code Prep.split(Datasets.digits().xy(), 0.8, 0.0, 42)}.
     */
    public XY xy() {
        return new XY(x(), y());
    }

    /** The class names, indexed by class number. */
    public List<String> classes() {
        return classes;
    }

    /** The largest possible pixel value (16 or 255). */
    public double maxPixel() {
        return maxPixel;
    }

    /** Image {@code i} alone, shape [C, H, W]. */
    public Tensor image(int i) {
        int[] shape = pixels.shape();
        int per = shape[1] * shape[2] * shape[3];
        double[] one = Arrays.copyOfRange(pixels.data(), i * per, (i + 1) * per);
        return Tensor.wrap(one, shape[1], shape[2], shape[3]);
    }

    /** The first {@code n} images as a smaller set (to try things quickly). */
    public ImageSet first(int n) {
        int[] shape = pixels.shape();
        int count = Math.min(n, size());
        int per = shape[1] * shape[2] * shape[3];
        double[] part = Arrays.copyOf(pixels.data(), count * per);
        return new ImageSet(name, Tensor.wrap(part, count, shape[1], shape[2], shape[3]),
                Arrays.copyOf(labels, count), classes, maxPixel);
    }

    /** Like "digits: 1797 images [1, 8, 8], 10 classes, pixels 0-16". */
    @Override
    public String toString() {
        int[] s = pixels.shape();
        return Msg.text("images.describe", name, size(), s[1], s[2], s[3], classes.size(),
                (int) maxPixel);
    }
}
