package nnshell.session;

import nnshell.console.Lang;

/** The session package's messages, in the current language. */
final class Messages {
    private static final String BUNDLE = "nnshell.session.messages";

    private Messages() {
    }

    /** The message for {@code key}, formatted with {@code args}. */
    static String text(String key, Object... args) {
        return Lang.text(BUNDLE, key, args);
    }

    /**
     * A count with its noun in the right form: {@code count("snippet", 3)} is "3 snippets",
     * in Polish "3 fragmenty". The bundle's {@code count.NOUN} lists the forms as
     * "one|few|many" (English needs two: "one|other").
     */
    static String count(String noun, long n) {
        return n + " " + form(text("count." + noun).split("\\|"), n, Lang.polish());
    }

    /**
     * The form for {@code n}: Polish has one (1), few (2-4, 22-24, but not 12-14) and many
     * (0, 5-21, 25...); other languages one and the rest.
     */
    static String form(String[] forms, long n, boolean polish) {
        String many = forms[forms.length - 1];
        if (n == 1) {
            return forms[0];
        }
        if (!polish || forms.length < 3) {
            return forms.length > 1 ? forms[1] : forms[0];
        }
        long units = Math.abs(n) % 10;
        long tens = Math.abs(n) % 100;
        return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? forms[1] : many;
    }
}
