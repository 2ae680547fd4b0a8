package nnshell.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Small pictures in a grid, each with a caption: digits, filters, feature maps, the output of
 * each neuron over the plane, an image beside its saliency overlay.
 */
final class TileGrid extends Chart {
    private final List<Tile> tiles;
    private final int columns;
    private final boolean smooth;

    /** One picture and its caption. */
    record Tile(String caption, BufferedImage image) {
    }

    TileGrid(String title, List<Tile> tiles, int columns, boolean smooth) {
        super(title);
        if (tiles.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("tiles.empty"));
        }
        this.tiles = List.copyOf(tiles);
        this.columns = Math.max(1, Math.min(columns, tiles.size()));
        this.smooth = smooth;
        int rows = (tiles.size() + this.columns - 1) / this.columns;
        size(Math.min(1200, Math.max(300, this.columns * 150)),
                Math.min(1200, Math.max(200, rows * 170 + 50)));
    }

    @Override
    protected String kind() {
        return tiles.size() == 1 ? "image" : "grid of " + tiles.size() + " images";
    }

    @Override
    protected void paint(Graphics2D g, int w, int h) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int top = title().isBlank() ? 8 : 40;
        if (!title().isBlank()) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
            g.setColor(new Color(0x222222));
            centered(g, title(), w / 2, 26);
        }
        int rows = (tiles.size() + columns - 1) / columns;
        int cellW = w / columns;
        int cellH = (h - top) / rows;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < tiles.size(); i++) {
            drawTile(g, tiles.get(i), (i % columns) * cellW, top + (i / columns) * cellH,
                    cellW, cellH);
        }
    }

    private void drawTile(Graphics2D g, Tile tile, int x, int y, int cellW, int cellH) {
        int caption = tile.caption().isBlank() ? 0 : 18;
        int side = Math.max(4, Math.min(cellW, cellH - caption) - 8);
        BufferedImage img = tile.image();
        double scale = Math.min((double) side / img.getWidth(), (double) side / img.getHeight());
        int iw = (int) Math.round(img.getWidth() * scale);
        int ih = (int) Math.round(img.getHeight() * scale);
        int ix = x + (cellW - iw) / 2;
        int iy = y + 4 + (side - ih) / 2;
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(img, ix, iy, iw, ih, null);
        g.setColor(new Color(0xBBBBBB));
        g.drawRect(ix, iy, iw - 1, ih - 1);
        if (caption > 0) {
            g.setColor(new Color(0x222222));
            centered(g, tile.caption(), x + cellW / 2, y + 4 + side + 15);
        }
    }

    private static void centered(Graphics2D g, String text, int cx, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, cx - fm.stringWidth(text) / 2, baseline);
    }
}
