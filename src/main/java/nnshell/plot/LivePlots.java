package nnshell.plot;

import java.util.function.Supplier;

import nnshell.console.Background;
import nnshell.dsl.Callback;
import nnshell.dsl.Callbacks;

/**
 * Live training curves: once installed, every {@code fit} draws its loss and metrics
 * (training and validation) as epochs end, in a window or in place in the terminal.
 *
 * <p>The shell calls {@link #install()} at start; the default startup script does too, so a
 * plain JShell with nnshell's startup gets the same. Installing twice changes nothing.
 *
 * <pre>{@code LivePlots.install();  model.fit(x, y, 100);}</pre>
 */
public final class LivePlots {
    private static final Supplier<Callback> FACTORY = LiveTraining::new;
    private static boolean installed;
    private static boolean warmedUp;

    private LivePlots() {
    }

    /** Adds live plotting to every later training run; returns true if it was not on yet. */
    public static synchronized boolean install() {
        if (installed) {
            return false;
        }
        Callbacks.addGlobal(FACTORY);
        installed = true;
        if (!warmedUp) {
            warmedUp = true;
            warmUp();
        }
        return true;
    }

    /**
     * Loads the classes and fonts of drawing once the shell is idle, so that the first fit does
     * not wait for them and the start is not slowed down by them either.
     */
    private static void warmUp() {
        Background.whenIdle(() -> {
            XyChart chart = new XyChart("warm-up").line("y", new double[] {0, 1},
                    new double[] {0, 1});
            chart.toTerminal(40, 10, true);
            chart.png(200, 120);
        });
    }

    /** Removes live plotting from later training runs. */
    public static synchronized void uninstall() {
        Callbacks.removeGlobal(FACTORY);
        installed = false;
    }

    /**
     * How many live frames were drawn so far in this process: charts printed in the terminal
     * (the final one of each run included) and paints of the live window. For benchmarks.
     */
    public static long framesDrawn() {
        return LiveTraining.framesDrawn();
    }

    /**
     * Waits until a live window has painted what training asked it to, so that its painting is
     * not charged to whatever runs next; returns at once in the terminal. For benchmarks.
     */
    public static void awaitPainted() throws InterruptedException {
        if (Display.mode() == PlotMode.WINDOW) {
            ChartWindow.awaitPainted();
        }
    }

    /** Whether live plotting is installed. */
    public static synchronized boolean installed() {
        return installed;
    }
}
