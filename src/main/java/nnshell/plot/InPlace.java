package nnshell.plot;

import nnshell.console.Console;

/**
 * Redraws a chart in place beneath the current line (the progress bar), without scrolling the
 * rest of the screen: each frame first makes room below (scrolling only when the line is near
 * the bottom), then saves the cursor, draws below the line and restores the cursor.
 */
final class InPlace {
    private static final String SAVE = "\0337";
    private static final String RESTORE = "\0338";
    private static final String CLEAR_LINE = "\033[K";
    private static final String CLEAR_BELOW = "\033[J";
    private final Console console;
    private final int rows;
    private final boolean colours;

    InPlace(Console console, int rows) {
        this.console = console;
        this.rows = rows;
        this.colours = Ansi.colours(console);
    }

    /** Draws the chart below the current line and puts the cursor back where it was. */
    void draw(XyChart chart) {
        console.overlay(room(rows + 1) + SAVE + frame(chart, true) + RESTORE);
    }

    /**
     * Draws the last frame from the current line, which the progress bar has ended, clears what
     * an earlier frame left below, and leaves the cursor on the line after the chart.
     */
    void finish(XyChart chart) {
        console.picture("\r" + CLEAR_BELOW + room(rows) + frame(chart, false) + "\r\n");
    }

    /** Newlines then as many lines up: the lines below exist afterwards, the cursor stays. */
    private static String room(int lines) {
        return "\n".repeat(lines) + "\033[" + lines + "A";
    }

    private String frame(XyChart chart, boolean below) {
        int cols = Math.max(20, console.width() - 1);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String line : TerminalPlot.lines(chart, cols, rows, colours)) {
            if (below || !first) {
                sb.append("\r\n");
            }
            sb.append(line).append(CLEAR_LINE);
            first = false;
        }
        return sb.toString();
    }
}
