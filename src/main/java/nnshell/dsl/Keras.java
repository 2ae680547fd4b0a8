package nnshell.dsl;

/**
 * Short names for everything a student builds, for {@code import static nnshell.dsl.Keras.*}
 * (the shell does this at start): {@code Dense(8, "relu")}, {@code SGD(0.1)}, ...
 *
 * <pre>{@code var model = sequential(Input(2), Dense(4, "tanh"), Dense(1, "sigmoid"));}</pre>
 */
public final class Keras {
    private Keras() {
    }

    /** A model of these layers. Example: {@code sequential(Input(2), Dense(1))}. */
    public static Sequential sequential(Layer... layers) {
        return new Sequential(layers);
    }

    /** The shape of one input example. Example: {@code Input(1, 8, 8)}. */
    public static Input Input(int... shape) {
        return new Input(shape);
    }

    /** A fully connected layer. Example: {@code Dense(8, "relu")}. */
    public static Dense Dense(int units, String activation) {
        return new Dense(units, activation);
    }

    /** A fully connected layer with an activation object. */
    public static Dense Dense(int units, Activation activation) {
        return new Dense(units, activation);
    }

    /** A fully connected layer without activation. */
    public static Dense Dense(int units) {
        return new Dense(units);
    }

    /** A convolution of {@code filters} k x k kernels. Example: {@code Conv2D(8, 3, "relu")}. */
    public static Conv2D Conv2D(int filters, int kernel, String activation) {
        return new Conv2D(filters, kernel, activation);
    }

    /** A convolution without activation. Example: {@code Conv2D(8, 3)}. */
    public static Conv2D Conv2D(int filters, int kernel) {
        return new Conv2D(filters, kernel);
    }

    /**
     * A convolution with stride and padding ("valid" or "same").
     * Example: {@code Conv2D(8, 3, 1, "same", "relu")}.
     */
    public static Conv2D Conv2D(int filters, int kernel, int stride, String padding,
            String activation) {
        return new Conv2D(filters, kernel, activation).stride(stride).padding(padding);
    }

    /** Max pooling over {@code size} x {@code size} windows. Example: {@code MaxPool2D(2)}. */
    public static MaxPool2D MaxPool2D(int size) {
        return new MaxPool2D(size);
    }

    /** Average pooling over {@code size} x {@code size} windows. */
    public static AvgPool2D AvgPool2D(int size) {
        return new AvgPool2D(size);
    }

    /** The mean of each channel over the image, for images of any size. */
    public static GlobalAveragePooling2D GlobalAveragePooling2D() {
        return new GlobalAveragePooling2D();
    }

    /** Drops values at {@code rate} while training. Example: {@code Dropout(0.5)}. */
    public static Dropout Dropout(double rate) {
        return new Dropout(rate);
    }

    /** Flattens each example to a row. */
    public static Flatten Flatten() {
        return new Flatten();
    }

    /** Plain SGD. Example: {@code SGD(0.1)}. */
    public static Optimizer.SGD SGD(double learningRate) {
        return new Optimizer.SGD(learningRate);
    }

    /** SGD with momentum. Example: {@code SGD(0.01, 0.9)}. */
    public static Optimizer.SGD SGD(double learningRate, double momentum) {
        return new Optimizer.SGD(learningRate, momentum, false);
    }

    /** SGD with momentum, Nesterov's when {@code nesterov}. */
    public static Optimizer.SGD SGD(double learningRate, double momentum, boolean nesterov) {
        return new Optimizer.SGD(learningRate, momentum, nesterov);
    }

    /** Adam. Example: {@code Adam(0.001)}. */
    public static Optimizer.Adam Adam(double learningRate) {
        return new Optimizer.Adam(learningRate);
    }

    /** RMSprop. Example: {@code RMSprop(0.001)}. */
    public static Optimizer.RMSprop RMSprop(double learningRate) {
        return new Optimizer.RMSprop(learningRate);
    }

    /** Options for fit. Example: {@code options().validationSplit(0.2)}. */
    public static FitOptions options() {
        return new FitOptions();
    }

    /** Stops when {@code monitor} stalls. Example: {@code earlyStopping("val_loss", 5)}. */
    public static EarlyStopping earlyStopping(String monitor, int patience) {
        return new EarlyStopping(monitor, patience);
    }

    /** A neuron with bias w0 first. Example: {@code neuron("step", -1.5, 1, 1)} is AND. */
    public static Neuron neuron(String activation, double... weights) {
        return new Neuron(activation, weights);
    }

    /** A vector. Example: {@code tensor(1, 2, 3)}. */
    public static Tensor tensor(double... values) {
        return Tensor.of(values);
    }

    /** A vector of whole numbers, such as class labels. Example: {@code tensor(labels)}. */
    public static Tensor tensor(int[] values) {
        return Tensor.of(values);
    }

    /** A matrix. Example: {@code tensor(new double[][] {{0, 0}, {0, 1}})}. */
    public static Tensor tensor(double[][] rows) {
        return Tensor.of(rows);
    }

    /** Class numbers 0..k-1 for label words, sorted. Example: {@code classes("b", "a")}. */
    public static Tensor classes(String... names) {
        return Labels.fromNames(names);
    }

    /** The activation called {@code name}. Example: {@code activation("tanh").apply(1.0)}. */
    public static Activation activation(String name) {
        return Activation.of(name);
    }

    /** Leaky ReLU with slope {@code alpha} below zero. */
    public static Activation leakyRelu(double alpha) {
        return Activation.leakyRelu(alpha);
    }

    /** Mean squared error. */
    public static Loss mse() {
        return new Loss.MeanSquaredError();
    }

    /** Binary cross-entropy. */
    public static Loss binaryCrossentropy() {
        return new Loss.BinaryCrossentropy();
    }

    /** Categorical cross-entropy on one-hot labels. */
    public static Loss categoricalCrossentropy() {
        return new Loss.CategoricalCrossentropy(false);
    }

    /** Categorical cross-entropy on integer labels 0..k-1. */
    public static Loss sparseCategoricalCrossentropy() {
        return new Loss.CategoricalCrossentropy(true);
    }
}
