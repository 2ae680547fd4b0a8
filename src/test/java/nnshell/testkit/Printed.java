package nnshell.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import nnshell.console.Console;
import nnshell.lesson.HeadlessContext;

/**
 * A console that keeps what it is given, for a test to read back as the student would see it.
 *
 * <pre>{@code
 * Printed out = new Printed();
 * try (HeadlessContext shell = out.session(stateDir)) {
 *     command.run("", shell);
 *     assertThat(out.text()).contains("Saved");
 * }}</pre>
 */
public final class Printed {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Console console = Console.plain(new PrintStream(bytes, true,
            StandardCharsets.UTF_8));

    /** The console to give to the code under test. */
    public Console console() {
        return console;
    }

    /** Everything printed so far. */
    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far. */
    public void clear() {
        bytes.reset();
    }

    /**
     * A session as the shell gives commands (a real engine with the startup scripts run),
     * in English, printing here, with its state in {@code stateDir}. Close it after use.
     */
    public HeadlessContext session(Path stateDir) {
        return HeadlessContext.start(console, Locale.ENGLISH, stateDir);
    }
}
