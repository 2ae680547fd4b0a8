package nnshell.plot;

import java.awt.Color;

/** The colours of nnshell's charts: TensorFlow Playground's blue and orange come first. */
final class Palette {
    /** Playground's blue: class 1, positive output. */
    static final Color BLUE = new Color(0x0877BD);
    /** Playground's orange: class 0, negative output. */
    static final Color ORANGE = new Color(0xF59322);
    private static final Color[] SERIES = {
        BLUE, ORANGE, new Color(0x2CA02C), new Color(0xD62728), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22),
        new Color(0x17BECF)
    };
    private static final Color[] CLASSES = {
        ORANGE, BLUE, new Color(0x2CA02C), new Color(0xD62728), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22),
        new Color(0x17BECF)
    };

    private Palette() {
    }

    /** The colour of the {@code i}-th series of a chart. */
    static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** The colour of class {@code label}: 0 orange, 1 blue, then the series colours. */
    static Color forClass(int label) {
        return CLASSES[Math.floorMod(label, CLASSES.length)];
    }

    /**
     * A diverging colour for {@code t} in [0, 1]: orange at 0, nearly white at 0.5, blue at 1,
     * as the Playground colours its output.
     */
    static Color diverging(double t) {
        double v = Math.max(0, Math.min(1, t));
        Color light = new Color(0xF4F4F4);
        return v < 0.5 ? mix(ORANGE, light, v * 2) : mix(light, BLUE, (v - 0.5) * 2);
    }

    /** A grey from black (0) to white (1). */
    static Color gray(double t) {
        int g = (int) Math.round(255 * Math.max(0, Math.min(1, t)));
        return new Color(g, g, g);
    }

    /** A heat colour for {@code t} in [0, 1]: transparent dark red through yellow. */
    static Color heat(double t) {
        double v = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(255 * Math.min(1, v * 2));
        int g = (int) Math.round(255 * Math.max(0, v * 2 - 1));
        return new Color(r, g, 0, (int) Math.round(200 * v));
    }

    /**
     * A lighter tint of {@code c}, halfway to white: the terminal colour of a dashed series,
     * told apart from its solid twin in the 256-colour palette too.
     */
    static Color lighter(Color c) {
        return mix(c, Color.WHITE, 0.5);
    }

    /** The colour a fraction {@code t} of the way from {@code a} to {@code b}. */
    static Color mix(Color a, Color b, double t) {
        return new Color(lerp(a.getRed(), b.getRed(), t), lerp(a.getGreen(), b.getGreen(), t),
                lerp(a.getBlue(), b.getBlue(), t));
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
