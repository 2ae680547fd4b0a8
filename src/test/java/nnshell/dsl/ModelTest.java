package nnshell.dsl;

import static nnshell.dsl.Keras.Conv2D;
import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Dropout;
import static nnshell.dsl.Keras.Flatten;
import static nnshell.dsl.Keras.GlobalAveragePooling2D;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.MaxPool2D;
import static nnshell.dsl.Keras.SGD;
import static nnshell.dsl.Keras.earlyStopping;
import static nnshell.dsl.Keras.options;
import static nnshell.dsl.Keras.sequential;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nnshell.console.Console;

class ModelTest {
    private final Console before = Console.current();

    @AfterEach
    void restore() {
        Console.install(before);
    }

    @Test
    void summaryListsLayersShapesAndParameterCountsLikeKeras() {
        var model = sequential(Input(1, 8, 8), Conv2D(8, 3, 1, "same", "relu"), MaxPool2D(2),
                Flatten(), Dropout(0.5), Dense(10, "softmax"));

        String s = model.summaryText();

        assertThat(s).contains("Layer (type)", "Output Shape", "Param #");
        assertThat(s).containsPattern("conv2d_1 \\(Conv2D\\) +\\(None, 8, 8, 8\\) +80");
        assertThat(s).containsPattern("max_pool2d_1 \\(MaxPool2D\\) +\\(None, 8, 4, 4\\) +0");
        assertThat(s).containsPattern("flatten_1 \\(Flatten\\) +\\(None, 128\\) +0");
        assertThat(s).containsPattern("dense_1 \\(Dense\\) +\\(None, 10\\) +1290");
        assertThat(s).contains("Total params: 1370");
        assertThat(model.toString()).contains("Conv2D(1 -> 8, 3x3, same, relu)", "-> [N, 10]",
                "Dense(128 -> 10, softmax)");
    }

