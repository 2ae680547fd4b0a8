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
}
