package nnshell.research;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nnshell.console.Console;
import nnshell.plot.Display;
import nnshell.plot.PlotMode;

/** For a test: charts go to PNG files in {@code dir}, the console to a buffer; then restored. */
final class FilePlots implements AutoCloseable {
    private final Path dir;
    private final Console console;
    private final PlotMode mode;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    FilePlots(Path dir) {
        this.dir = dir;
        this.console = Console.current();
        this.mode = Display.mode();
        Console.install(Console.plain(new PrintStream(out, true)));
        System.setProperty("nnshell.plots.dir", dir.toString());
        Display.mode(PlotMode.FILE);
    }

    /** What was printed for the student. */
    String printed() {
        return out.toString();
    }

    /** The PNG files written so far. */
    List<Path> files() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        Display.mode(mode);
        System.clearProperty("nnshell.plots.dir");
        Console.install(console);
    }
}
