package nnshell.session;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

import nnshell.console.Console;

/**
 * Runs a script the way a replay needs it: plots to files, no window, and what snippets print
 * kept out of the report (each result still carries its own output).
 */
final class Headless {

    private Headless() {
    }

    /** Sets plots to files and AWT headless unless the caller chose otherwise. */
    static void configure() {
        if (System.getProperty("nnshell.plots") == null) {
            System.setProperty("nnshell.plots", "file");
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Runs {@code work} with standard output and the console silenced. */
    static <T> T quietly(Supplier<T> work) {
        PrintStream out = System.out;
        Console console = Console.current();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true);
        try {
            System.setOut(nowhere);
            Console.install(Console.plain(nowhere));
            return work.get();
        } finally {
            System.setOut(out);
            Console.install(console);
        }
    }
}
