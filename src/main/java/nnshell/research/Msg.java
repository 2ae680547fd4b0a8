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

    /**
     * An exception whose message is the sentence {@code key}; its stack trace starts at the
     * caller, so the first line a student sees names the method they called into.
     */
    static IllegalArgumentException bad(String key, Object... args) {
        IllegalArgumentException e = new IllegalArgumentException(text(key, args));
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 1) {
            e.setStackTrace(java.util.Arrays.copyOfRange(trace, 1, trace.length));
        }
        return e;
    }
}
