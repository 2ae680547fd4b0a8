package nnshell.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import nnshell.console.Console;
import nnshell.plot.Display;
import nnshell.plot.LivePlots;
import nnshell.plot.PlotMode;

/**
 * What live training charts cost on W1: the student's {@code fit} (progress bar shown) with
 * live plots off and on, in pairs (off, on, off, on, ...) so that whatever else the shared
 * machine does slows both alike. Terminal frames are rendered into an ANSI stream that counts
 * and discards them; window frames are painted in a real Swing window.
 */
final class LiveCost {
    private static final int COLUMNS = 100;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Workloads workloads;
    private final Counting sink = new Counting();

    /**
     * One fit: its wall time, the training thread's CPU time, the CPU time of all Java threads
     * until its window painted, the frames it drew and the bytes it wrote.
     */
    private record Sample(double seconds, double trainingCpu, double cpuSeconds, long frames,
            long bytes) {
    }

    /**
     * The figures: medians of the fits' wall times off and on, the overhead of each pair
     * (on / off - 1), the training thread's CPU time off and on (medians), the CPU time all
     * threads added per fit (median of the pairs), frames and terminal bytes of the live fits.
     */
    record Result(String mode, int pairs, int warmup, double medianOff, double medianOn,
            double[] pairOverheads, double trainingCpuOff, double trainingCpuOn,
            double cpuAdded, long frames, long bytes) {

        /** Overhead of the median fit with live plots over the median fit without. */
        double overhead() {
            return medianOn / medianOff - 1;
        }

        double q1() {
            return quantile(pairOverheads, 0.25);
        }

        double q3() {
            return quantile(pairOverheads, 0.75);
        }

        double framesPerFit() {
            return (double) frames / pairs;
        }
    }

    private LiveCost(Workloads workloads) {
        this.workloads = workloads;
    }

    /**
     * Runs {@code warmup} untimed pairs then {@code pairs} timed ones with live plots in
     * {@code mode} ({@code OFF}: installed but drawing nothing); restores the console, the
     * plot mode and live plotting as they were.
     */
    static Result measure(Workloads workloads, PlotMode mode, int warmup, int pairs)
            throws InterruptedException {
        Console console = Console.current();
        String plots = System.getProperty("nnshell.plots");
        boolean installed = LivePlots.installed();
        LiveCost cost = new LiveCost(workloads);
        Console.install(Console.ansi(new PrintStream(cost.sink, true, StandardCharsets.UTF_8),
                COLUMNS));
        try {
            Display.mode(mode);
            return cost.run(mode, warmup, pairs);
        } finally {
            Console.install(console);
            restore(plots, installed);
        }
    }

    private Result run(PlotMode mode, int warmup, int pairs) throws InterruptedException {
        for (int i = 0; i < warmup; i++) {
            fit(false);
            fit(true);
        }
        Sample[] off = new Sample[pairs];
        Sample[] on = new Sample[pairs];
        for (int i = 0; i < pairs; i++) {
            off[i] = fit(false);
            on[i] = fit(true);
        }
        double[] overheads = new double[pairs];
        double[] cpuAdded = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            overheads[i] = on[i].seconds() / off[i].seconds() - 1;
            cpuAdded[i] = on[i].cpuSeconds() - off[i].cpuSeconds();
        }
        return new Result(mode.word(), pairs, warmup, median(off, Sample::seconds),
                median(on, Sample::seconds), overheads, median(off, Sample::trainingCpu),
                median(on, Sample::trainingCpu), quantile(cpuAdded, 0.5),
                Arrays.stream(on).mapToLong(Sample::frames).sum(),
                Arrays.stream(on).mapToLong(Sample::bytes).sum());
    }

    /** One W1 fit as the student runs it, with live plots installed or not. */
    private Sample fit(boolean live) throws InterruptedException {
        if (live) {
            LivePlots.install();
        } else {
            LivePlots.uninstall();
        }
        long frames = LivePlots.framesDrawn();
        long bytes = sink.count;
        long cpu = threadsCpu();
        Workloads.Run run = workloads.w1(1);
        // painting a window happens after fit returns: wait, so the next fit is not charged
        LivePlots.awaitPainted();
        return new Sample(run.seconds(), run.cpuSeconds(), (threadsCpu() - cpu) / 1e9,
                LivePlots.framesDrawn() - frames, sink.count - bytes);
    }

    /**
     * The processor time of every Java thread (training, Swing's painting thread, the rest) in
     * nanoseconds: the process's own figure counts in 10 ms ticks, too coarse for one fit.
     */
    private static long threadsCpu() {
        long sum = 0;
        for (long t : THREADS.getThreadCpuTime(THREADS.getAllThreadIds())) {
            sum += Math.max(0, t);
        }
        return sum;
    }

    private static void restore(String plots, boolean installed) {
        if (plots == null) {
            System.clearProperty("nnshell.plots");
        } else {
            System.setProperty("nnshell.plots", plots);
        }
        if (installed) {
            LivePlots.install();
        } else {
            LivePlots.uninstall();
        }
    }

    private static double median(Sample[] samples, ToDoubleFunction<Sample> figure) {
        return quantile(Arrays.stream(samples).mapToDouble(figure).toArray(), 0.5);
    }

    /** The {@code q} quantile, interpolated between the two nearest sorted values. */
    static double quantile(double[] values, double q) {
        double[] v = values.clone();
        Arrays.sort(v);
        double at = q * (v.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, v.length - 1);
        return v[below] + (at - below) * (v[above] - v[below]);
    }

    /** The report: medians, overhead against the 10 % limit, spread, CPU, frames. */
    static String report(Result r) {
        return String.join("\n",
                Messages.text("live.head", r.mode(), r.pairs(), r.warmup()),
                Messages.text("live.median", 1e3 * r.medianOff(), 1e3 * r.medianOn(),
                        100 * r.overhead()),
                Messages.text("live.spread", 100 * quantile(r.pairOverheads(), 0.5),
                        100 * r.q1(), 100 * r.q3(), 100 * (r.q3() - r.q1())),
                Messages.text("live.cpu", 1e3 * r.trainingCpuOff(), 1e3 * r.trainingCpuOn(),
                        1e3 * r.cpuAdded(), 100 * r.cpuAdded() / r.medianOff()),
                Messages.text("live.frames", r.framesPerFit(), r.frames(), r.pairs(),
                        r.bytes() / 1024.0 / r.pairs()));
    }

    /** The same figures as JSON. */
    static String json(Result r) {
        return String.format(Locale.ROOT, "{\n  \"live\": \"%s\",\n  \"pairs\": %d,\n"
                + "  \"warmup_pairs\": %d,\n  \"median_off_s\": %s,\n  \"median_on_s\": %s,\n"
                + "  \"overhead\": %s,\n  \"pair_overhead_q1\": %s,\n"
                + "  \"pair_overhead_q3\": %s,\n  \"training_cpu_off_s\": %s,\n"
                + "  \"training_cpu_on_s\": %s,\n  \"cpu_added_s\": %s,\n  \"frames\": %d,\n"
                + "  \"terminal_bytes\": %d\n}", r.mode(), r.pairs(), r.warmup(),
                r.medianOff(), r.medianOn(), r.overhead(), r.q1(), r.q3(), r.trainingCpuOff(),
                r.trainingCpuOn(), r.cpuAdded(), r.frames(), r.bytes());
    }

    /** Discards what is written and counts the bytes. */
    private static final class Counting extends OutputStream {
        private volatile long count;

        @Override
        public synchronized void write(int b) {
            count++;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
