package nnshell.bench;

import nnshell.console.Lang;

/** The benchmark's messages in the current language. */
final class Messages {
    private static final String BUNDLE = "nnshell.bench.messages";

    private Messages() {
    }

    static String text(String key, Object... args) {
        return Lang.text(BUNDLE, key, args);
    }
}
