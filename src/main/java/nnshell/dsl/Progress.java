package nnshell.dsl;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnshell.console.Console;

/** The one-line progress bar of {@code fit}: epoch, bar, loss, metrics; about 10 updates/s. */
final class Progress {
    private static final long INTERVAL_NANOS = 100_000_000L;
    private static final int BAR = 20;
    private final int epochs;
    private final int batches;
    private final boolean on;
    private long lastUpdate;

    Progress(int epochs, int batches, boolean on) {
        this.epochs = epochs;
        this.batches = batches;
        this.on = on;
    }

    void batch(int epoch, int done, double loss, List<Metric> metrics, double[] sums, int seen) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastUpdate < INTERVAL_NANOS) {
            return;
        }
        lastUpdate = now;
        StringBuilder sb = head(epoch, done).append(" - loss: ").append(fmt(loss));
        for (int m = 0; m < metrics.size(); m++) {
            sb.append(" - ").append(metrics.get(m).name()).append(": ").append(fmt(sums[m] / seen));
        }
        Console.current().status(sb.toString());
    }

    void epochEnd(int epoch, Map<String, Double> logs) {
        if (!on) {
            return;
        }
        StringBuilder sb = head(epoch, batches);
        logs.forEach((k, v) -> sb.append(" - ").append(k).append(": ").append(fmt(v)));
        Console console = Console.current();
        console.status(sb.toString());
        console.endStatus();
        lastUpdate = 0;
    }

    void message(String text) {
        Console console = Console.current();
        if (on) {
            console.endStatus();
        }
        console.println(text);
    }

    private StringBuilder head(int epoch, int done) {
        int filled = batches == 0 ? BAR : done * BAR / batches;
        String bar = "=".repeat(filled) + (filled < BAR ? ">" + ".".repeat(BAR - filled - 1) : "");
        int width = String.valueOf(epochs).length();
        return new StringBuilder(String.format(Locale.ROOT, "%s %" + width + "d/%d [%s] %d/%d",
                Msg.text("progress.epoch"), epoch + 1, epochs, bar, done, batches));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
