package nnshell.plot;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Locale;

import nnshell.console.Suggest;

/**
 * Where charts go: a Swing window, the terminal, files, or nowhere.
 *
 * <p>Chosen by the system property {@code nnshell.plots}; without it, a window when a display
 * is available and the terminal otherwise.
 */
public enum PlotMode {
    /** A Swing window that stays open and updates live. */
    WINDOW,
    /** Drawn inside the terminal (braille and block characters, or an inline image). */
    TERMINAL,
    /** Saved as PNG files in the plots directory. */
    FILE,
    /** Not shown (still kept for the session's export). */
    OFF;

    /** The lower-case word used in commands and properties ("window"). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named by {@code word}, or an error that lists the valid words. */
    public static PlotMode parse(String word) {
        String w = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        for (PlotMode m : values()) {
            if (m.word().equals(w)) {
                return m;
            }
        }
        String words = String.join("|", Arrays.stream(values()).map(PlotMode::word).toList());
        String near = Suggest.closest(w, Arrays.stream(values()).map(PlotMode::word).toList(), 2)
                .orElse(null);
        throw new IllegalArgumentException(Messages.text("mode.bad", word, words)
                + (near == null ? "" : " " + Messages.text("did.you.mean", near)));
    }

    /** The mode from {@code nnshell.plots}, or detected from the display. */
    static PlotMode configured() {
        String chosen = System.getProperty("nnshell.plots");
        if (chosen != null && !chosen.isBlank()) {
            return parse(chosen);
        }
        return displayAvailable() ? WINDOW : TERMINAL;
    }

    /** Whether a window can be opened: not headless, and on Linux a DISPLAY is set. */
    public static boolean displayAvailable() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac") || os.contains("win")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
    }
}
