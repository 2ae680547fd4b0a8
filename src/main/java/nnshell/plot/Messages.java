package nnshell.plot;

import nnshell.console.Lang;

/** The plot package's messages in the current language. */
final class Messages {
    private static final String BUNDLE = "nnshell.plot.messages";

    private Messages() {
    }

    static String text(String key, Object... args) {
        return Lang.text(BUNDLE, key, args);
    }
}