    @Test
    void summaryGoesToTheConsole() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console.install(Console.plain(new PrintStream(out, true, StandardCharsets.UTF_8)));
        sequential(Input(2), Dense(3)).summary();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("dense_1 (Dense)", "9");
    }

    /** A console that records statuses and the lines that end up printed. */
    private static final class Recording implements Console {
        final List<String> statuses = new ArrayList<>();
        final List<String> lines = new ArrayList<>();
        private String status;

        public void println(String line) {
            lines.add(line);
        }

        public void print(String text) {
        }

        public void status(String line) {
            status = line;
            statuses.add(line);
        }

        public void endStatus() {
            lines.add(status);
        }
    }

    @Test
    void progressIsOneLineForTheWholeFitUpdatedInPlace() {
        Recording console = new Recording();
        Console.install(console);
        var model = sequential(Input(2), Dense(1, "sigmoid"));
        model.compile(SGD(0.1), "binaryCrossentropy", "accuracy");

        model.fit(XorTest.X, XorTest.Y, options().epochs(500).batchSize(2)
                .validationData(XorTest.X, XorTest.Y));

        assertThat(console.lines).hasSize(1);
        assertThat(console.lines.get(0)).matches("Epoch 500/500 \\[=+\\]"
                + " - loss: \\d\\.\\d{4} - accuracy: \\d\\.\\d{4}"
                + " - val_loss: \\d\\.\\d{4} - val_accuracy: \\d\\.\\d{4}");
        assertThat(console.statuses.size()).isLessThan(50);
    }

    @Test
    void fitTakesTheNumberOfEpochsAloneAsKerasDoesWithItsDefaultBatch() {
        Console.install(new Recording());
        var model = sequential(Input(2), Dense(1, "sigmoid"));
        model.compile(SGD(0.1), "binaryCrossentropy");
        History history = model.fit(XorTest.X, XorTest.Y, 4);
        assertThat(history.epochs()).isEqualTo(4);
    }

    @Test
    void aValidationSplitOfOneClassIsPointedOut() {
        Recording console = new Recording();
        Console.install(console);
        Tensor x = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}});
        var model = sequential(Input(2), Dense(1, "sigmoid"));
        model.compile(SGD(0.1), "binaryCrossentropy", "accuracy");

        // sorted by class: the last third, held out, is all class 1
        model.fit(x, Tensor.of(new double[][] {{0}, {0}, {0}, {1}, {1}, {1}}),
                options().epochs(1).verbose(0).validationSplit(0.34));
        assertThat(console.lines).anySatisfy(l -> assertThat(l)
                .contains("holds out the last 2 rows").contains("all of them are of class 1"));

        console.lines.clear();
        model.fit(x, Tensor.of(new double[][] {{0}, {1}, {0}, {1}, {0}, {1}}),
                options().epochs(1).verbose(0).validationSplit(0.34));
        assertThat(console.lines).noneMatch(l -> l != null && l.contains("validationSplit"));
    }

    @Test
    void verboseTwoPrintsOneLinePerEpochAndZeroNothing() {
        Recording console = new Recording();
        Console.install(console);
        var model = sequential(Input(2), Dense(1, "sigmoid"));
        model.compile(SGD(0.1), "binaryCrossentropy", "accuracy");

        model.fit(XorTest.X, XorTest.Y, options().epochs(3).batchSize(2).verbose(2));
        assertThat(console.lines).hasSize(3);
        assertThat(console.lines.get(1)).startsWith("Epoch 2/3 [").contains("- accuracy: ");

        console.lines.clear();
        console.statuses.clear();
        int[] globalRuns = {0};
        java.util.function.Supplier<Callback> global = () -> new Callback() {
            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs) {
                globalRuns[0]++;
            }
        };
        Callbacks.addGlobal(global);
        try {
            model.fit(XorTest.X, XorTest.Y, options().epochs(3).batchSize(2).verbose(0));
            assertThat(console.lines).isEmpty();
            assertThat(console.statuses).isEmpty();
            assertThat(globalRuns[0]).as("live chart callbacks skipped at verbose 0").isZero();
            model.fit(XorTest.X, XorTest.Y, options().epochs(3).batchSize(2));
            assertThat(globalRuns[0]).isEqualTo(3);
        } finally {
            Callbacks.removeGlobal(global);
        }
    }

    @Test
    void aDivergingLossEndsTheProgressLineThenSaysWhy() {
        Recording console = new Recording();
        Console.install(console);
        Tensor x = Tensor.randn(new java.util.Random(1), 50, 3).mul(10);
        Tensor y = x.matmul(Tensor.of(new double[][] {{3}, {-2}, {5}}));
        Seeds.set(1);
        var model = sequential(Input(3), Dense(8), Dense(1));
        model.compile(SGD(10), "mse");

        model.fit(x, y, options().epochs(50).batchSize(10));

        assertThat(console.lines).hasSize(2);
        assertThat(console.lines.get(0)).matches("Epoch +\\d+/50 \\[.*");
        assertThat(console.lines.get(1)).contains("training stopped");
    }

    @Test
    void earlyStopEndsTheLineAndSaysWhy() {
        Recording console = new Recording();
        Console.install(console);
        var model = sequential(Input(2), Dense(1, "sigmoid"));
        model.compile(SGD(0.01), "binaryCrossentropy");
        Callback stopAfterTwo = new Callback() {
            private int seen;

            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs) {
                seen++;
            }

            @Override
            public boolean stopRequested() {
                return seen >= 2;
            }
        };

        model.fit(XorTest.X, XorTest.Y, options().epochs(100).batchSize(4)
                .callbacks(stopAfterTwo));

        assertThat(console.lines).hasSize(2);
        assertThat(console.lines.get(0)).matches("Epoch +2/100 \\[.*");
        assertThat(console.lines.get(1)).contains("Stopped early after epoch 2 of 100");
    }

    @Test
    void historyCallbacksAndEarlyStopping() {
        Tensor x = Tensor.randn(new java.util.Random(2), 40, 2);
        Tensor y = x.column(0).reshape(40, 1);
        List<Integer> epochsSeen = new ArrayList<>();
        int[] batches = new int[1];
        Callback counter = new Callback() {
            @Override
            public void onBatchEnd(int epoch, int batch, Map<String, Double> logs) {
                batches[0]++;
            }

            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs) {
                epochsSeen.add(epoch);
            }
        };
        Seeds.set(5);
        var model = sequential(Input(2), Dense(1));
        model.compile(SGD(0.5), "mse", "mae");
        EarlyStopping stop = earlyStopping("val_loss", 2);

        History h = model.fit(x, y, options().epochs(500).batchSize(8).validationSplit(0.25)
                .callbacks(counter, stop).verbose(0));

        assertThat(h.keys()).containsExactly("loss", "mae", "val_loss", "val_mae");
        assertThat(h.epochs()).isLessThan(500).isEqualTo(epochsSeen.size());
        assertThat(stop.stoppedEpoch()).isEqualTo(h.epochs() - 1);
        assertThat(batches[0]).isEqualTo(h.epochs() * 4);
        assertThat(h.toString()).contains("History(epochs=" + h.epochs(), "loss");
    }

    @Test
    void globalPoolingModelTakesImagesOfDifferentSizes() {
        Seeds.set(8);
        var model = sequential(Input(1, 8, 8), Conv2D(4, 3, "relu"), GlobalAveragePooling2D(),
                Dense(2, "softmax"));
        assertThat(model.predict(Tensor.randn(3, 1, 8, 8)).shape()).containsExactly(3, 2);
        assertThat(model.predict(Tensor.randn(2, 1, 13, 11)).shape()).containsExactly(2, 2);
        assertThat(model.predict(Tensor.randn(1, 1, 13, 11)).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void optimizersByNameAndInitializersWithTheirOwnSeed() {
        var model = sequential(Input(2), Dense(1));
        model.compile("adam", "mse", "mae");
        assertThat(model.optimizer()).isInstanceOf(Optimizer.Adam.class);
        assertThat(model.optimizer().learningRate()).isEqualTo(0.001);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> model.compile("adma", "mse"))
                .hasMessageContaining("Did you mean \"adam\"");
        Seeds.set(1);
        Dense a = Dense(4).kernelInitializer(Initializer.heNormal().withSeed(7));
        sequential(Input(3), a);
        Seeds.set(2);
        Dense b = Dense(4).kernelInitializer(Initializer.heNormal().withSeed(7));
        sequential(Input(3), b);
        assertThat(a.kernel().value()).isEqualTo(b.kernel().value());
    }

    @Test
    void scheduleChangesTheLearningRatePerEpoch() {
        Optimizer step = SGD(0.8).schedule(Schedule.step(0.5, 2));
        step.onEpochBegin(3);
        assertThat(step.learningRate()).isEqualTo(0.4);
        Optimizer exp = SGD(1.0).schedule(Schedule.exponential(0.9));
        exp.onEpochBegin(2);
        assertThat(exp.learningRate()).isCloseTo(0.81, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void metricsComputeTheTextbookValues() {
        Tensor p = Tensor.of(0.9, 0.8, 0.2, 0.6, 0.1).reshape(5, 1);
        Tensor y = Tensor.of(1, 0, 0, 1, 1).reshape(5, 1);
        // predicted 1 1 0 1 0: tp 2, fp 1, fn 1
        assertThat(Metric.ACCURACY.compute(p, y)).isEqualTo(0.6);
        assertThat(Metric.PRECISION.compute(p, y)).isEqualTo(2.0 / 3);
        assertThat(Metric.RECALL.compute(p, y)).isEqualTo(2.0 / 3);
        assertThat(Metric.F1.compute(p, y)).isCloseTo(2.0 / 3,
                org.assertj.core.data.Offset.offset(1e-12));
        Tensor r = Tensor.of(1, 2, 3).reshape(3, 1);
        Tensor t = Tensor.of(1, 2, 5).reshape(3, 1);
        assertThat(Metric.MAE.compute(r, t)).isCloseTo(2.0 / 3,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Metric.RMSE.compute(r, t)).isCloseTo(Math.sqrt(4.0 / 3),
                org.assertj.core.data.Offset.offset(1e-12));
        // labels 1 2 5: mean 8/3, total sum of squares 8.6667, residual 4
        assertThat(Metric.R2.compute(r, t)).isCloseTo(1 - 4 / (26.0 / 3),
                org.assertj.core.data.Offset.offset(1e-12));
        Tensor probs = Tensor.of(new double[][] {{0.1, 0.7, 0.2}, {0.5, 0.3, 0.2}});
        assertThat(Metric.ACCURACY.compute(probs, Tensor.labels(1, 2))).isEqualTo(0.5);
    }

    @Test
    void neuronsComputeLogicAndNoneComputesXor() {
        assertThat(Neuron.and().truthTable()).isEqualTo(
                "[0.0, 0.0] -> 0.\n[0.0, 1.0] -> 0.\n[1.0, 0.0] -> 0.\n[1.0, 1.0] -> 1.");
        assertThat(Neuron.or().output(0, 1)).isEqualTo(1);
        assertThat(Neuron.not().output(1)).isEqualTo(0);
        assertThat(Neuron.not().output(0)).isEqualTo(1);
        Tensor x = XorTest.X;
        assertThat(Neuron.search(x, Tensor.of(0, 0, 0, 1), 2, 0.5)).isPresent();
        assertThat(Neuron.search(x, Tensor.of(0, 1, 1, 1), 2, 0.5)).isPresent();
        assertThat(Neuron.search(x, Tensor.of(0, 1, 1, 0), 2, 0.25)).isEmpty();
        assertThat(new Neuron("sigmoid", 0, 1).output(0)).isEqualTo(0.5);
        assertThat(Neuron.and().toString()).isEqualTo("Neuron(step, w0=-2., w=[1., 1.])");
    }
}
