package nnshell.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnshell.console.Console;

/**
 * A stack of layers, each feeding the next: build it, compile it with an optimizer and a
 * loss, fit it to data, then predict and evaluate. Or train it by hand with
 * {@link #forward}, {@link #backward}, {@link #zeroGrad} and an optimizer's {@code step}.
 *
 * <pre>{@code var model = new Sequential(Input(2), Dense(4, "tanh"), Dense(1, "sigmoid"));}</pre>
 */
public final class Sequential implements Model {
    private final List<Layer> layers = new ArrayList<>();
    private final Map<String, Integer> typeCounts = new HashMap<>();
    private int[] inputShape;
    private Optimizer optimizer;
    private Loss loss;
    private List<Metric> metrics = List.of();

    /** A model of these layers; an {@link Input} first gives the input shape. */
    public Sequential(Layer... layers) {
        for (Layer layer : layers) {
            add(layer);
        }
    }

    /** Appends {@code layer} (an {@link Input} only first); returns this model. */
    public Sequential add(Layer layer) {
        if (layer instanceof Input in) {
            if (!layers.isEmpty()) {
                throw new IllegalArgumentException(Msg.text("model.input.first"));
            }
            inputShape = in.shape();
            return this;
        }
        String type = snake(layer.type());
        int n = typeCounts.merge(type, 1, Integer::sum);
        layer.rename(type + "_" + n);
        int[] shape = layers.isEmpty() ? inputShape : last().outputShape();
        if (shape != null && !layer.built()) {
            try {
                layer.build(shape, Seeds.next());
            } catch (RuntimeException e) {
                typeCounts.merge(type, -1, Integer::sum);
                throw e;
            }
        }
        layers.add(layer);
        return this;
    }

    /** Builds every layer for examples of {@code shape}; returns this model. */
    public Sequential build(int... shape) {
        inputShape = shape.clone();
        int[] s = inputShape;
        for (Layer layer : layers) {
            if (!layer.built()) {
                layer.build(s, Seeds.next());
            }
            s = layer.outputShape();
        }
        return this;
    }

    /** The layers, in order (read-only). */
    public List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    /** Layer number {@code i} (from 0). */
    public Layer layer(int i) {
        return layers.get(i);
    }

