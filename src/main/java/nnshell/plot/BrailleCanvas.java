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

    /** Height in dots (four per cell). */
    /** Rows of characters. */
    int rows() {
        return rows;
    }

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
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        for (int guard = 0; guard < 100_000; guard++) {
            set(x0, y0, color);
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
