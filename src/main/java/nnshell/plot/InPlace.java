package nnshell.plot;

import nnshell.console.Console;

/**
 * Redraws a chart in place beneath the current line (the progress bar), without scrolling the
 * rest of the screen: space is reserved once, then each frame saves the cursor, draws below
 * and restores the cursor.
 */
final class InPlace {
    private static final String SAVE = "\0337";
    private static final String RESTORE = "\0338";
    private static final String CLEAR_LINE = "\033[K";
    private final Console console;
    private final int rows;
    private boolean reserved;

    InPlace(Console console, int rows) {
        this.console = console;
        this.rows = rows;
    }

    /** Draws the chart below the current line and puts the cursor back where it was. */
    void draw(XyChart chart) {
        StringBuilder sb = new StringBuilder();
        if (!reserved) {
            // make room first: scrolling now, before the cursor is saved, keeps it valid
            sb.append("\n".repeat(rows + 1)).append("\033[").append(rows + 1).append('A');
            reserved = true;
        }
        sb.append(SAVE).append(frame(chart)).append(RESTORE);
        console.print(sb.toString());
    }

    /** Draws the last frame and leaves the cursor on the line after the chart. */
    void finish(XyChart chart) {
        if (!reserved) {
            console.print(frame(chart) + "\r\n");
            return;
        }
        console.print(RESTORE + frame(chart) + "\r\n");
    }

    private String frame(XyChart chart) {
        int cols = Math.max(20, console.width() - 1);
        StringBuilder sb = new StringBuilder();
        for (String line : TerminalPlot.lines(chart, cols, rows, true)) {
            sb.append("\r\n").append(line).append(CLEAR_LINE);
        }
        return sb.toString();
    }
}
