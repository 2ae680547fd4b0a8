package nnshell.shell;

import java.io.PrintWriter;
import java.util.Map;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.MaskingCallback;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * A line reader for a terminal that says it is dumb ({@code TERM=dumb}) but passes keys one by
 * one, as Tab needs. JLine expects such a terminal to echo keys itself and redraws the line only
 * when it is done; this reader shows the line after every key, moving the cursor only with a
 * carriage return, which every terminal understands. A line wider than the terminal scrolls
 * sideways, marked with "&lt;".
 */
final class DumbLineReader extends LineReaderImpl {
    /** The buffer line (0 for the first) and the width drawn last, to move on and overwrite. */
    private int drawnLine;
    private int drawnWidth;

    DumbLineReader(Terminal terminal, String app, Map<String, Object> variables) {
        super(terminal, app, variables);
    }

    @Override
    public String readLine(String prompt, String rightPrompt, MaskingCallback masking,
            String buffer) throws UserInterruptException, EndOfFileException {
        lock.lock();
        try {
            drawnLine = 0;
            drawnWidth = 0;
        } finally {
            lock.unlock();
        }
        return super.readLine(prompt, rightPrompt, masking, buffer);
    }

    @Override
    public Binding readBinding(KeyMap<Binding> keys, KeyMap<Binding> local) {
        // what the last key did shows before the next one is read
        redisplay();
        return super.readBinding(keys, local);
    }

    @Override
    protected void redisplay(boolean flush) {
        lock.lock();
        try {
            if (skipRedisplay) {
                skipRedisplay = false;
                return;
            }
            draw();
            if (flush) {
                terminal.flush();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void printAbove(String text) {
        lock.lock();
        try {
            boolean reading = isReading();
            PrintWriter out = terminal.writer();
            if (reading) {
                out.print("\r" + " ".repeat(drawnWidth) + "\r");
                drawnWidth = 0;
            }
            out.print(text.endsWith("\n") ? text : text + "\n");
            if (reading) {
                draw();
            }
            terminal.flush();
        } finally {
            lock.unlock();
        }
    }

    /** Draws the buffer's last line after its prompt, over what was drawn before. */
    private void draw() {
        String text = buf.toString();
        int start = text.lastIndexOf('\n') + 1;
        int line = (int) text.chars().filter(c -> c == '\n').count();
        PrintWriter out = terminal.writer();
        if (line != drawnLine) {
            // a new line of a snippet: a dumb terminal cannot go back up, so it goes on below
            out.print("\r\n");
            drawnLine = line;
            drawnWidth = 0;
        }
        String prompt = line == 0 ? this.prompt.toString()
                : String.valueOf(getVariable(LineReader.SECONDARY_PROMPT_PATTERN));
        Window window = Window.of(text.substring(start), Math.max(0, buf.cursor() - start),
                Math.max(10, terminal.getWidth() - 1 - prompt.length()));
        String shown = prompt + window.text();
        StringBuilder draw = new StringBuilder("\r").append(shown);
        if (drawnWidth > shown.length()) {
            draw.append(" ".repeat(drawnWidth - shown.length())).append('\r').append(shown);
        }
        if (window.cursor() < window.text().length()) {
            draw.append('\r').append(prompt).append(window.text(), 0, window.cursor());
        }
        out.print(draw);
        drawnWidth = shown.length();
    }

    /** The part of a line that fits the width, around the cursor; "&lt;" marks a cut start. */
    record Window(String text, int cursor) {
        static Window of(String line, int cursor, int width) {
            int at = Math.min(cursor, line.length());
            if (line.length() < width) {
                return new Window(line, at);
            }
            if (at < width - 1) {
                return new Window(line.substring(0, width - 1), at);
            }
            int from = at - (width - 2);
            return new Window("<" + line.substring(from, at), width - 1);
        }
    }
}
