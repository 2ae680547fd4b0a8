package nnshell.console;

import java.io.PrintStream;

/** A console over a plain stream: no colours, statuses printed once when they end. */
final class PlainConsole implements Console {
    private final PrintStream out;
    private String pendingStatus;

    PlainConsole(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void println(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public synchronized void print(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public synchronized void status(String line) {
        pendingStatus = line;
    }

    @Override
    public synchronized void endStatus() {
        if (pendingStatus != null) {
            out.println(pendingStatus);
            out.flush();
            pendingStatus = null;
        }
    }
}
