package nnshell.data;

import nnshell.console.Lang;

/** The data package's messages in the current language. */
final class Msg {
    private static final String BUNDLE = "nnshell.data.messages";

    private Msg() {
    }

    /** The message {@code key} formatted with {@code args}. */
    static String text(String key, Object... args) {
        return Lang.text(BUNDLE, key, args);
    }

    /** A {@link DataException} carrying the message {@code key}. */
    static DataException error(String key, Object... args) {
        return new DataException(text(key, args));
    }
}
