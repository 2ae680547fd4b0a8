package nnshell.plot;

import java.awt.Color;

/**
 * A grid of terminal cells, each a Unicode braille character of 2 x 4 dots, with a colour per
 * cell (the last one drawn there wins).
 */
final class BrailleCanvas {
    private static final int[][] BITS = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20},
        {0x40, 0x80}};
    private final int cols;
    private final int rows;
    private final int[] dots;
    private final Color[] colors;

    BrailleCanvas(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        this.dots = new int[cols * rows];
        this.colors = new Color[cols * rows];
    }

    /** Width in dots (two per cell). */
    int dotWidth() {
        return cols * 2;
    }

    /** Rows of characters. */
    int rows() {
        return rows;
    }

    /** Height in dots (four per cell). */
    int dotHeight() {
        return rows * 4;
    }

    /** Sets the dot at (x, y), counted from the top left; outside dots are ignored. */
    void set(int x, int y, Color color) {
        if (x < 0 || y < 0 || x >= dotWidth() || y >= dotHeight()) {
            return;
        }
        int cell = (y / 4) * cols + x / 2;
        dots[cell] |= BITS[y % 4][x % 2];
        colors[cell] = color;
    }

    /** Draws a straight line of dots from (x0, y0) to (x1, y1). */
    void line(int x0, int y0, int x1, int y1, Color color) {
        line(x0, y0, x1, y1, color, null);
    }

    /** Sets the dot at (x, y) if {@code dash} is on there (always when it is null). */
    void dot(int x, int y, Color color, Dash dash) {
        if (dash == null || dash.drawsAt(x, y)) {
            set(x, y, color);
        }
    }

    /**
     * Draws a line of dots from (x0, y0) to (x1, y1), only where {@code dash} is on when it is
     * given; a dash carries on from one line to the next, so a path of many short lines is
     * dashed along its whole length.
     */
    void line(int x0, int y0, int x1, int y1, Color color, Dash dash) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        for (int guard = 0; guard < 100_000; guard++) {
            dot(x0, y0, color, dash);
            if (x0 == x1 && y0 == y1) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x0 += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y0 += sy;
            }
        }
    }

    /**
     * A dash pattern walked along a path of dots: dots are drawn for {@link #ON} dots of path
     * length, then skipped for {@link #OFF}. Measuring by length (a diagonal step counts
     * {@code sqrt 2}) keeps the dashes and gaps as long on a steep curve as on a flat one; a
     * braille dot is about as wide as it is high.
     */
    static final class Dash {
        /** Dots of path length drawn in each dash. */
        static final double ON = 6;
        /** Dots of path length left out between dashes: a flat line skips at least a cell. */
        static final double OFF = 4;
        private double travelled;
        private boolean started;
        private int lastX;
        private int lastY;

        /** Moves to (x, y), adding the way from the last dot, and says whether to draw it. */
        boolean drawsAt(int x, int y) {
            if (started) {
                travelled += Math.hypot(x - lastX, y - lastY);
            }
            started = true;
            lastX = x;
            lastY = y;
            return travelled % (ON + OFF) < ON;
        }

        /** Forgets the last dot: the path goes on after a gap (a missing value). */
        void lift() {
            started = false;
        }
    }

    /** Row {@code r} as text, coloured with ANSI escapes when {@code ansi}. */
    String row(int r, boolean ansi) {
        StringBuilder sb = new StringBuilder();
        Color current = null;
        for (int c = 0; c < cols; c++) {
            int cell = r * cols + c;
            Color color = dots[cell] == 0 ? null : colors[cell];
            if (ansi && color != null && !color.equals(current)) {
                sb.append(Ansi.fg(color));
                current = color;
            }
            sb.append((char) (0x2800 + dots[cell]));
        }
        if (ansi && current != null) {
            sb.append(Ansi.RESET);
        }
        return sb.toString();
    }
}
