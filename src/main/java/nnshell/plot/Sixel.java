package nnshell.plot;

import java.awt.image.BufferedImage;
import java.util.BitSet;

/**
 * A small sixel encoder: colours reduced to a 6 x 6 x 6 cube, each band of six pixel rows
 * written colour by colour with run-length compression.
 */
final class Sixel {
    private static final int LEVELS = 6;

    private Sixel() {
    }

    /** The image as a sixel escape sequence (transparent pixels drawn on white). */
    static String encode(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] index = quantize(img);
        StringBuilder sb = new StringBuilder("\033Pq\"1;1;").append(w).append(';').append(h);
        palette(sb);
        for (int y0 = 0; y0 < h; y0 += 6) {
            band(sb, index, w, h, y0);
            sb.append('-');
        }
        return sb.append("\033\\").toString();
    }

    private static void palette(StringBuilder sb) {
        for (int i = 0; i < LEVELS * LEVELS * LEVELS; i++) {
            sb.append('#').append(i).append(";2;").append(percent(i / 36)).append(';')
                    .append(percent(i / 6 % 6)).append(';').append(percent(i % 6));
        }
    }

    private static int percent(int level) {
        return level * 100 / (LEVELS - 1);
    }

    private static int[] quantize(BufferedImage img) {
        int w = img.getWidth();
        int[] out = new int[w * img.getHeight()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                int a = argb >>> 24;
                int r = ((argb >> 16 & 255) * a + 255 * (255 - a)) / 255;
                int g = ((argb >> 8 & 255) * a + 255 * (255 - a)) / 255;
                int b = ((argb & 255) * a + 255 * (255 - a)) / 255;
                out[y * w + x] = 36 * level(r) + 6 * level(g) + level(b);
            }
        }
        return out;
    }

    private static int level(int v) {
        return (v * (LEVELS - 1) + 127) / 255;
    }

    /** One band of six rows: for each colour in it, its sixels, then a carriage return. */
    private static void band(StringBuilder sb, int[] index, int w, int h, int y0) {
        BitSet used = new BitSet();
        for (int y = y0; y < Math.min(h, y0 + 6); y++) {
            for (int x = 0; x < w; x++) {
                used.set(index[y * w + x]);
            }
        }
        for (int c = used.nextSetBit(0); c >= 0; c = used.nextSetBit(c + 1)) {
            sb.append('#').append(c);
            runs(sb, index, w, h, y0, c);
            sb.append('$');
        }
    }

    private static void runs(StringBuilder sb, int[] index, int w, int h, int y0, int color) {
        char last = 0;
        int count = 0;
        for (int x = 0; x < w; x++) {
            int bits = 0;
            for (int k = 0; k < 6 && y0 + k < h; k++) {
                if (index[(y0 + k) * w + x] == color) {
                    bits |= 1 << k;
                }
            }
            char ch = (char) (63 + bits);
            if (ch == last) {
                count++;
            } else {
                flush(sb, last, count);
                last = ch;
                count = 1;
            }
        }
        flush(sb, last, count);
    }

    private static void flush(StringBuilder sb, char ch, int count) {
        if (count == 0) {
            return;
        }
        if (count > 3) {
            sb.append('!').append(count).append(ch);
        } else {
            sb.append(String.valueOf(ch).repeat(count));
        }
    }
}
