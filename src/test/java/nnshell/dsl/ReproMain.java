package nnshell.dsl;

import static nnshell.dsl.Keras.Conv2D;
import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Dropout;
import static nnshell.dsl.Keras.Flatten;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.MaxPool2D;
import static nnshell.dsl.Keras.SGD;
import static nnshell.dsl.Keras.Adam;
import static nnshell.dsl.Keras.options;
import static nnshell.dsl.Keras.sequential;

import java.util.ArrayList;
import java.util.List;

/** Trains two small models from a seed and prints every weight and loss as hex doubles. */
public final class ReproMain {
    private ReproMain() {
    }

    /** Prints the fingerprint lines of {@link #run()}. */
    public static void main(String[] args) {
        run(42).forEach(System.out::println);
    }

    /** Hex doubles of the weights and loss histories of a dense and a convolutional run. */
    static List<String> run(long seed) {
        List<String> out = new ArrayList<>();
        Tensor[] s = BenchData.read("spiral.csv");
        Seeds.set(seed);
        var mlp = sequential(Input(2), Dense(8, "tanh"), Dropout(0.1), Dense(1, "sigmoid"));
        mlp.compile(Adam(0.01), "binaryCrossentropy", "accuracy");
        record(out, mlp, mlp.fit(s[0], s[1], options().epochs(5).batchSize(10).verbose(0)));

        Tensor[] d = BenchData.read("digits.csv");
        Tensor images = d[0].rows(0, 256).div(16).reshape(-1, 1, 8, 8);
        var cnn = sequential(Input(1, 8, 8), Conv2D(8, 3, 1, "same", "relu"), MaxPool2D(2),
                Flatten(), Dense(10, "softmax"));
        cnn.compile(SGD(0.1, 0.9), "sparseCategoricalCrossentropy");
        record(out, cnn, cnn.fit(images, d[1].rows(0, 256), options().epochs(2).batchSize(32)
                .validationSplit(0.2).verbose(0)));
        return out;
    }

    private static void record(List<String> out, Sequential model, History h) {
        for (Parameter p : model.parameters()) {
            StringBuilder sb = new StringBuilder(p.name());
            for (double v : p.value().data()) {
                sb.append(' ').append(Double.toHexString(v));
            }
            out.add(sb.toString());
        }
        h.asMap().forEach((k, v) -> out.add(k + " " + v.stream().map(Double::toHexString)
                .toList()));
    }
}
