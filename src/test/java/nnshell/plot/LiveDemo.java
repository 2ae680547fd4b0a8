package nnshell.plot;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnshell.console.Console;
import nnshell.dsl.Callback;
import nnshell.dsl.Callbacks;

/**
 * A training run made of synthetic epochs, for the end-to-end tests: it installs live
 * plotting, then reports a falling loss epoch by epoch to every global callback, with a
 * progress status line, as {@code fit} does.
 *
 * <p>Arguments: epochs, milliseconds per epoch.
 */
public final class LiveDemo {
    private LiveDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        int epochs = Integer.parseInt(args[0]);
        long pause = Long.parseLong(args[1]);
        int width = Integer.getInteger("demo.width", 80);
        Console console = new AnsiConsole(new PrintStream(System.out, true,
                StandardCharsets.UTF_8), width);
        Console.install(console);
        console.println("before training");
        LivePlots.install();

        List<Callback> callbacks = Callbacks.forNewRun();
        callbacks.forEach(c -> c.onTrainBegin(epochs, 1));
        Map<String, Double> logs = Map.of();
        for (int e = 0; e < epochs; e++) {
            Thread.sleep(pause);
            logs = logs(e);
            console.status("epoch " + (e + 1) + "/" + epochs + "  loss "
                    + String.format("%.4f", logs.get("loss")));
            for (Callback c : callbacks) {
                c.onEpochEnd(e, logs);
            }
        }
        console.endStatus();
        for (Callback c : callbacks) {
            c.onTrainEnd(logs);
        }
        console.println("after training");
        if (Boolean.getBoolean("demo.wait")) {
            Thread.sleep(Long.getLong("demo.waitMs", 60_000));
        }
        System.exit(0);
    }

    static Map<String, Double> logs(int epoch) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", 0.7 * Math.exp(-epoch / 15.0) + 0.05);
        logs.put("val_loss", 0.75 * Math.exp(-epoch / 18.0) + 0.09);
        return logs;
    }
}
