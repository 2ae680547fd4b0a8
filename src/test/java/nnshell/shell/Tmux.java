package nnshell.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** A program in a real terminal: tmux runs it, send-keys types, capture-pane reads. */
final class Tmux implements AutoCloseable {
    private final String socket = "nnshell-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String session = "it";

    /** Starts {@code command} in a detached 120x40 terminal. */
    Tmux(String command) throws IOException, InterruptedException {
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command);
        tmux("set-option", "-t", session, "remain-on-exit", "on");
    }

    /** Sends keys as tmux names them: literal text, or "Enter", "Tab", "C-c", "C-d". */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types literal text (no key names). */
    void type(String text) throws IOException, InterruptedException {
        // tmux reads a trailing ";" as a command separator unless it is escaped
        String escaped = text.endsWith(";")
                ? text.substring(0, text.length() - 1) + "\\;" : text;
        tmux("send-keys", "-t", session, "-l", escaped);
    }

    /** The screen with its scroll-back, as text. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session);
    }

    /** Whether the program has ended. */
    boolean ended() throws IOException, InterruptedException {
        return tmux("display-message", "-p", "-t", session, "#{pane_dead}").strip().equals("1");
    }

    /** Polls the screen until {@code test} holds; fails with the screen after the timeout. */
    String await(String what, Predicate<String> test, Duration timeout)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String shown = "";
        while (System.nanoTime() < end) {
            shown = screen();
            if (test.test(shown)) {
                return shown;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what
                + "; the terminal shows:\n" + shown);
    }

    /** Waits until {@code text} is on the screen {@code times} times. */
    String await(String text, int times, Duration timeout)
            throws IOException, InterruptedException {
        return await("\"" + text + "\" x" + times, s -> count(s, text) >= times, timeout);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
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
