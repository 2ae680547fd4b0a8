package nnshell.lesson;

import java.util.Locale;

/**
 * A piece of lesson prose in English and Polish.
 *
 * @param en the English text
 * @param pl the Polish text
 */
public record Text(String en, String pl) {

    /** An empty text in both languages. */
    public static final Text EMPTY = new Text("", "");

    /** The text in the given language: Polish for "pl", English otherwise. */
    public String in(Locale locale) {
        return "pl".equals(locale.getLanguage()) ? pl : en;
    }

    /** Whether both languages are empty. */
    public boolean isEmpty() {
        return en.isBlank() && pl.isBlank();
    }
}
