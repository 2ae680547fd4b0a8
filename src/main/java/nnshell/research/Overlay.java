package nnshell.research;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import nnshell.dsl.Tensor;

/** Draws an image in grey with a heat map over it in red, large enough to see. */
final class Overlay {
    private static final int PANEL = 256;
    private static final int TITLE = 28;

    private Overlay() {
    }

    /** The image alone (grey, scaled to its own range), with a title above. */
    static BufferedImage image(Tensor image, String title) {
        return draw(image, null, title);
    }

    /** The image in grey with the heat map's positive values in red over it. */
    static BufferedImage withHeat(Tensor image, Heatmap heat, String title) {
        return draw(image, heat.normalized(), title);
    }

    private static BufferedImage draw(Tensor image, Heatmap heat, String title) {
        double[][] grey = grey(image);
        int h = grey.length;
        int w = grey[0].length;
        int scale = Math.max(1, PANEL / Math.max(h, w));
        BufferedImage out = new BufferedImage(w * scale + 8, h * scale + TITLE + 8,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                g.setColor(pixel(grey[r][c], heat == null ? 0 : heat.get(r, c)));
                g.fillRect(4 + c * scale, TITLE + 4 + r * scale, scale, scale);
            }
        }
        // a frame, so that white pixels at the edge stay visible against the background
        g.setColor(Color.GRAY);
        g.drawRect(3, TITLE + 3, w * scale + 1, h * scale + 1);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, 6, 20);
        g.dispose();
        return out;
    }

    /** Grey level mixed towards red by the heat (0 = plain grey, 1 = full red). */
    private static Color pixel(double grey, double heat) {
        int v = (int) Math.round(255 * grey);
        double a = Math.max(0, Math.min(1, heat)) * 0.75;
        int r = (int) Math.round(v * (1 - a) + 255 * a);
        int gb = (int) Math.round(v * (1 - a));
        return new Color(r, gb, gb);
    }

    /** The image's channels averaged and scaled to [0, 1]. */
    private static double[][] grey(Tensor image) {
        int h = Images.height(image);
        int w = Images.width(image);
        int planes = image.size() / (h * w);
        double[][] g = new double[h][w];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                for (int p = 0; p < planes; p++) {
                    g[r][c] += image.data()[p * h * w + r * w + c] / planes;
                }
                lo = Math.min(lo, g[r][c]);
                hi = Math.max(hi, g[r][c]);
            }
        }
        for (double[] row : g) {
            for (int c = 0; c < w; c++) {
                row[c] = hi > lo ? (row[c] - lo) / (hi - lo) : 0.5;
            }
        }
        return g;
    }
}
