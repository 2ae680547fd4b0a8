package nnshell.shell.spi;

import java.util.List;

/**
 * What became of one snippet.
 *
 * @param source the snippet as typed
 * @param status how it ended
 * @param value the value as jshell would show it ("x ==> 3"), empty if none
 * @param output what the snippet printed while it ran
 * @param message the error text for a student (compile error with caret, exception message)
 * @param declared names the snippet declared or redefined (variables, methods, types)
 * @param fingerprint when {@code value} shows only part of a huge value ("..."), the SHA-256
 *     of all of it, so that a replay still compares it exactly; null otherwise
 */
public record EvalResult(String source, Status status, String value, String output,
        String message, List<String> declared, String fingerprint) {

    /** A result whose value, if any, is shown whole. */
    public EvalResult(String source, Status status, String value, String output,
            String message, List<String> declared) {
        this(source, status, value, output, message, declared, null);
    }

    /** How a snippet ended. */
    public enum Status {
        /** Compiled and ran. */
        OK,
        /** Did not compile (syntax, unknown name, type mismatch). */
        COMPILE_ERROR,
        /** Threw an exception while running. */
        EXCEPTION,
        /** Stopped by Ctrl-C or a time limit. */
        STOPPED,
        /** Refused before running (System.exit, for example). */
        REFUSED
    }

    /** Whether the snippet compiled and ran to the end. */
    public boolean ok() {
        return status == Status.OK;
    }
}
