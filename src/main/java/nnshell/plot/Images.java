package nnshell.plot;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nnshell.dsl.Tensor;

/** Tensors turned into pictures: grey or colour images, and heat masks over them. */
final class Images {
    private static final int OVERLAY_SIDE = 224;

    private Images() {
    }

    /** The images of a batch: [n, h, w], [n, c, h, w] (c = 1 or 3) or [n, h*w] square. */
    static List<BufferedImage> split(Tensor batch) {
        int[] s = batch.shape();
        int n = s[0];
        int per = batch.size() / Math.max(1, n);
        int[] chw = switch (s.length) {
            case 2 -> square(per, s);
            case 3 -> new int[] {1, s[1], s[2]};
            case 4 -> new int[] {s[1], s[2], s[3]};
            default -> throw bad(s);
        };
        if (chw[0] != 1 && chw[0] != 3) {
            throw bad(s);
        }
        List<BufferedImage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] v = Arrays.copyOfRange(batch.data(), i * per, (i + 1) * per);
            out.add(picture(v, chw[0], chw[1], chw[2]));
        }
        return out;
    }

    /**
     * The tensor without leading dimensions of size 1 beyond {@code rank}: a batch of one
     * image, {@code x.rows(0, 1)} of shape [1, 1, 8, 8], is that image.
     */
    private static Tensor withoutBatchOfOne(Tensor t, int rank) {
        int[] s = t.shape();
        int drop = 0;
        while (s.length - drop > rank && s[drop] == 1) {
            drop++;
        }
        return drop == 0 ? t : t.reshape(Arrays.copyOfRange(s, drop, s.length));
    }

    /** One image [h, w], [1, h, w] or [3, h, w] as a picture scaled to its own range. */
    static BufferedImage single(Tensor image) {
        int[] s = withoutBatchOfOne(image, 3).shape();
        if (s.length == 2) {
            return picture(image.data(), 1, s[0], s[1]);
        }
        if (s.length == 3 && (s[0] == 1 || s[0] == 3)) {
            return picture(image.data(), s[0], s[1], s[2]);
        }
        throw new IllegalArgumentException(Messages.text("image.shape", Arrays.toString(s)));
    }

    /** The image, the mask as heat, and the mask laid over the image: three tiles. */
    static List<TileGrid.Tile> overlay(Tensor image, Tensor maskIn) {
        Tensor mask = withoutBatchOfOne(maskIn, 2);
        if (mask.rank() != 2) {
            throw new IllegalArgumentException(Messages.text("mask.shape",
                    Arrays.toString(mask.shape())));
        }
        BufferedImage base = scaled(single(image), false);
        double[] m = Grids.normalize(minMax(mask.data()));
        BufferedImage heat = new BufferedImage(mask.shape(1), mask.shape(0),
                BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < m.length; i++) {
            heat.setRGB(i % mask.shape(1), i / mask.shape(1), Palette.heat(m[i]).getRGB());
        }
        BufferedImage heatBig = scaled(heat, true);
        BufferedImage over = copy(base);
        Graphics2D g = over.createGraphics();
        g.setComposite(AlphaComposite.SrcOver);
        g.drawImage(heatBig, 0, 0, null);
        g.dispose();
        BufferedImage maskOnBlack = onColor(heatBig, Color.BLACK);
        return List.of(new TileGrid.Tile("image", base), new TileGrid.Tile("mask", maskOnBlack),
                new TileGrid.Tile("overlay", over));
    }

    private static BufferedImage picture(double[] v, int c, int h, int w) {
        double[] t = minMax(v);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int plane = h * w;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                Color color = c == 1 ? Palette.gray(t[p])
                        : new Color(level(t[p]), level(t[plane + p]), level(t[2 * plane + p]));
                img.setRGB(x, y, color.getRGB());
            }
        }
        return img;
    }

    private static int level(double t) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, t)));
    }

    private static double[] minMax(double[] v) {
        double lo = Arrays.stream(v).min().orElse(0);
        double hi = Arrays.stream(v).max().orElse(1);
        return Arrays.stream(v).map(x -> hi > lo ? (x - lo) / (hi - lo) : 0).toArray();
    }

    private static BufferedImage scaled(BufferedImage img, boolean smooth) {
        BufferedImage out = new BufferedImage(OVERLAY_SIDE, OVERLAY_SIDE,
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(img, 0, 0, OVERLAY_SIDE, OVERLAY_SIDE, null);
        g.dispose();
        return out;
    }

    private static BufferedImage copy(BufferedImage img) {
        return onColor(img, Color.WHITE);
    }

    private static BufferedImage onColor(BufferedImage img, Color background) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    private static int[] square(int per, int[] shape) {
        int side = (int) Math.round(Math.sqrt(per));
        if (side * side != per) {
            throw bad(shape);
        }
        return new int[] {1, side, side};
    }

    private static IllegalArgumentException bad(int[] shape) {
        return new IllegalArgumentException(Messages.text("images.shape",
                Arrays.toString(shape)));
    }
}