    /** Every trainable parameter, layer by layer. */
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        layers.forEach(l -> all.addAll(l.parameters()));
        return all;
    }

    /** Number of trainable values. */
    public int countParams() {
        return parameters().stream().mapToInt(Parameter::size).sum();
    }

    /** Shape of one input example, null while unknown. */
    public int[] inputShape() {
        return inputShape == null ? null : inputShape.clone();
    }

    /** Sets the optimizer, loss and metrics that {@code fit} uses; returns this model. */
    public Sequential compile(Optimizer optimizer, Loss loss, String... metricNames) {
        requireLayers("compile");
        this.optimizer = optimizer;
        this.loss = loss;
        this.metrics = Arrays.stream(metricNames).map(Metric::of).toList();
        if (built()) {
            optimizer.attach(parameters());
        }
        return this;
    }

    /** As above with the loss by name: "mse", "binaryCrossentropy", ... */
    public Sequential compile(Optimizer optimizer, String lossName, String... metricNames) {
        return compile(optimizer, Loss.of(lossName), metricNames);
    }

    /**
     * As above with the optimizer by name and Keras's default rate: "sgd" (0.01), "adam"
     * (0.001), "rmsprop" (0.001). Example: {@code compile("adam", "mse", "mae")}.
     */
    public Sequential compile(String optimizerName, String lossName, String... metricNames) {
        return compile(Optimizer.of(optimizerName), Loss.of(lossName), metricNames);
    }

    /** The optimizer given to compile, or null. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The loss given to compile, or null. */
    public Loss loss() {
        return loss;
    }

    /** The metrics given to compile. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** Whether every layer has its parameters. */
    public boolean built() {
        return !layers.isEmpty() && layers.stream().allMatch(Layer::built);
    }

    /** Outputs in training mode, remembering what {@link #backward} needs. */
    public Tensor forward(Tensor x) {
        return forward(x, true);
    }

    /** Outputs for a batch; {@code training} switches Dropout on. */
    public Tensor forward(Tensor x, boolean training) {
        return forwardShared(x, training).copy();
    }

    /** Outputs for a batch in inference mode. Example: {@code model.predict(x)}. */
    @Override
    public Tensor predict(Tensor x) {
        return forward(x, false);
    }

    /**
     * Backpropagates {@code gradOutput} (the loss's gradient with respect to the outputs of
     * the last forward): adds every parameter's gradient and returns the input's gradient.
     */
    public Tensor backward(Tensor gradOutput) {
        requireLayers("backward");
        Tensor g = gradOutput;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backwardShared(g);
        }
        return g.copy();
    }

    /** Sets every parameter's gradient to zero. */
    public void zeroGrad() {
        parameters().forEach(Parameter::zeroGrad);
    }

    /** Trains for {@code epochs} epochs in batches of the default size (32, as Keras). */
    public History fit(Tensor x, Tensor y, int epochs) {
        return fit(x, y, new FitOptions().epochs(epochs));
    }

    /** Trains for {@code epochs} epochs in batches of {@code batchSize}; prints progress. */
    public History fit(Tensor x, Tensor y, int epochs, int batchSize) {
        return fit(x, y, new FitOptions().epochs(epochs).batchSize(batchSize));
    }

    /** As above with more options (validation, callbacks, seed, verbosity). */
    public History fit(Tensor x, Tensor y, int epochs, int batchSize, FitOptions options) {
        return fit(x, y, options.epochs(epochs).batchSize(batchSize));
    }

    /** Trains with the given options. Example: {@code fit(x, y, options().epochs(10))}. */
    public History fit(Tensor x, Tensor y, FitOptions options) {
        requireLayers("fit");
        if (optimizer == null) {
            throw new IllegalStateException(Msg.text("model.compile.first"));
        }
        return new Trainer(this, x, y, options).run();
    }

    /** Labels given as words cannot be learned: this says how to turn them into numbers. */
    public History fit(Tensor x, String[] labels, int epochs, int batchSize) {
        String sample = String.join(", ", Arrays.asList(labels).subList(0,
                Math.min(3, labels.length)));
        throw new IllegalArgumentException(Msg.text("labels.strings", sample));
    }

    /** The loss and every compiled metric on {@code x}, {@code y}, by name. */
    public Map<String, Double> evaluate(Tensor x, Tensor y) {
        requireLayers("evaluate");
        if (loss == null) {
            throw new IllegalStateException(Msg.text("model.compile.first"));
        }
        Tensor targets = loss.targets(y, outputShapeFor(x));
        Tensor out = forwardShared(x, false);
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", lossOf(out, targets));
        for (Metric m : metrics) {
            logs.put(m.name(), m.compute(out, targets));
        }
        return logs;
    }

    /** Prints the layers, output shapes and parameter counts, as Keras does. */
    public void summary() {
        Console.current().println(summaryText());
    }

    /** The text {@link #summary()} prints. */
    public String summaryText() {
        requireLayers("summary");
        String rule = "_".repeat(65);
        StringBuilder sb = new StringBuilder("Model: \"sequential\"\n").append(rule).append('\n');
        sb.append(row("Layer (type)", "Output Shape", "Param #")).append('=' + "=".repeat(64))
                .append('\n');
        for (Layer l : layers) {
            String shape = l.built() ? shape(l.outputShape()) : "(unbuilt)";
            sb.append(row(l.name() + " (" + l.type() + ")", shape, "" + l.countParams()));
        }
        int total = countParams();
        sb.append("=".repeat(65)).append('\n')
                .append(Msg.text("summary.total", total)).append('\n')
                .append(Msg.text("summary.trainable", total)).append('\n')
                .append(Msg.text("summary.nontrainable")).append('\n').append(rule);
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Sequential(\n");
        if (inputShape != null) {
            sb.append("  Input").append(Arrays.toString(inputShape)).append('\n');
        }
        for (Layer l : layers) {
            String line = "  " + l.describe();
            sb.append(String.format("%-34s", line));
            sb.append(l.built() ? " -> " + Layer.batchShape(l.outputShape()) : "").append('\n');
        }
        return sb.append(')').toString();
    }

    Tensor forwardShared(Tensor x, boolean training) {
        requireLayers("predict");
        if (!last().built() && !built()) {
            build(Arrays.copyOfRange(x.shape(), 1, x.rank()));
        }
        layers.get(0).checkInput(x);
        Tensor out = x;
        for (Layer l : layers) {
            out = l.forwardShared(out, training);
        }
        return out;
    }

    /** The loss of the last forward's outputs (computed from the logits when fused). */
    double lossOf(Tensor out, Tensor targets) {
        int rows = out.shape(0);
        int cols = out.size() / rows;
        Dense fused = fusedDense();
        if (fused != null) {
            return loss.fusedValue(fused.logits(), fused.outputs(), targets.data(), rows, cols);
        }
        return loss.value(out.data(), targets.data(), rows, cols);
    }

    /** The last layer if it is a Dense whose activation the loss fuses with, else null. */
    Dense fusedDense() {
        return last() instanceof Dense d && loss != null && loss.fusesWith(d.activation())
                ? d : null;
    }

    int[] outputShapeFor(Tensor x) {
        if (!built()) {
            build(Arrays.copyOfRange(x.shape(), 1, x.rank()));
        }
        int[] per = last().outputShape();
        int[] s = new int[per.length + 1];
        s[0] = x.shape(0);
        System.arraycopy(per, 0, s, 1, per.length);
        return s;
    }

    Layer last() {
        return layers.get(layers.size() - 1);
    }

    void requireLayers(String what) {
        if (layers.isEmpty()) {
            throw new IllegalStateException(Msg.text("model.empty", what));
        }
    }

    private static String row(String a, String b, String c) {
        return String.format(" %-28s%-26s%s%n", a, b, c);
    }

    private static String shape(int[] s) {
        StringBuilder sb = new StringBuilder("(None");
        for (int d : s) {
            sb.append(", ").append(d);
        }
        return sb.append(')').toString();
    }

    static String snake(String type) {
        return type.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
