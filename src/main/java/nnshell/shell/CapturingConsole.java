package nnshell.shell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import nnshell.console.Console;

/**
 * A console that shows everything on another console and also keeps a copy in a snippet's
 * capture buffer, so what the DSL prints ({@code model.summary()}, fit's last progress line)
 * is part of the snippet's output as System.out output is.
 */
final class CapturingConsole implements Console {
    private final Console shown;
    private final ByteArrayOutputStream captured;
    private String status;

    CapturingConsole(Console shown, ByteArrayOutputStream captured) {
        this.shown = shown;
        this.captured = captured;
    }

    /** The console to restore once the snippet is done. */
    Console shown() {
        return shown;
    }

    @Override
    public void println(String line) {
        shown.println(line);
        keep(line + "\n");
    }

    @Override
    public void print(String text) {
        shown.print(text);
        keep(text);
    }

    /** A picture drawn in text is shown and not kept: the session keeps charts as images. */
    @Override
    public void picture(String text) {
        shown.picture(text);
    }

    /** An overlay is a picture of the moment, not output: it is shown and not kept. */
    @Override
    public void overlay(String text) {
        shown.overlay(text);
    }

    @Override
    public void status(String line) {
        shown.status(line);
        synchronized (this) {
            status = line;
        }
    }

    @Override
    public void endStatus() {
        shown.endStatus();
        String last;
        synchronized (this) {
            last = status;
            status = null;
        }
        if (last != null) {
            keep(last + "\n");
        }
    }

    @Override
    public int width() {
        return shown.width();
    }

    @Override
    public boolean ansi() {
        return shown.ansi();
    }

    private void keep(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        synchronized (captured) {
            captured.write(bytes, 0, bytes.length);
        }
    }
}
