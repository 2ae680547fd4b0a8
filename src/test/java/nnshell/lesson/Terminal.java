package nnshell.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A command running in a real terminal: tmux starts it, types into it and reads its screen. */
final class Terminal implements AutoCloseable {
    private final String socket = "nnshell-lesson-" + UUID.randomUUID().toString().substring(0, 8);

    /** Starts {@code command} in a detached 120 x 45 terminal. */
    Terminal(String command) throws IOException, InterruptedException {
        tmux("new-session", "-d", "-s", "lesson", "-x", "120", "-y", "45", command);
        tmux("set-option", "-t", "lesson", "remain-on-exit", "on");
    }

    /** Types a line and presses Enter. */
    void line(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "lesson", "-l", text);
        tmux("send-keys", "-t", "lesson", "Enter");
    }

    /** Sends a key by its tmux name ("C-d"). */
    void key(String name) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "lesson", name);
    }

    /** The screen and its scroll-back. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", "lesson");
    }

    /** Waits until {@code text} shows {@code times} times; fails with the screen otherwise. */
    String await(String text, int times, Duration timeout)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String shown = "";
        while (System.nanoTime() < end) {
            shown = screen();
            if (count(shown, text) >= times) {
                return shown;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s for \"" + text + "\" ("
                + times + "x); the terminal shows:\n" + shown);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor();
    }
}
