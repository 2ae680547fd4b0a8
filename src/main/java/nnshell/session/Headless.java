package nnshell.session;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;

import nnshell.console.Console;

/**
 * Runs a script the way a replay needs it: plots to files, no window, and what snippets print
 * kept out of the report (each result still carries its own output).
 */
final class Headless {

    private Headless() {
    }

    /**
     * Sets plots to files, in a folder beside the script ({@code homework1-plots/} for
     * {@code homework1.jsh}), and AWT headless, unless the caller chose otherwise.
     */
    static void configure(Path script) {
        if (System.getProperty("nnshell.plots") == null) {
            System.setProperty("nnshell.plots", "file");
        }
        if (System.getProperty("nnshell.plots.dir") == null) {
            String name = script.getFileName().toString().replaceFirst("\\.jsh$", "");
            System.setProperty("nnshell.plots.dir",
                    script.toAbsolutePath().resolveSibling(name + "-plots").toString());
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
