package nnshell.research;

import java.util.ArrayList;
import java.util.List;

import nnshell.dsl.Layer;
import nnshell.dsl.Parameter;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/**
 * Gradients through a DSL model for the explanations: the model's own backward pass, with
 * every parameter's accumulated gradient put back afterwards so training is not disturbed.
 */
final class Backprop {

    private Backprop() {
    }

    /** The gradient of output column cols[i] of row i with respect to the input {@code x}. */
    static Tensor inputGradient(Sequential model, Tensor x, int output) {
        List<Tensor> saved = saveGrads(model);
        try {
            Tensor out = model.forward(x, false);
            Tensor seed = oneHot(out, Outputs.columns(out, output));
            return model.backward(seed);
        } finally {
            restoreGrads(model, saved);
        }
    }

    /**
     * The activations of layer {@code index} for {@code x} and the gradient of the chosen
     * output with respect to them: {activations, gradient}, both of the layer's output shape.
     */
    static Tensor[] activationAndGradient(Sequential model, int index, Tensor x, int output) {
        List<Layer> layers = model.layers();
        List<Tensor> saved = saveGrads(model);
        try {
            Tensor a = x;
            Tensor activation = null;
            for (int i = 0; i < layers.size(); i++) {
                a = layers.get(i).forward(a, false);
                if (i == index) {
                    activation = a;
                }
            }
            Tensor g = oneHot(a, Outputs.columns(a, output));
            for (int i = layers.size() - 1; i > index; i--) {
                g = layers.get(i).backward(g);
            }
            return new Tensor[] {activation, g};
        } finally {
            restoreGrads(model, saved);
        }
    }

    private static Tensor oneHot(Tensor out, int[] cols) {
        Tensor g = Tensor.zeros(out.shape());
        int k = out.size() / out.shape(0);
        for (int i = 0; i < out.shape(0); i++) {
            g.data()[i * k + cols[i]] = 1;
        }
        return g;
    }

    private static List<Tensor> saveGrads(Sequential model) {
        List<Tensor> saved = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            saved.add(p.grad().copy());
        }
        return saved;
    }

    private static void restoreGrads(Sequential model, List<Tensor> saved) {
        List<Parameter> ps = model.parameters();
        for (int i = 0; i < ps.size() && i < saved.size(); i++) {
            double[] g = ps.get(i).grad().data();
            System.arraycopy(saved.get(i).data(), 0, g, 0, g.length);
        }
    }
}
