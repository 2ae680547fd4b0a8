package nnshell.plot;

import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.SGD;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nnshell.console.Console;
import nnshell.dsl.FitOptions;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/**
 * What live plotting costs on workload W1 (2-8-8-1 on the spiral, batch 10, 100 epochs):
 * median fit time without and with live plotting in the mode given by {@code nnshell.plots}.
 *
 * <p>Argument: the spiral CSV (x,y,label). Terminal frames go to a discarded ANSI stream.
 */
public final class LivePlotCost {
    private static final int REPS = 7;

    private LivePlotCost() {
    }

    public static void main(String[] args) throws IOException {
        Tensor[] xy = read(Path.of(args[0]));
        Console.install(new AnsiConsole(new PrintStream(OutputStream.nullOutputStream()), 100));
        for (int round = 0; round < 2; round++) {
            double[] off = median(xy, false);
            double[] on = median(xy, true);
            System.out.printf(Locale.ROOT, "W1 fit, median of %d: without live plots %.1f ms"
                    + " (cpu %.1f ms), with live plots (%s) %.1f ms (cpu %.1f ms):"
                    + " overhead %.1f %% wall, %.1f %% cpu%n", REPS, off[0], off[1],
                    Display.mode().word(), on[0], on[1], 100 * (on[0] - off[0]) / off[0],
                    100 * (on[1] - off[1]) / off[1]);
        }
        System.exit(0);
    }

    /** Median wall time and median process CPU time of a W1 fit, in milliseconds. */
    private static double[] median(Tensor[] xy, boolean live) {
        if (live) {
            LivePlots.install();
        } else {
            LivePlots.uninstall();
        }
        double[] ms = new double[REPS + 2];
        double[] cpu = new double[REPS + 2];
        for (int r = 0; r < ms.length; r++) {
            Sequential model = new Sequential(Input(2), Dense(8, "tanh"), Dense(8, "tanh"),
                    Dense(1, "sigmoid")).compile(SGD(0.03), "binaryCrossentropy");
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            model.fit(xy[0], xy[1], new FitOptions().epochs(100).batchSize(10).verbose(0)
                    .seed(42));
            ms[r] = (System.nanoTime() - t0) / 1e6;
            cpu[r] = (cpuNanos() - c0) / 1e6;
        }
        return new double[] {mid(ms), mid(cpu)};
    }

    private static double mid(double[] values) {
        double[] timed = Arrays.copyOfRange(values, 2, values.length);
        Arrays.sort(timed);
        return timed[REPS / 2];
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management
                .ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Tensor[] read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int n = lines.size() - 1;
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            x[2 * i] = Double.parseDouble(f[0]);
            x[2 * i + 1] = Double.parseDouble(f[1]);
            y[i] = Double.parseDouble(f[2]);
        }
        return new Tensor[] {Tensor.wrap(x, n, 2), Tensor.wrap(y, n, 1)};
    }
}
