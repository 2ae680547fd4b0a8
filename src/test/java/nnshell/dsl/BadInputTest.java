package nnshell.dsl;

import static nnshell.dsl.Keras.Conv2D;
import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.SGD;
import static nnshell.dsl.Keras.options;
import static nnshell.dsl.Keras.sequential;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nnshell.console.Console;

/** Every kind of bad input gets a sentence naming the layer and the shapes. */
class BadInputTest {
    private final Console before = Console.current();

    @AfterEach
    void restore() {
        Console.install(before);
        System.clearProperty("nnshell.lang");
    }

    @Test
    void denseSaysWhichShapeItExpected() {
        var model = sequential(Input(4), Dense(8));
        assertThatThrownBy(() -> model.predict(Tensor.zeros(10, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Dense(4 -> 8) got input of shape [10, 3]: expected 4 features per"
                        + " row.");
    }

    @Test
    void oneExampleAsAVectorIsToldToReshape() {
        var model = sequential(Input(2), Dense(1, "sigmoid"));
        assertThatThrownBy(() -> model.predict(Tensor.of(1, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one example as a vector of shape [2]")
                .hasMessageContaining("x.reshape(1, 2)");
        assertThat(model.predict(Tensor.of(1, 0).reshape(1, 2)).shape()).containsExactly(1, 1);
    }

    @Test
    void imagesIntoDenseSuggestFlatten() {
        var model = sequential(Input(1, 8, 8), Conv2D(2, 3));
        assertThatThrownBy(() -> model.add(Dense(3)))
                .hasMessageContaining("Dense(3) got examples of shape [N, 2, 6, 6]")
                .hasMessageContaining("Flatten()");
        assertThatThrownBy(() -> model.predict(Tensor.zeros(2, 3, 8, 8)))
                .hasMessageContaining("[2, 3, 8, 8]").hasMessageContaining("[N, 1, height, width]");
    }

    @Test
    void labelsOneToTenForTenClassesSaySubtractOne() {
        var model = sequential(Input(2), Dense(10, "softmax"));
        model.compile(SGD(0.1), "sparseCategoricalCrossentropy");
        Tensor y = Tensor.arange(20).map(v -> v % 10 + 1);
        assertThatThrownBy(() -> model.fit(Tensor.zeros(20, 2), y, 1, 4))
                .hasMessageContaining("labels 1..10")
                .hasMessageContaining("0..9")
                .hasMessageContaining("subtract 1");
    }

    @Test
    void fractionalAndOneHotMismatchedLabelsAreNamed() {
        var sparse = sequential(Input(2), Dense(3, "softmax"));
        sparse.compile(SGD(0.1), "sparseCategoricalCrossentropy");
        assertThatThrownBy(() -> sparse.fit(Tensor.zeros(2, 2), Tensor.of(0, 0.5), 1, 2))
                .hasMessageContaining("label 0.5000 at row 1");
        var dense = sequential(Input(2), Dense(3, "softmax"));
        dense.compile(SGD(0.1), "categoricalCrossentropy");
        assertThatThrownBy(() -> dense.fit(Tensor.zeros(2, 2), Tensor.of(0, 2), 1, 2))
                .hasMessageContaining("one-hot")
                .hasMessageContaining("sparseCategoricalCrossentropy");
        var binary = sequential(Input(2), Dense(1, "sigmoid"));
        binary.compile(SGD(0.1), "binaryCrossentropy");
        assertThatThrownBy(() -> binary.fit(Tensor.zeros(2, 2), Tensor.of(0, 3), 1, 2))
                .hasMessageContaining("between 0 and 1").hasMessageContaining("3.");
    }

    @Test
    void labelsGivenAsWordsSayHowToNumberThem() {
        var model = sequential(Input(2), Dense(2, "softmax"));
        model.compile(SGD(0.1), "sparseCategoricalCrossentropy");
        assertThatThrownBy(() -> model.fit(Tensor.zeros(3, 2),
                new String[] {"cat", "dog", "cat"}, 1, 2))
                .hasMessageContaining("cat, dog").hasMessageContaining("classes(");
        assertThat(Keras.classes("dog", "cat", "dog").data()).containsExactly(1, 0, 1);
    }

    @Test
    void emptyDatasetAndRowMismatch() {
        var model = sequential(Input(2), Dense(1));
        model.compile(SGD(0.1), "mse");
        assertThatThrownBy(() -> model.fit(Tensor.zeros(0, 2), Tensor.zeros(0, 1), 1, 1))
                .hasMessageContaining("empty dataset").hasMessageContaining("[0, 2]");
        assertThatThrownBy(() -> model.fit(Tensor.zeros(5, 2), Tensor.zeros(4, 1), 1, 1))
                .hasMessage("x has 5 rows but y has 4: every example needs exactly one label"
                        + " row.");
    }

    @Test
    void modelWithoutLayersOrCompileSaysWhatToDo() {
        var empty = new Sequential();
        assertThatThrownBy(() -> empty.predict(Tensor.zeros(1, 2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no layers yet").hasMessageContaining("model.add(");
        assertThatThrownBy(empty::summaryText).hasMessageContaining("no layers yet");
        var model = sequential(Input(2), Dense(1));
        assertThatThrownBy(() -> model.fit(Tensor.zeros(2, 2), Tensor.zeros(2, 1), 1, 1))
                .hasMessageContaining("model.compile(");
    }

    @Test
    void divergingLossStopsTrainingWithAnAdvice() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console.install(Console.plain(new PrintStream(out, true, StandardCharsets.UTF_8)));
        Tensor x = Tensor.randn(new java.util.Random(1), 50, 3).mul(10);
        Tensor y = x.matmul(Tensor.of(new double[][] {{3}, {-2}, {5}}));
        Seeds.set(1);
        var model = sequential(Input(3), Dense(8), Dense(1));
        model.compile(SGD(10), "mse");

        History h = model.fit(x, y, options().epochs(50).batchSize(10).verbose(0));

        assertThat(h.epochs()).isLessThan(50);
        assertThat(h.stopReason()).contains("learning rate 10").contains("smaller");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("training stopped");
        assertThat(Double.isFinite(h.last("loss"))).isFalse();
    }

    @Test
    void typosGetTheNearestName() {
        assertThatThrownBy(() -> Dense(3, "rleu")).hasMessageContaining("Did you mean \"relu\"");
        assertThatThrownBy(() -> Loss.of("binaryCrossEntropi"))
                .hasMessageContaining("\"binaryCrossentropy\"");
        assertThatThrownBy(() -> Metric.of("acuracy")).hasMessageContaining("\"accuracy\"");
    }

    @Test
    void messagesArePolishWhenAskedFor() {
        System.setProperty("nnshell.lang", "pl");
        var model = sequential(Input(4), Dense(8));
        assertThatThrownBy(() -> model.predict(Tensor.zeros(10, 3)))
                .hasMessage("Dense(4 -> 8) dostała wejście o kształcie [10, 3]: oczekiwano 4 cech"
                        + " w wierszu.");
    }

    @Test
    void badTensorArithmeticNamesTheShapes() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).matmul(Tensor.zeros(2, 3)))
                .hasMessageContaining("[2, 3] and [2, 3]");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).add(Tensor.zeros(2)))
                .hasMessageContaining("Cannot add shapes [2, 3] and [2]");
    }
}
