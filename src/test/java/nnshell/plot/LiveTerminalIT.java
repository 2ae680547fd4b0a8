package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.testkit.Terminal;

/**
 * In a real terminal (tmux) without a display, the DSL's {@code fit} draws the live training
 * chart in place below its progress line: the screen shows the chart once, and the output from
 * before training stays on the screen.
 */
class LiveTerminalIT {
    private static final Duration TRAINING = Duration.ofSeconds(90);

    @Test
    void theLiveChartIsDrawnOnceInPlace() throws Exception {
        assumeThat(Terminal.available()).as("tmux is installed").isTrue();
        String java = Child.java("nnshell.plot.LiveDemo", List.of("-Dnnshell.plots=terminal",
                "-Ddemo.width=160", "-Dnnshell.plots.live.ms=100"), "12", "300").stream()
                .map(Child::quote).collect(Collectors.joining(" "));
        // the program stays after it ends, so that the screen holds still for the checks
        String script = "unset DISPLAY; for i in 1 2 3 4 5; do echo \"earlier output $i\"; done; "
                + java + "; sleep 120";
        try (Terminal term = Terminal.sized(160, 50).run(script)) {
            checkScreens(term);
        }
    }

    @Test
    void inTheShellTheProgressLineStaysOneLineAboveTheChart(@TempDir Path state)
            throws Exception {
        assumeThat(Terminal.available()).as("tmux is installed").isTrue();
        try (Terminal term = Terminal.sized(140, 50).nnshell(state, "--plots terminal")) {
            term.await("nn> ", 1, Terminal.START);
            term.line("var d = Playground.spiral(200, 0.1, 42); var m = sequential(Input(2), "
                    + "Dense(8, \"tanh\"), Dense(1, \"sigmoid\"))"
                    + ".compile(SGD(0.03), \"binaryCrossentropy\")");
            term.await("m ==> Sequential(", 1, Terminal.STEP);
            term.line("m.fit(d.x(), d.y(), options().epochs(400))");
            String screen = term.await("History(epochs=400", 1, TRAINING);
            List<String> lines = screen.lines().toList();
            // every frame redrawn below the progress line left it where it was: one line
            assertThat(lines.stream().filter(l -> l.startsWith("Epoch ")).toList())
                    .as(screen).containsExactly(lines.get(indexOf(lines, "Epoch 400/400")));
            assertThat(indexOf(lines, "Training")).isEqualTo(indexOf(lines, "Epoch 400/400") + 1);
        }
    }

    private static void checkScreens(Terminal term) throws Exception {
        String during = term.awaitOnScreen(" 6/12 [", TRAINING);
        // between frames the epoch lines may cover the chart's top, never repeat it
        assertThat(Terminal.count(during, "Training")).as(during).isLessThanOrEqualTo(1);
        assertThat(Terminal.count(during, "┄┄ val_loss")).as(during).isEqualTo(1);
        assertThat(during).contains("earlier output 1");

        String screen = term.awaitOnScreen("after training", TRAINING);
        assertThat(Terminal.count(screen, "Training")).as(screen).isEqualTo(1);
        assertThat(Terminal.count(screen, "┄┄ val_loss")).as(screen).isEqualTo(1);
        assertThat(screen).contains("earlier output 1").contains("before training")
                .contains("── loss");
        List<String> lines = screen.lines().toList();
        int status = indexOf(lines, "Epoch 12/12");
        int title = indexOf(lines, "Training");
        int legend = indexOf(lines, "┄┄ val_loss");
        int after = indexOf(lines, "after training");
        assertThat(status).isEqualTo(title - 1);
        assertThat(title).isLessThan(legend);
        assertThat(legend).isLessThan(after);
        assertThat(lines.subList(title, legend).stream().filter(l -> l.contains("┤")).count())
                .isGreaterThanOrEqualTo(2);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
