package nnshell.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program in a real terminal, for end-to-end tests: tmux runs it on a server of its own,
 * {@code send-keys} types into it and {@code capture-pane} reads what it shows. The pane stays
 * after the program ends, so a failure can show the last screen and the exit status.
 *
 * <pre>{@code
 * try (Terminal term = Terminal.nnshell(stateDir, "--no-color")) {
 *     term.await("nn> ", 1, Terminal.START);
 *     term.line("1 + 1");
 *     term.await("==> 2", 1, Terminal.STEP);
 * }}</pre>
 */
public final class Terminal implements AutoCloseable {
    /** Time for the shell's first prompt: a cold JVM, JShell and the startup scripts. */
    public static final Duration START = Duration.ofSeconds(120);
    /** What {@link Setup#nnshell} prints with the launcher's exit status when it ends. */
    private static final String STATUS = "[nnshell exit status]";
    /** Time for one typed line to show its answer. */
    public static final Duration STEP = Duration.ofSeconds(30);

    private static final String PANE = "t";
    private static final long POLL_MS = 100;

    private final String socket = "nnshell-test-" + UUID.randomUUID().toString().substring(0, 8);

    private Terminal(Setup setup, String command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", PANE,
                "-x", String.valueOf(setup.columns), "-y", String.valueOf(setup.rows)));
        setup.env.forEach((k, v) -> args.addAll(List.of("-e", k + "=" + v)));
        // tmux sets TERM in the pane itself, over -e: a TERM asked for is set in the command
        String term = setup.env.get("TERM");
        args.add(term == null ? command : "export TERM=" + Setup.quote(term) + "; " + command);
        tmux(args.toArray(String[]::new));
        tmux("set-option", "-t", PANE, "remain-on-exit", "on");
    }

    /** A terminal of the given size, to be started with {@link Setup#run} or {@link Setup#nnshell}. */
    public static Setup sized(int columns, int rows) {
        return new Setup(columns, rows);
    }

    /** Runs {@code command}, a line for the shell, in a 120 x 40 terminal. */
    public static Terminal run(String command) throws IOException, InterruptedException {
        return sized(120, 40).run(command);
    }

    /** Starts {@code ./nnshell options} with its state in {@code state}, in a 120 x 40 terminal. */
    public static Terminal nnshell(Path state, String options)
            throws IOException, InterruptedException {
        return sized(120, 40).nnshell(state, options);
    }

    /** Whether tmux is on the PATH. */
    public static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Path.of(dir, "tmux").toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** Types {@code text} and presses Enter. */
    public void line(String text) throws IOException, InterruptedException {
        type(text);
        keys("Enter");
    }

    /** Types literal text: key names in it are not interpreted. */
    public void type(String text) throws IOException, InterruptedException {
        // tmux reads a trailing ";" as a command separator unless it is escaped
        String escaped = text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;" : text;
        tmux("send-keys", "-t", PANE, "-l", escaped);
    }

    /** Presses keys by their tmux names: "Enter", "Tab", "BTab", "Up", "C-c", "C-d". */
    public void keys(String... names) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", PANE));
        args.addAll(List.of(names));
        tmux(args.toArray(String[]::new));
    }

    /** The visible screen, row by row, as the student sees it now. */
    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", PANE);
    }

    /** The whole session: scroll-back and screen, with wrapped lines joined. */
    public String history() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", PANE);
    }

    /** The whole session as {@link #history()}, with its colours as ANSI escape sequences. */
    public String historyWithColors() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e", "-J", "-S", "-", "-t", PANE);
    }

    /** Whether the program has ended. */
    public boolean ended() throws IOException, InterruptedException {
        return pane("#{pane_dead}").equals("1");
    }

    /**
     * The exit status of the program once it has ended, -1 while it runs. tmux may mark the pane
     * dead a moment before it knows the status, so that is waited for (at most 5 s).
     */
    public int exitStatus() throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Pattern printed = Pattern.compile(Pattern.quote(STATUS) + " (\\d+)");
        while (System.nanoTime() < end) {
            Matcher m = printed.matcher(history());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (ended() && !pane("#{pane_dead_status}").isEmpty()
                    && !history().contains(STATUS)) {
                break;
            }
            Thread.sleep(POLL_MS);
        }
        while (ended()) {
            String status = pane("#{pane_dead_status}");
            if (!status.isEmpty() || System.nanoTime() > end) {
                return status.isEmpty() ? -1 : Integer.parseInt(status);
            }
            Thread.sleep(POLL_MS);
        }
        return -1;
    }

    /** Waits until {@code text} shows {@code times} times in the history; returns the history. */
    public String await(String text, int times, Duration timeout)
            throws IOException, InterruptedException {
        return await("\"" + text + "\" " + times + "x", s -> count(s, text) >= times, timeout);
    }

    /** Waits until the history matches {@code pattern}; returns the first match. */
    public Matcher await(Pattern pattern, Duration timeout)
            throws IOException, InterruptedException {
        Matcher m = pattern.matcher(await(pattern.pattern(), s -> pattern.matcher(s).find(),
                timeout));
        m.find();
        return m;
    }

    /** Waits until the history passes {@code test}; returns the history. */
    public String await(String what, Predicate<String> test, Duration timeout)
            throws IOException, InterruptedException {
        return poll(what, test, timeout, true);
    }

    /** Waits until the visible screen holds {@code text}; returns the screen. */
    public String awaitOnScreen(String text, Duration timeout)
            throws IOException, InterruptedException {
        return poll("\"" + text + "\" on the screen", s -> s.contains(text), timeout, false);
    }

    /** Waits until the program has ended; returns the history. */
    public String awaitEnd(Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!ended()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + timeout.toSeconds()
                        + " s for the program to end; the terminal shows:\n" + history());
            }
            Thread.sleep(POLL_MS);
        }
        return history();
    }

    /** How often {@code part} occurs in {@code text}, overlapping occurrences included. */
    public static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("tmux", "-L", socket, "kill-server")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        kill.waitFor(30, TimeUnit.SECONDS);
    }

    /** Polls until {@code test} holds; an ended program fails at once, with its exit status. */
    private String poll(String what, Predicate<String> test, Duration timeout, boolean all)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean over = ended() || System.nanoTime() > end;
            String shown = all ? history() : screen();
            if (test.test(shown)) {
                return shown;
            }
            if (over) {
                throw new AssertionError("waited for " + what + ", but " + state(timeout)
                        + "; the terminal shows:\n" + shown);
            }
            Thread.sleep(POLL_MS);
        }
    }

    private String state(Duration timeout) throws IOException, InterruptedException {
        return ended() ? "the program ended with status " + pane("#{pane_dead_status}")
                : timeout.toSeconds() + " s passed";
    }

    private String pane(String format) throws IOException, InterruptedException {
        return tmux("display-message", "-p", "-t", PANE, format).strip();
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    /** The size and environment of a terminal not started yet. */
    public static final class Setup {
        private final int columns;
        private final int rows;
        private final Map<String, String> env = new LinkedHashMap<>();

        private Setup(int columns, int rows) {
            this.columns = columns;
            this.rows = rows;
        }

        /** Sets an environment variable for the program. */
        public Setup env(String name, String value) {
            env.put(name, value);
            return this;
        }

        /** Runs {@code command}, a line for the shell. */
        public Terminal run(String command) throws IOException, InterruptedException {
            return new Terminal(this, command);
        }

        /**
         * Starts {@code ./nnshell options} from {@code nnshell.home} (else the working folder)
         * with its state in {@code state}.
         */
        public Terminal nnshell(Path state, String options)
                throws IOException, InterruptedException {
            Path home = Path.of(System.getProperty("nnshell.home", ".")).toAbsolutePath();
            env("NNSHELL_STATE_DIR", state.toAbsolutePath().toString());
            // the status is also printed: tmux may not have it yet when the pane has just died
            return run("cd " + quote(home.toString()) + " && ./nnshell " + options
                    + "; echo \"" + STATUS + " $?\"");
        }

        private static String quote(String word) {
            return "'" + word.replace("'", "'\\''") + "'";
        }
    }
}
