package nnshell.shell;

import java.io.PrintWriter;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

import nnshell.console.Console;

/**
 * A console on a JLine terminal: where the terminal understands ANSI, a status line is
 * redrawn in place with a carriage return and clear-line; elsewhere only its last state is
 * printed when it ends.
 */
final class TerminalConsole implements Console {
    private final Terminal terminal;
    private final PrintWriter out;
    private final boolean ansi;
    private volatile LineReader reader;
    private String status;
    private boolean statusShown;

    TerminalConsole(Terminal terminal, boolean ansi) {
        this.terminal = terminal;
        this.out = terminal.writer();
        this.ansi = ansi;
    }

    /** Prints above the prompt while {@code reader} is reading, so typing is not garbled. */
    void attach(LineReader lineReader) {
        this.reader = lineReader;
    }

    @Override
    public void println(String line) {
        LineReader r = reader;
        if (r != null && r.isReading()) {
            r.printAbove(line);
            return;
        }
        synchronized (this) {
            endStatus();
            out.println(line);
            out.flush();
        }
    }

    @Override
    public synchronized void print(String text) {
        endStatus();
        out.print(text);
        out.flush();
    }

    @Override
    public synchronized void overlay(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public synchronized void status(String line) {
        status = line;
        if (ansi) {
            String fitted = line.length() >= width() ? line.substring(0, width() - 1) : line;
            out.print("\r\033[2K" + fitted);
            out.flush();
            statusShown = true;
        }
    }

    @Override
    public synchronized void endStatus() {
        if (statusShown) {
            out.println();
        } else if (status != null && !ansi) {
            out.println(status);
        }
        out.flush();
        status = null;
        statusShown = false;
    }

    @Override
    public int width() {
        try {
            int columns = terminal.getWidth();
            return columns > 0 ? columns : 80;
        } catch (RuntimeException | java.io.IOError e) {
            // a terminal that is gone (closed, or its pty lost) has no width to ask
            return 80;
        }
    }

    @Override
    public boolean ansi() {
        return ansi;
    }
}
