package nnshell.console;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The one place where text meant for the student goes.
 *
 * <p>Library code never prints: it asks {@link #current()} for the console and writes there.
 * The shell installs a console that knows the terminal (width, colours, a status line that
 * updates in place); tests and headless runs use a plain one over a stream.
 */
public interface Console {

    /** Prints one line of text for the student. */
    void println(String line);

    /** Prints text without a line break. */
    void print(String text);

    /**
     * Shows a status line that replaces the previous one in place (a progress bar, say).
     * A console without a terminal may show only the last status, or none.
     */
    void status(String line);

    /** Ends the current status line so that the next output starts below it. */
    void endStatus();

    /**
     * Writes text that leaves the cursor where it found it, such as a chart drawn below the
     * progress line: a status line being shown stays, and goes on updating in place. Like a
     * {@link #picture}, it is for this screen only.
     */
    default void overlay(String text) {
        print(text);
    }

    /**
     * Shows a picture drawn in text, such as a chart in the terminal. It is for this screen
     * only: the output a session keeps of a snippet (its saved script, its HTML export, which
     * has the chart as an image) leaves it out.
     */
    default void picture(String text) {
        print(text);
    }

    /** Width of the output in columns, 80 where it cannot be known. */
    default int width() {
        return 80;
    }

    /** Whether the output understands ANSI colours and cursor movement. */
    default boolean ansi() {
        return false;
    }

    /** The console that student-facing output goes to now. */
    static Console current() {
        return Holder.current;
    }

    /** Installs the console for this process; the shell does this once at start. */
    static void install(Console console) {
        Holder.current = Objects.requireNonNull(console, "console");
    }

    /** A console that writes plain lines to a stream and prints a status only when ended. */
    static Console plain(PrintStream out) {
        return new PlainConsole(out);
    }

    /**
     * A console that writes ANSI to a stream {@code width} columns wide, as a terminal gets it:
     * status lines and charts redrawn in place. Benchmarks use it over a discarding stream.
     */
    static Console ansi(PrintStream out, int width) {
        return new AnsiStreamConsole(out, width);
    }

    /** Holds the installed console. */
    final class Holder {
        private static volatile Console current = new PlainConsole(System.out);

        private Holder() {
        }
    }
}
