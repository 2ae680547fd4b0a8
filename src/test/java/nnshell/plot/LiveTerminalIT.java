package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In a real terminal (tmux) without a display, the DSL's {@code fit} draws the live training
 * chart in place below its progress line: the screen shows the chart once, and the output from
 * before training stays on the screen.
 */
class LiveTerminalIT {
    private final String session = "nnplots-" + ProcessHandle.current().pid();

    @AfterEach
    void killSession() throws Exception {
        new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor();
    }

    @Test
    void theLiveChartIsDrawnOnceInPlace() throws Exception {
        assumeThat(Child.has("tmux")).as("tmux is installed").isTrue();
        String java = Child.java("nnshell.plot.LiveDemo", List.of("-Dnnshell.plots=terminal",
                "-Ddemo.width=160", "-Dnnshell.plots.live.ms=100"), "12", "300").stream()
                .map(Child::quote).collect(Collectors.joining(" "));
        String script = "unset DISPLAY; for i in 1 2 3 4 5; do echo \"earlier output $i\"; done; "
                + java + "; sleep 120";
        Child.run("tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "50",
                "bash", "-c", script);

        String during = waitFor(" 6/12 [", 90);
        // between frames the epoch lines may cover the chart's top, never repeat it
        assertThat(count(during, "Training")).as(during).isLessThanOrEqualTo(1);
        assertThat(count(during, "── val_loss")).as(during).isEqualTo(1);
        assertThat(during).contains("earlier output 1");

        String screen = waitFor("after training", 90);
        assertThat(count(screen, "Training")).as(screen).isEqualTo(1);
        assertThat(count(screen, "── val_loss")).as(screen).isEqualTo(1);
        assertThat(screen).contains("earlier output 1").contains("before training");
        List<String> lines = screen.lines().toList();
        int status = indexOf(lines, "Epoch 12/12");
        int title = indexOf(lines, "Training");
        int legend = indexOf(lines, "── val_loss");
        int after = indexOf(lines, "after training");
        assertThat(status).isEqualTo(title - 1);
        assertThat(title).isLessThan(legend);
        assertThat(legend).isLessThan(after);
        assertThat(lines.subList(title, legend).stream().filter(l -> l.contains("┤")).count())
                .isGreaterThanOrEqualTo(2);
    }

    private String waitFor(String text, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String screen = "";
        while (System.nanoTime() < end) {
            screen = Child.run("tmux", "capture-pane", "-p", "-t", session);
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("\"" + text + "\" did not appear; the screen:\n" + screen);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
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
