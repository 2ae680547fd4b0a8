package nnshell.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jline.terminal.Terminal;

/**
 * Drives a {@link Repl} over piped streams, as a person at a dumb terminal would: types lines,
 * waits for text to appear, reads everything shown.
 */
final class ShellDriver implements AutoCloseable {
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final Repl repl;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile int exitCode = -1;

    ShellDriver(Path stateDir, List<Path> extraStartup) throws IOException {
        PipedInputStream in = new PipedInputStream(keyboard, 1 << 16);
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (screen) {
                    screen.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (screen) {
                    screen.write(b, off, len);
                }
            }
        };
        terminal = Repl.dumbTerminal(in, out);
        repl = new Repl(terminal,
                new ShellOptions(false, extraStartup, stateDir), true);
        thread = new Thread(() -> {
            try {
                exitCode = repl.run();
            } catch (Throwable t) {
                failure = t;
            }
        }, "repl-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    ShellDriver(Path stateDir) throws IOException {
        this(stateDir, List.of());
    }

    /** Types a line and Enter. */
    ShellDriver type(String line) throws IOException {
        keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        return this;
    }

    /** Everything shown so far. */
    String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8).replace("\r", "");
        }
    }

    /** Waits until {@code text} has been shown {@code times} times; fails after the timeout. */
    String waitFor(String text, int times, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String shown = screen();
            if (nnshell.testkit.Terminal.count(shown, text) >= times) {
                return shown;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s for \"" + text
                + "\" x" + times + "; the screen shows:\n" + screen());
    }

    /** Waits until {@code text} has been shown once (within 60 s). */
    String waitFor(String text) throws InterruptedException {
        return waitFor(text, 1, Duration.ofSeconds(60));
    }

    /** Types the lines, then /exit, and waits for the shell to leave; returns the screen. */
    String run(String... lines) throws IOException, InterruptedException {
        for (String line : lines) {
            type(line);
        }
        return leave("/exit");
    }

    /** Types {@code command} (an /exit), waits for the shell to leave; returns its exit code. */
    int exit(String command) throws IOException, InterruptedException {
        leave(command);
        return exitCode;
    }

    private String leave(String command) throws IOException, InterruptedException {
        type(command);
        thread.join(Duration.ofSeconds(120).toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the shell did not leave after /exit; it shows:\n"
                    + screen());
        }
        if (failure != null) {
            throw new AssertionError("the shell failed; it shows:\n" + screen(), failure);
        }
        // the terminal delivers output on its own thread: wait for the farewell to arrive
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!screen().endsWith("Goodbye.\n") && !screen().endsWith("Do widzenia.\n")
                && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return screen();
    }

    /**
     * Ends the terminal's output pump, which would otherwise keep the shell and its engine for
     * the rest of the run: it blocks reading the pty, and closing does not wake it, so it is
     * paused and woken with one byte.
     */
    private void stopPump() throws IOException {
        terminal.pause();
        terminal.output().write('\n');
        terminal.output().flush();
    }

    Shell shell() {
        return repl.shell();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        keyboard.close();
        thread.join(Duration.ofSeconds(30).toMillis());
        try {
            if (failure != null) {
                throw new AssertionError("the shell failed", failure);
            }
        } finally {
            // an engine still starting is waited for, or it would start and stay open
            repl.shell().engine().close();
            stopPump();
            terminal.close();
        }
    }
}
