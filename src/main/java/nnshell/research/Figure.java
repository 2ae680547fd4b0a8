package nnshell.research;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import nnshell.plot.Chart;

/**
 * A research picture as a chart of the plot package, so it goes where charts go now
 * (window, terminal, file) and into the session's chart log.
 */
final class Figure extends Chart {
    private final String kind;
    private final Painter painter;

    /** Draws the picture in a {@code width x height} area. */
    interface Painter {
        void paint(Graphics2D g, int width, int height);
    }

    private Figure(String title, String kind, int width, int height, Painter painter) {
        super(title);
        this.kind = kind;
        this.painter = painter;
        size(width, height);
    }

    /** XChart charts side by side, each given an equal share of the width, then shown. */
    static Chart charts(String title, String kind, org.knowm.xchart.internal.chartpart.Chart<?, ?>
            ... charts) {
        int n = charts.length;
        return new Figure(title, kind, 480 * n, 380, (g, w, h) -> {
            for (int i = 0; i < n; i++) {
                Graphics2D part = (Graphics2D) g.create(i * w / n, 0, w / n, h);
                charts[i].paint(part, w / n, h);
                part.dispose();
            }
        }).show();
    }

    /** Pixel pictures side by side, scaled up without blurring to fill the area, then shown. */
    static Chart pictures(String title, String kind, BufferedImage... images) {
        BufferedImage row = sideBySide(images);
        return new Figure(title, kind, row.getWidth(), row.getHeight(), (g, w, h) -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            double scale = Math.min((double) w / row.getWidth(), (double) h / row.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(row, 0, 0, (int) (row.getWidth() * scale),
                    (int) (row.getHeight() * scale), null);
        }).show();
    }

    @Override
    protected void paint(Graphics2D g, int width, int height) {
        painter.paint(g, width, height);
    }

    @Override
    protected String kind() {
        return kind;
    }

    /** The images in a row on a white background, tops aligned. */
    static BufferedImage sideBySide(BufferedImage... images) {
        int w = 0;
        int h = 0;
        for (BufferedImage i : images) {
            w += i.getWidth();
            h = Math.max(h, i.getHeight());
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int x = 0;
        for (BufferedImage i : images) {
            g.drawImage(i, x, 0, null);
            x += i.getWidth();
        }
        g.dispose();
        return out;
    }
}
