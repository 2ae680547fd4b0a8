package nnshell.dsl;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnshell.console.Console;

/**
 * The progress line of {@code fit}: one status line for the whole run (epoch n/N, bar, loss,
 * metrics) updated in place about 10 times a second and ended once with the final values.
 * Verbosity 0 shows nothing; 2 ends the line after every epoch, one line per epoch.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 100_000_000L;
    private static final int BAR = 20;
    private final int epochs;
    private final int batches;
    private final int verbose;
    private long lastUpdate;
    private String last;

    Progress(int epochs, int batches, int verbose) {
        this.epochs = epochs;
        this.batches = batches;
        this.verbose = verbose;
    }

    void batch(int epoch, int done, double loss, List<Metric> metrics, double[] sums, int seen) {
        if (verbose <= 0 || throttled()) {
            return;
        }
        StringBuilder sb = head(epoch, done).append(" - loss: ").append(fmt(loss));
        for (int m = 0; m < metrics.size(); m++) {
            sb.append(" - ").append(metrics.get(m).name()).append(": ").append(fmt(sums[m] / seen));
        }
        show(sb.toString());
    }

    void epochEnd(int epoch, Map<String, Double> logs) {
        if (verbose <= 0) {
            return;
        }
        StringBuilder sb = head(epoch, batches);
        logs.forEach((k, v) -> sb.append(" - ").append(k).append(": ").append(fmt(v)));
        last = sb.toString();
        if (verbose >= 2) {
            Console console = Console.current();
            console.status(last);
            console.endStatus();
            last = null;
            lastUpdate = 0;
        } else if (epoch + 1 == epochs || !throttled()) {
            Console.current().status(last);
        }
    }

    /** Ends the line once with the last epoch's values; called when training ends. */
    void finish() {
        if (verbose <= 0 || last == null) {
            return;
        }
        Console console = Console.current();
        console.status(last);
        console.endStatus();
        last = null;
    }

    /** Ends the progress line, then prints a line (why training stopped, say). */
    void message(String text) {
        finish();
        Console.current().println(text);
    }

    private boolean throttled() {
        long now = System.nanoTime();
        if (lastUpdate != 0 && now - lastUpdate < INTERVAL_NANOS) {
            return true;
        }
        lastUpdate = now;
        return false;
    }

    private void show(String line) {
        last = line;
        Console.current().status(line);
    }

    private StringBuilder head(int epoch, int done) {
        long total = (long) epochs * batches;
        long now = (long) epoch * batches + done;
        int filled = total == 0 ? BAR : (int) (now * BAR / total);
        String bar = "=".repeat(filled) + (filled < BAR ? ">" + ".".repeat(BAR - filled - 1) : "");
        int width = String.valueOf(epochs).length();
        return new StringBuilder(String.format(Locale.ROOT, "%s %" + width + "d/%d [%s]",
                Msg.text("progress.epoch"), epoch + 1, epochs, bar));
    }

    /** Four decimals, or four significant digits with an exponent for a value that blew up. */
    private static String fmt(double v) {
        return Math.abs(v) >= 1e6 ? String.format(Locale.ROOT, "%.4g", v)
                : String.format(Locale.ROOT, "%.4f", v);
    }
}
