package nnshell.plot;

import java.nio.file.Path;
import java.util.Locale;

import nnshell.console.Console;

/**
 * Sends charts where they go now: a window, the terminal, a file, or nowhere; every chart
 * shown is also kept in {@link ChartLog} as PNG for the session's export.
 */
public final class Display {
    private static final System.Logger LOG = System.getLogger(Display.class.getName());
    private static volatile Chart last;

    private Display() {
    }

    /**
     * The mode in force now: the system property {@code nnshell.plots} (set by {@code --plots},
     * {@code /plot mode}, or a lesson check), else window with a display and terminal without.
     * A window asked for where no display is falls back to the terminal.
     */
    public static PlotMode mode() {
        PlotMode m = PlotMode.configured();
        return m == PlotMode.WINDOW && !PlotMode.displayAvailable() ? PlotMode.TERMINAL : m;
    }

    /** Sets where later charts go. A window asked for without a display falls back. */
    public static PlotMode mode(PlotMode newMode) {
        if (newMode == PlotMode.WINDOW && !PlotMode.displayAvailable()) {
            Console.current().println(Messages.text("window.nodisplay"));
            newMode = PlotMode.TERMINAL;
        }
        System.setProperty("nnshell.plots", newMode.word());
        return newMode;
    }

    /** The chart shown last, or null before the first. */
    public static Chart last() {
        return last;
    }

    /** Makes {@code chart} the last chart (for {@code /plot save}) without showing it. */
    static void remember(Chart chart) {
        last = chart;
    }

    /** Shows {@code chart} in the current mode and records it. */
    static void show(Chart chart) {
        last = chart;
        byte[] png = chart.png();
        int sequence = ChartLog.record(chart.title(), png);
        PlotMode mode = mode();
        Path file = null;
        chart.onChange(null);
        switch (mode) {
            case WINDOW -> showInWindow(chart);
            case TERMINAL -> showInTerminal(chart);
            case FILE -> file = saveToFile(chart, sequence, png);
            case OFF -> LOG.log(System.Logger.Level.DEBUG, "plots are off: not showing {0}",
                    chart.title());
            default -> throw new IllegalStateException(mode.word());
        }
        followChanges(chart, sequence, file);
    }

    /**
     * After a chart is shown, a change to it (a series added, a title set) also updates its
     * entry in the chart log and rewrites its file, so what is kept is what the student sees.
     */
    private static void followChanges(Chart chart, int sequence, Path file) {
        Runnable shown = chart.onChange();
        chart.onChange(() -> {
            shown.run();
            ChartLog.update(sequence, chart.title(), chart::png);
            if (file != null) {
                Chart.write(file, chart.png());
            }
        });
    }

    /** Opens a live chart's window (or falls back to the terminal) without recording it. */
    static void showLive(Chart chart) {
        showInWindow(chart);
    }

    private static void showInWindow(Chart chart) {
        try {
            ChartWindow.open(chart);
            chart.onChange(() -> ChartWindow.repaint(chart));
        } catch (RuntimeException | java.awt.AWTError e) {
            LOG.log(System.Logger.Level.WARNING, "cannot open a chart window", e);
            Console.current().println(Messages.text("window.failed", e.getMessage()));
            showInTerminal(chart);
        }
    }

    private static void showInTerminal(Chart chart) {
        Console console = Console.current();
        chart.onChange(null);
        String inline = TerminalGraphics.detect().encode(chart);
        if (inline != null) {
            console.picture(inline + "\n");
            return;
        }
        console.picture(chart.toTerminal(console.width(), terminalRows(),
                Ansi.colours(console)));
    }

    private static Path saveToFile(Chart chart, int sequence, byte[] png) {
        Path file = plotsDir().resolve(String.format(Locale.ROOT, "chart-%03d%s.png",
                sequence + 1, slug(chart.title())));
        Chart.write(file, png);
        Console.current().println(Messages.text("saved", file));
        return file;
    }

    /** Where charts go in file mode: {@code nnshell.plots.dir}, or ./plots. */
    static Path plotsDir() {
        String dir = System.getProperty("nnshell.plots.dir");
        return Path.of(dir == null || dir.isBlank() ? "plots" : dir);
    }

    /** Rows a terminal chart may use: {@code nnshell.plots.rows}, else 20. */
    static int terminalRows() {
        return Integer.getInteger("nnshell.plots.rows", 20);
    }

    private static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (s.length() > 40) {
            s = s.substring(0, 40);
        }
        return s.isEmpty() ? "" : "-" + s;
    }
}
