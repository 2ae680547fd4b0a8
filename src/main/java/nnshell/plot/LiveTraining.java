package nnshell.plot;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import nnshell.console.Console;
import nnshell.dsl.Callback;

/**
 * One training run's live chart: a point per metric per epoch, redrawn at most every so often
 * and only while drawing (processor time of frames and of window painting), the next frame
 * included, stays under 5 % of the run's time so far. At the end the chart is
 * drawn once more (a window paints it just after {@code fit} returns) and kept in
 * {@link ChartLog}, rendered in the background. {@code ./nnshell bench --live MODE} measures
 * what this costs.
 */
final class LiveTraining implements Callback {
    private static final double BUDGET = 0.05;
    private static final long FIRST_PAINT_GUESS = 30_000_000L;
    private static final long FIRST_FRAME_GUESS = 1_000_000L;
    private static final int FINAL_PAINT_DELAY_MS = 15;
    private static final AtomicLong TERMINAL_FRAMES = new AtomicLong();
    private static final AtomicLong RETIRED_PAINTS = new AtomicLong();
    /** At most this long the window shows the last run's curves once a new run begins. */
    private static final int FIRST_FRAME_MS = 300;
    private static XyChart windowChart;
    private final PlotMode mode = Display.mode();
    private final long intervalNanos = Long.getLong("nnshell.plots.live.ms",
            mode == PlotMode.WINDOW ? 100 : 250) * 1_000_000L;
    private XyChart chart;
    private InPlace inPlace;
    private long start;
    private long lastDraw;
    private long drawNanos;
    private long paintedBefore;
    private long longestFrame;
    private volatile int draws;
    private javax.swing.Timer firstFrame;

    @Override
    public void onTrainBegin(int epochs, int batchesPerEpoch) {
        start = System.nanoTime();
        chart = mode == PlotMode.WINDOW ? reusedWindowChart() : newChart();
        if (mode == PlotMode.WINDOW) {
            // the window still shows the last run: if this one has drawn nothing by then,
            // its first frame comes after FIRST_FRAME_MS whatever the budget says
            firstFrame = new javax.swing.Timer(FIRST_FRAME_MS, e -> {
                if (draws == 0) {
                    ChartWindow.repaintAfter(chart, 0);
                }
            });
            firstFrame.setRepeats(false);
            firstFrame.start();
        }
        paintedBefore = chart.windowPaintNanos();
        Console console = Console.current();
        if (mode == PlotMode.TERMINAL && console.ansi()) {
            inPlace = new InPlace(console, Integer.getInteger("nnshell.plots.live.rows", 14));
        }
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        if (chart == null) {
            return;
        }
        for (Map.Entry<String, Double> e : logs.entrySet()) {
            if (e.getValue() != null && Double.isFinite(e.getValue())) {
                chart.appendQuietly(e.getKey(), epoch + 1, e.getValue());
            }
        }
        long now = System.nanoTime();
        boolean due = mode != PlotMode.OFF && now - lastDraw >= intervalNanos;
        long spent = drawNanos + chart.windowPaintNanos() - paintedBefore;
        boolean affordable = spent + expectedFrame() <= BUDGET * (now - start);
        if (due && affordable) {
            long cpu = CpuClock.now();
            draw();
            long cost = CpuClock.now() - cpu;
            lastDraw = System.nanoTime();
            drawNanos += cost;
            longestFrame = Math.max(longestFrame, cost);
        }
    }

    @Override
    public void onTrainEnd(Map<String, Double> lastLogs) {
        if (chart == null) {
            return;
        }
        if (firstFrame != null) {
            firstFrame.stop();
        }
        switch (mode) {
            case WINDOW -> ChartWindow.repaintAfter(chart, FINAL_PAINT_DELAY_MS);
            case TERMINAL -> finishInTerminal();
            case FILE -> Display.show(chart.snapshot());
            default -> { }
        }
        if (mode != PlotMode.FILE) {
            XyChart snapshot = chart.snapshot();
            ChartLog.recordLater(snapshot.title(), snapshot::png);
            Display.remember(snapshot);
        }
    }

    /** How many times the chart was redrawn during the run, for tests and benchmarks. */
    int draws() {
        return draws;
    }

    /** Nanoseconds spent drawing during the run. */
    long drawNanos() {
        return drawNanos;
    }

    /**
     * What the next frame will likely cost: the average window paint so far, or the longest
     * terminal frame; a first guess before any.
     */
    private long expectedFrame() {
        if (mode == PlotMode.WINDOW) {
            long paints = chart.windowPaints();
            return paints == 0 ? FIRST_PAINT_GUESS : chart.windowPaintNanos() / paints;
        }
        return draws == 0 ? FIRST_FRAME_GUESS : longestFrame;
    }

    /**
     * Live frames drawn so far in this process: frames printed in the terminal (final ones
     * included) and paints of the live chart's windows.
     */
    static synchronized long framesDrawn() {
        long painted = windowChart == null ? 0 : windowChart.windowPaints();
        return TERMINAL_FRAMES.get() + RETIRED_PAINTS.get() + painted;
    }

    /** The longest a single frame took, in nanoseconds. */
    long longestFrameNanos() {
        return longestFrame;
    }

    private void draw() {
        draws++;
        if (mode == PlotMode.WINDOW) {
            chart.redraw();
        } else if (inPlace != null) {
            inPlace.draw(chart);
            TERMINAL_FRAMES.incrementAndGet();
        }
    }

    private void finishInTerminal() {
        if (inPlace != null) {
            inPlace.finish(chart);
        } else {
            Console console = Console.current();
            console.picture(chart.toTerminal(console.width(), Display.terminalRows(), false));
        }
        TERMINAL_FRAMES.incrementAndGet();
    }

    private static XyChart newChart() {
        return new XyChart(Messages.text("live.title")).axes(Messages.text("live.epoch"), "");
    }

    private static synchronized XyChart reusedWindowChart() {
        if (windowChart == null || !ChartWindow.isOpen(windowChart)) {
            RETIRED_PAINTS.addAndGet(windowChart == null ? 0 : windowChart.windowPaints());
            windowChart = newChart();
            Display.showLive(windowChart);
        } else {
            // the window keeps the last run's curves until this run's first frame: a frame of
            // an empty chart would cost as much as a real one and show nothing
            windowChart.clearQuietly();
        }
        return windowChart;
    }
}
