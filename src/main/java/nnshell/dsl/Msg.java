package nnshell.dsl;

import nnshell.console.Lang;

/** The DSL's sentences, from its message bundle in the current language. */
final class Msg {
    private static final String BUNDLE = "nnshell.dsl.messages";

    private Msg() {
    }

    static String text(String key, Object... args) {
        return Lang.text(BUNDLE, key, args);
    }
}
