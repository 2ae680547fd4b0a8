package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nnshell.console.Console;
import nnshell.dsl.Callback;
import nnshell.dsl.Callbacks;

/** The live training chart: installed once, drawn in place, and throttled. */
class LiveTrainingTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @AfterEach
    void tearDown() {
        LivePlots.uninstall();
        Console.install(Console.plain(System.out));
        System.clearProperty("nnshell.plots");
        System.clearProperty("nnshell.plots.live.ms");
    }

    @Test
    void installingTwiceAddsOneCallback() {
        int before = Callbacks.forNewRun().size();
        assertThat(LivePlots.install()).isTrue();
        assertThat(LivePlots.install()).isFalse();

        assertThat(Callbacks.forNewRun()).hasSize(before + 1);
        LivePlots.uninstall();
        assertThat(Callbacks.forNewRun()).hasSize(before);
    }

    @Test
    void inTheTerminalTheChartIsRedrawnInPlaceBelowTheCurrentLine() {
        Console.install(Console.ansi(new PrintStream(out, true, StandardCharsets.UTF_8), 80));
        Display.mode(PlotMode.TERMINAL);
        System.setProperty("nnshell.plots.live.ms", "0");
        LiveTraining live = new LiveTraining();

        run(live, 30, 2);
        String text = out.toString(StandardCharsets.UTF_8);

        // every frame makes room below, saves the cursor, draws and restores it
        assertThat(count(text, "\n".repeat(15) + "\033[15A")).isEqualTo(live.draws());
        assertThat(count(text, "\0337")).isEqualTo(live.draws());
        assertThat(count(text, "\0338")).isEqualTo(live.draws());
        assertThat(live.draws()).isGreaterThan(1);
        // the last frame starts on the current line after clearing what frames left below
        String last = text.substring(text.lastIndexOf("\0338") + 2);
        assertThat(last).startsWith("\r\033[J").contains("Training").contains("val_loss")
                .endsWith("\r\n");
        assertThat(last.split("\r\n")).hasSize(14);
    }

    @Test
    void drawingStaysWithinItsShareOfTrainingTime() {
        Console.install(Console.ansi(new PrintStream(java.io.OutputStream.nullOutputStream(),
                true, StandardCharsets.UTF_8), 80));
        Display.mode(PlotMode.TERMINAL);
        System.setProperty("nnshell.plots.live.ms", "0");
        // the first frame loads classes; LivePlots.install() does this ahead in the shell
        new XyChart("warm-up").line("y", new double[] {0, 1}, new double[] {0, 1})
                .toTerminal(80, 14, true);
        LiveTraining live = new LiveTraining();

        long start = System.nanoTime();
        live.onTrainBegin(2000, 1);
        for (int e = 0; e < 2000; e++) {
            busy(100_000);
            live.onEpochEnd(e, LiveDemo.logs(e));
        }
        live.onTrainEnd(LiveDemo.logs(1999));
        long total = System.nanoTime() - start;

        // a frame is drawn only while drawing, that frame included, stays within 5 %
        assertThat(live.draws()).isGreaterThan(1).isLessThan(2000);
        assertThat((double) live.drawNanos()).isLessThanOrEqualTo(0.05 * total
                + live.longestFrameNanos());
    }

    @Test
    void validationIsDashedAndLighterInTheLiveChart() {
        Console.install(Console.ansi(new PrintStream(out, true, StandardCharsets.UTF_8), 80));
        Display.mode(PlotMode.TERMINAL);

        run(new LiveTraining(), 30, 0);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).contains(Ansi.fg(Palette.BLUE) + "──" + Ansi.RESET + " loss")
                .contains(Ansi.fg(Palette.lighter(Palette.BLUE)) + "┄┄" + Ansi.RESET
                        + " val_loss");
    }

    @Test
    void withoutColoursTheLiveChartStillTellsValidationApart() {
        Console.install(Console.ansi(new PrintStream(out, true, StandardCharsets.UTF_8), 80));
        Display.mode(PlotMode.TERMINAL);
        System.setProperty("nnshell.plots.live.ms", "0");
        System.setProperty("nnshell.color", "false");
        try {
            LiveTraining live = new LiveTraining();
            run(live, 30, 2);
            String text = out.toString(StandardCharsets.UTF_8);

            // drawn in place (cursor moves) but with no colour: dashes and the legend differ
            assertThat(live.draws()).isGreaterThan(1);
            assertThat(text).doesNotContain("\033[38;5;").doesNotContain("\033[1m");
            assertThat(text).contains("── loss").contains("┄┄ val_loss");
        } finally {
            System.clearProperty("nnshell.color");
        }
    }

    @Test
    void withoutAnsiTheFinalChartIsPrintedOnce() {
        Console.install(Console.plain(new PrintStream(out, true, StandardCharsets.UTF_8)));
        Display.mode(PlotMode.TERMINAL);
        int charts = ChartLog.count();

        run(new LiveTraining(), 20, 0);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(count(text, "Training")).isEqualTo(1);
        assertThat(text).doesNotContain("\033");
        assertThat(ChartLog.count()).isEqualTo(charts + 1);
    }

    private static void run(Callback live, int epochs, long pauseMillis) {
        live.onTrainBegin(epochs, 1);
        for (int e = 0; e < epochs; e++) {
            sleep(pauseMillis);
            live.onEpochEnd(e, LiveDemo.logs(e));
        }
        live.onTrainEnd(LiveDemo.logs(epochs - 1));
    }

    /** Stands for an epoch's work: {@code nanos} of computing. */
    private static void busy(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
