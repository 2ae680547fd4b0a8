package nnshell.lesson;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The lesson package's messages in English or Polish ({@code nnshell/lesson/messages}). */
final class Msg {
    private static final String BUNDLE = "nnshell.lesson.messages";

    private Msg() {
    }

    /** The message {@code key} in {@code locale}, formatted with {@link String#format}. */
    static String text(Locale locale, String key, Object... args) {
        try {
            ResourceBundle rb = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = rb.getString(key);
            return args.length == 0 ? pattern : String.format(locale, pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
