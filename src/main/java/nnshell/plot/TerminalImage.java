package nnshell.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * Draws any chart inside a terminal as a picture of half-block characters: each cell shows two
 * pixels, the upper as the foreground of "▀" and the lower as its background. Without ANSI
 * colours, shades of grey become characters from light to dense.
 */
final class TerminalImage {
    private static final String SHADES = " .:-=+*#%@";

    private TerminalImage() {
    }

    /** The chart drawn in at most {@code cols} x {@code rows} cells. */
    static String render(Chart chart, int cols, int rows, boolean ansi) {
        int[] size = pixels(chart.width(), chart.height(), cols, rows);
        int w = size[0];
        int h = size[1];
        BufferedImage img = chart.image(chart.width(), chart.height());
        StringBuilder sb = new StringBuilder();
        if (!chart.title().isBlank()) {
            sb.append(ansi ? Ansi.BOLD + chart.title() + Ansi.RESET : chart.title()).append('\n');
        }
        return sb.append(blocks(img, w, h, ansi)).toString();
    }

    /**
     * The width and (even) height in half-block pixels of a {@code width} x {@code height}
     * picture drawn in {@code cols} x {@code rows} cells, the title line included. A cell is
     * about twice as high as wide and shows two pixels one above the other, so a pixel is
     * about square: the picture keeps its shape when pixels keep its aspect ratio, so the
     * side with room to spare shrinks to match the one that limits.
     */
    static int[] pixels(int width, int height, int cols, int rows) {
        double aspect = (double) height / width;
        int w = Math.max(10, cols - 1);
        int h = Math.max(4, rows - 1) * 2;
        h = Math.min(h, (int) Math.round(w * aspect));
        h = Math.max(2, h - h % 2);
        w = Math.max(1, Math.min(w, (int) Math.round(h / aspect)));
        return new int[] {w, h};
    }

    /** {@code img} scaled to {@code w} x {@code h} pixels, as {@code h / 2} lines of text. */
    static String blocks(BufferedImage img, int w, int h, boolean ansi) {
        Color[][] px = downsample(img, w, h);
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y + 1 < h; y += 2) {
            for (int x = 0; x < w; x++) {
                if (ansi) {
                    sb.append(Ansi.fg(px[y][x])).append(Ansi.bg(px[y + 1][x])).append('▀');
                } else {
                    sb.append(shade(px[y][x], px[y + 1][x]));
                }
            }
            sb.append(ansi ? Ansi.RESET + "\n" : "\n");
        }
        return sb.toString();
    }

    /** The average colour of each block of {@code img}, as a {@code h} x {@code w} grid. */
    static Color[][] downsample(BufferedImage img, int w, int h) {
        Color[][] out = new Color[h][w];
        for (int y = 0; y < h; y++) {
            int y0 = y * img.getHeight() / h;
            int y1 = Math.max(y0 + 1, (y + 1) * img.getHeight() / h);
            for (int x = 0; x < w; x++) {
                int x0 = x * img.getWidth() / w;
                int x1 = Math.max(x0 + 1, (x + 1) * img.getWidth() / w);
                out[y][x] = average(img, x0, y0, x1, y1);
            }
        }
        return out;
    }

    private static Color average(BufferedImage img, int x0, int y0, int x1, int y1) {
        long r = 0;
        long g = 0;
        long b = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int argb = img.getRGB(x, y);
                int a = argb >>> 24;
                // transparent pixels count as the white page behind them
                r += ((argb >> 16 & 255) * a + 255 * (255 - a)) / 255;
                g += ((argb >> 8 & 255) * a + 255 * (255 - a)) / 255;
                b += ((argb & 255) * a + 255 * (255 - a)) / 255;
                n++;
            }
        }
        return new Color((int) (r / n), (int) (g / n), (int) (b / n));
    }

    private static char shade(Color top, Color bottom) {
        double light = (luma(top) + luma(bottom)) / 2;
        int i = (int) Math.round((1 - light) * (SHADES.length() - 1));
        return SHADES.charAt(Math.max(0, Math.min(SHADES.length() - 1, i)));
    }

    private static double luma(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    }
}
