package nnshell.shell;

import nnshell.console.Lang;

/** The shell's student-facing sentences, in English or Polish. */
final class Messages {
    private static final String BUNDLE = "nnshell.shell.messages";

    private Messages() {
    }

    /** The message {@code key} in the current language, formatted with {@code args}. */
    static String get(String key, Object... args) {
        return Lang.text(BUNDLE, key, args);
    }
}
