package nnshell.plot;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The inline-image protocol of the terminal, if it has one: kitty, iTerm2 or sixel.
 *
 * <p>Detected from the environment (TERM, TERM_PROGRAM, KITTY_WINDOW_ID, LC_TERMINAL); forced
 * with the system property {@code nnshell.plots.graphics} or the environment variable
 * {@code NNSHELL_GRAPHICS} ({@code kitty|iterm|sixel|text}). Inside tmux or screen, which do not
 * pass images through by default, text is used unless forced.
 */
enum TerminalGraphics {
    /** The kitty graphics protocol (kitty, WezTerm, Ghostty, Konsole). */
    KITTY,
    /** iTerm2's inline images (iTerm2, WezTerm, mintty). */
    ITERM,
    /** DEC sixel graphics (foot, mlterm, xterm -ti vt340, contour). */
    SIXEL,
    /** No image protocol: braille and block characters. */
    TEXT;

    private static final int KITTY_CHUNK = 4096;

    /** The protocol of the terminal this process runs in. */
    static TerminalGraphics detect() {
        return detect(System.getenv(), System.getProperty("nnshell.plots.graphics"));
    }

    /** The protocol for the given environment and forced choice (null if none). */
    static TerminalGraphics detect(Map<String, String> env, String forced) {
        String choice = forced != null && !forced.isBlank() ? forced
                : env.getOrDefault("NNSHELL_GRAPHICS", "");
        if (!choice.isBlank()) {
            return parse(choice);
        }
        if (env.containsKey("TMUX") || env.getOrDefault("TERM", "").startsWith("screen")) {
            return TEXT;
        }
        return fromTerminal(env);
    }

    private static TerminalGraphics fromTerminal(Map<String, String> env) {
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        String program = env.getOrDefault("TERM_PROGRAM", "").toLowerCase(Locale.ROOT);
        if (env.containsKey("KITTY_WINDOW_ID") || term.contains("kitty")
                || term.contains("ghostty") || program.equals("ghostty")) {
            return KITTY;
        }
        if (program.equals("iterm.app") || program.equals("wezterm")
                || env.getOrDefault("LC_TERMINAL", "").equalsIgnoreCase("iTerm2")) {
            return ITERM;
        }
        if (term.contains("mlterm") || term.startsWith("foot") || term.contains("contour")
                || term.contains("yaft")) {
            return SIXEL;
        }
        return TEXT;
    }

    private static TerminalGraphics parse(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        for (TerminalGraphics g : values()) {
            if (g.name().toLowerCase(Locale.ROOT).equals(w)) {
                return g;
            }
        }
        throw new IllegalArgumentException(Messages.text("graphics.bad", word));
    }

    /** The escape sequence that shows {@code chart} as an image; null for {@link #TEXT}. */
    String encode(Chart chart) {
        return switch (this) {
            case KITTY -> kitty(chart.png());
            case ITERM -> iterm(chart.png());
            case SIXEL -> Sixel.encode(chart.image(chart.width(), chart.height()));
            case TEXT -> null;
        };
    }

    /** A PNG in the kitty protocol: base64 in chunks of 4096, the last with m=0. */
    static String kitty(byte[] png) {
        String data = Base64.getEncoder().encodeToString(png);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < data.length(); i += KITTY_CHUNK) {
            String chunk = data.substring(i, Math.min(data.length(), i + KITTY_CHUNK));
            boolean more = i + KITTY_CHUNK < data.length();
            sb.append("\033_G");
            sb.append(i == 0 ? "a=T,f=100," : "");
            sb.append("m=").append(more ? 1 : 0).append(';').append(chunk).append("\033\\");
        }
        return sb.toString();
    }

    /** A PNG as an iTerm2 inline file. */
    static String iterm(byte[] png) {
        return "\033]1337;File=inline=1;size=" + png.length + ";preserveAspectRatio=1:"
                + Base64.getEncoder().encodeToString(png) + "\007";
    }
}
