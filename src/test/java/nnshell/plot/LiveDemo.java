package nnshell.plot;

import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.SGD;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import nnshell.console.Console;
import nnshell.data.Playground;
import nnshell.data.XY;
import nnshell.dsl.Callback;
import nnshell.dsl.FitOptions;
import nnshell.dsl.Sequential;

/**
 * A real training run for the end-to-end tests: live plotting installed, then the DSL's
 * {@code fit} of a 2-8-8-1 network on the spiral, with its progress bar on an ANSI console.
 * Each epoch may be slowed down so that screenshots catch the chart changing.
 *
 * <p>Arguments: epochs, milliseconds of pause per epoch.
 */
public final class LiveDemo {
    private LiveDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        int epochs = Integer.parseInt(args[0]);
        long pause = Long.parseLong(args[1]);
        Console console = Console.ansi(new PrintStream(System.out, true,
                StandardCharsets.UTF_8), Integer.getInteger("demo.width", 80));
        Console.install(console);
        console.println("before training");
        LivePlots.install();

        XY data = Playground.spiral(500, 0, 42);
        Sequential model = new Sequential(Input(2), Dense(8, "tanh"), Dense(8, "tanh"),
                Dense(1, "sigmoid")).compile(SGD(0.03), "binaryCrossentropy", "accuracy");
        model.fit(data.x(), data.y(), new FitOptions().epochs(epochs).batchSize(10)
                .validationSplit(0.2).callbacks(pauseEachEpoch(pause)));

        console.println("after training");
        if (Boolean.getBoolean("demo.wait")) {
            Thread.sleep(Long.getLong("demo.waitMs", 60_000));
        }
        System.exit(0);
    }

    private static Callback pauseEachEpoch(long millis) {
        return Callback.onEpoch((epoch, logs) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Logs of a made-up epoch: a falling loss and validation loss. */
    static Map<String, Double> logs(int epoch) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", 0.7 * Math.exp(-epoch / 15.0) + 0.05);
        logs.put("val_loss", 0.75 * Math.exp(-epoch / 18.0) + 0.09);
        return logs;
    }
}
