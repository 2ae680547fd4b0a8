package nnshell.data;

import java.util.Arrays;

import nnshell.console.Lang;

/** The data package's messages in the current language. */
final class Msg {
    private static final String BUNDLE = "nnshell.data.messages";
    private static final String PACKAGE = "nnshell.data.";

    private Msg() {
    }

    /** The message {@code key} formatted with {@code args}. */
    static String text(String key, Object... args) {
        return Lang.text(BUNDLE, key, args);
    }

    /**
     * A {@link DataException} carrying the message {@code key}, whose stack trace starts at
     * the call the student made into this package (the shell shows that frame, not ours).
     */
    static DataException error(String key, Object... args) {
        DataException e = new DataException(text(key, args));
        e.setStackTrace(fromEntryPoint(e.getStackTrace()));
        return e;
    }

    /** The frames from the outermost one of this package at the top of the stack. */
    static StackTraceElement[] fromEntryPoint(StackTraceElement[] frames) {
        int top = 0;
        while (top + 1 < frames.length
                && frames[top + 1].getClassName().startsWith(PACKAGE)) {
            top++;
        }
        return Arrays.copyOfRange(frames, top, frames.length);
    }
}
