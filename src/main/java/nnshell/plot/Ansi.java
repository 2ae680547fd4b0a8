package nnshell.plot;

import java.awt.Color;

/** ANSI escape sequences for colours and cursor movement. */
final class Ansi {
    static final String RESET = "\033[0m";
    static final String BOLD = "\033[1m";

    private Ansi() {
    }

    /**
     * Whether charts may colour their text on this console: it must understand ANSI, and
     * colour must not be turned off ({@code --no-color} sets {@code nnshell.color=false};
     * the {@code NO_COLOR} environment variable does the same).
     */
    static boolean colours(nnshell.console.Console console) {
        String env = System.getenv("NO_COLOR");
        return console.ansi() && !"false".equalsIgnoreCase(System.getProperty("nnshell.color"))
                && (env == null || env.isEmpty());
    }

    /** Foreground colour, from the 256-colour palette (supported by nearly every terminal). */
    static String fg(Color c) {
        return "\033[38;5;" + index256(c) + "m";
    }

    /** Background colour, from the 256-colour palette. */
    static String bg(Color c) {
        return "\033[48;5;" + index256(c) + "m";
    }

    /** The nearest colour of the 256-colour palette: the 6x6x6 cube or the grey ramp. */
    static int index256(Color c) {
        int r = c.getRed();
        int g = c.getGreen();
        int b = c.getBlue();
        int cube = 16 + 36 * level(r) + 6 * level(g) + level(b);
        int grey = (r + g + b) / 3;
        int greyIndex = grey < 8 ? 16 : grey > 238 ? 231 : 232 + (grey - 8) / 10;
        int greyValue = greyIndex == 16 ? 0 : greyIndex == 231 ? 255 : 8 + 10 * (greyIndex - 232);
        int cubeError = error(r, g, b, cubeValue(level(r)), cubeValue(level(g)),
                cubeValue(level(b)));
        int greyError = error(r, g, b, greyValue, greyValue, greyValue);
        return greyError < cubeError ? greyIndex : cube;
    }

    private static int level(int v) {
        return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;
    }

    private static int cubeValue(int level) {
        return level == 0 ? 0 : 55 + 40 * level;
    }

    private static int error(int r, int g, int b, int r2, int g2, int b2) {
        return (r - r2) * (r - r2) + (g - g2) * (g - g2) + (b - b2) * (b - b2);
    }
}
