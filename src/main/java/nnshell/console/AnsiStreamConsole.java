package nnshell.console;

import java.io.PrintStream;

/**
 * A console that speaks ANSI over a stream, as the shell's terminal console does: a status
 * line is redrawn in place with a carriage return and clear-line.
 */
final class AnsiStreamConsole implements Console {
    private final PrintStream out;
    private final int width;

    AnsiStreamConsole(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public synchronized void println(String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public synchronized void print(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public synchronized void status(String line) {
        out.print("\r" + line + "\033[K");
        out.flush();
    }

    @Override
    public synchronized void endStatus() {
        out.print("\r\n");
        out.flush();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public boolean ansi() {
        return true;
    }
}
