package nnshell.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nnshell.dsl.Layer;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/**
 * Grad-CAM: where in an image a convolutional model looked for its answer. The chosen
 * layer's feature maps are weighted by the mean gradient of the output with respect to each
 * map, summed, cut at zero and stretched to the image's size.
 *
 * <pre>{@code GradCam.of(model, "conv2d_2", image, -1)}</pre>
 */
public final class GradCam {

    private GradCam() {
    }

    /**
     * The Grad-CAM heat map [height, width] of {@code image} ([h, w] or [channels, h, w]) for
     * output {@code output} (-1: the predicted class), on the layer called {@code layerName}.
     *
     * <pre>{@code GradCam.of(model, "conv2d_1", image, 1)}</pre>
     */
    public static Heatmap of(Sequential model, String layerName, Tensor image, int output) {
        return of(model, indexOf(model, layerName), image, output);
    }

    /** Grad-CAM on the last layer whose outputs are feature maps [channels, h, w]. */
    public static Heatmap of(Sequential model, Tensor image, int output) {
        List<Layer> layers = model.layers();
        Tensor batch = batch(image);
        ensureBuilt(model, batch);
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (isMaps(layers.get(i))) {
                return of(model, i, image, output);
            }
        }
        throw Msg.bad("gradcam.noConv", model.toString());
    }

    /** Grad-CAM on layer number {@code index} (from 0). */
    public static Heatmap of(Sequential model, int index, Tensor image, int output) {
        Tensor batch = batch(image);
        ensureBuilt(model, batch);
        Layer layer = model.layer(index);
        if (!isMaps(layer)) {
            throw Msg.bad("gradcam.notMaps", layer.name(), layer.describe(),
                    Arrays.toString(layer.outputShape()), mapLayers(model));
        }
        Tensor[] ag = Backprop.activationAndGradient(model, index, batch, output);
        Tensor cam = combine(ag[0], ag[1]);
        return toHeatmap(Images.resize(cam, Images.height(batch), Images.width(batch)));
    }

    /** Sum over channels of (mean gradient of the channel) x (channel), cut at zero. */
    static Tensor combine(Tensor activation, Tensor gradient) {
        int c = activation.shape(1);
        int h = activation.shape(2);
        int w = activation.shape(3);
        Tensor cam = Tensor.zeros(h, w);
        for (int ch = 0; ch < c; ch++) {
            double alpha = 0;
            for (int p = 0; p < h * w; p++) {
                alpha += gradient.data()[ch * h * w + p] / (h * w);
            }
            for (int p = 0; p < h * w; p++) {
                cam.data()[p] += alpha * activation.data()[ch * h * w + p];
            }
        }
        for (int p = 0; p < h * w; p++) {
            cam.data()[p] = Math.max(0, cam.data()[p]);
        }
        return cam;
    }

    private static Heatmap toHeatmap(Tensor t) {
        return new Heatmap(t.toArray2());
    }

    private static Tensor batch(Tensor image) {
        Images.requireImage(image);
        if (image.rank() == 4) {
            if (image.shape(0) != 1) {
                throw Msg.bad("gradcam.oneImage", Arrays.toString(image.shape()));
            }
            return image;
        }
        Tensor chw = image.rank() == 2
                ? image.copy().reshape(1, image.shape(0), image.shape(1)) : image;
        return Images.batchOf(chw);
    }

    private static void ensureBuilt(Sequential model, Tensor batch) {
        if (!model.built()) {
            model.predict(batch);
        }
    }

    private static boolean isMaps(Layer layer) {
        return layer.outputShape() != null && layer.outputShape().length == 3;
    }

    private static int indexOf(Sequential model, String name) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < model.layers().size(); i++) {
            if (model.layer(i).name().equals(name)) {
                return i;
            }
            names.add(model.layer(i).name());
        }
        throw Msg.bad("gradcam.unknownLayer", name, Names.nearest(name, names), names);
    }

    private static List<String> mapLayers(Sequential model) {
        return model.layers().stream().filter(GradCam::isMaps).map(Layer::name).toList();
    }
}
