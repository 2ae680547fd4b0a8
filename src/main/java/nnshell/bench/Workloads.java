package nnshell.bench;

import static nnshell.dsl.Keras.Conv2D;
import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Flatten;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.MaxPool2D;
import static nnshell.dsl.Keras.SGD;
import static nnshell.dsl.Keras.options;
import static nnshell.dsl.Keras.sequential;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleSupplier;

import nnshell.dsl.Metric;
import nnshell.dsl.Seeds;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/**
 * The workloads of WORKLOADS.md written as a student writes them in the shell. Each run
 * builds a fresh model from seed 42 (untimed) and times only {@code fit}.
 */
final class Workloads {
    private final BenchData spiral;
    private final Tensor digitsTrainX;
    private final Tensor digitsTrainY;
    private final Tensor digitsTestX;
    private final Tensor digitsTestY;

    Workloads(Path dir) throws IOException {
        spiral = BenchData.read(dir.resolve("spiral.csv"));
        BenchData digits = BenchData.read(dir.resolve("digits.csv"));
        Tensor images = digits.x().div(16).reshape(-1, 1, 8, 8);
        int train = (int) Math.floor(0.8 * images.shape(0));
        digitsTrainX = images.rows(0, train);
        digitsTrainY = digits.y().rows(0, train);
        digitsTestX = images.rows(train, images.shape(0));
        digitsTestY = digits.y().rows(train, images.shape(0));
    }

    /** One timed run: wall seconds and CPU seconds of training, steps, accuracy. */
    record Run(double seconds, double cpuSeconds, int steps, double accuracy) {
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** A clock pair started now: wall (monotonic) and this thread's CPU time. */
    private record Clock(long wall, long cpu) {
        static Clock start() {
            return new Clock(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
        }

        /** The run timed until now; the accuracy is computed after, untimed. */
        Run stop(int steps, DoubleSupplier accuracy) {
            double seconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            return new Run(seconds, cpuSeconds, steps, accuracy.getAsDouble());
        }
    }

    /** W1: 2-8-8-1 on the spiral, batch 10, 100 epochs, lr 0.03, shuffled from seed 42. */
    Run w1() {
        return w1(0);
    }

    /**
     * W1 with the given verbosity: 1 is the student's default, with the progress bar and the
     * callbacks the shell installs (live charts); 0 runs the bare loop.
     */
    Run w1(int verbose) {
        Sequential model = playground();
        Clock clock = Clock.start();
        model.fit(spiral.x(), spiral.y(), options().epochs(100).batchSize(10).seed(42)
                .verbose(verbose));
        return clock.stop(5000, () -> Metric.ACCURACY.compute(model.predict(spiral.x()),
                spiral.y()));
    }

    /** W1b: the same network, full batch of 500, 2000 steps, no shuffling. */
    Run w1b() {
        Sequential model = playground();
        Clock clock = Clock.start();
        model.fit(spiral.x(), spiral.y(), options().epochs(2000).batchSize(500).shuffle(false)
                .verbose(0));
        return clock.stop(2000, () -> Metric.ACCURACY.compute(model.predict(spiral.x()),
                spiral.y()));
    }

    /** W2: conv 8x3x3 same + relu, max-pool 2, dense 10 softmax; batch 32, 10 epochs. */
    Run w2() {
        Seeds.set(42);
        Sequential model = sequential(Input(1, 8, 8), Conv2D(8, 3, 1, "same", "relu"),
                MaxPool2D(2), Flatten(), Dense(10, "softmax"));
        model.compile(SGD(0.1), "sparseCategoricalCrossentropy");
        Clock clock = Clock.start();
        model.fit(digitsTrainX, digitsTrainY, options().epochs(10).batchSize(32).seed(42)
                .verbose(0));
        int batches = (digitsTrainX.shape(0) + 31) / 32;
        return clock.stop(10 * batches,
                () -> Metric.ACCURACY.compute(model.predict(digitsTestX), digitsTestY));
    }

    /** The plain Java double[] loop of W1, for the ratio. */
    Run plainW1() {
        Clock clock = Clock.start();
        double accuracy = PlainLoop.w1(spiral.x().data(), spiral.y().data());
        return clock.stop(5000, () -> accuracy);
    }

    private static Sequential playground() {
        Seeds.set(42);
        Sequential model = sequential(Input(2), Dense(8, "tanh"), Dense(8, "tanh"),
                Dense(1, "sigmoid"));
        model.compile(SGD(0.03), "binaryCrossentropy");
        return model;
    }
}
