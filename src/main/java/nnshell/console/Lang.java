package nnshell.console;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of everything nnshell says: English or Polish.
 *
 * <p>Chosen by the system property {@code nnshell.lang} ({@code en} or {@code pl}, set by
 * {@code --lang}), otherwise by the system locale. Each package keeps its messages in a bundle
 * {@code nnshell/PACKAGE/messages.properties} with a {@code messages_pl.properties} beside it.
 */
public final class Lang {
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private Lang() {
    }

    /** The locale in force now: Polish or English. */
    public static Locale locale() {
        String chosen = System.getProperty("nnshell.lang");
        if (chosen == null || chosen.isBlank()) {
            chosen = Locale.getDefault().getLanguage();
        }
        return chosen.toLowerCase(Locale.ROOT).startsWith("pl") ? POLISH : Locale.ENGLISH;
    }

    /** Whether messages are in Polish now. */
    public static boolean polish() {
        return locale().equals(POLISH);
    }

    /**
     * A message from the bundle {@code bundle} (for example "nnshell.shell.messages") in the
     * current language, formatted with {@link String#format}; the key itself if it is missing.
     */
    public static String text(String bundle, String key, Object... args) {
        try {
            ResourceBundle rb = ResourceBundle.getBundle(bundle, locale(),
                    ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = rb.getString(key);
            return args.length == 0 ? pattern : String.format(locale(), pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
