package nnshell.research;

import nnshell.console.Lang;

/** Messages of the research tools in the current language. */
final class Msg {
    private static final String BUNDLE = "nnshell.research.messages";

    private Msg() {
    }

    /** The message {@code key} formatted with {@code args}. */
    static String text(String key, Object... args) {
        return Lang.text(BUNDLE, key, args);
    }

    /** An exception whose message is the sentence {@code key}. */
    static IllegalArgumentException bad(String key, Object... args) {
        return new IllegalArgumentException(text(key, args));
    }
}
