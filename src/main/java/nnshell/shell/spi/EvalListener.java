package nnshell.shell.spi;

/** Told of every snippet the shell evaluates, before its result is shown to the student. */
public interface EvalListener {

    /** Called once per snippet, in order, with its result. */
    void evaluated(EvalResult result);

    /**
     * Called after {@code /reset}: the snippets told so far are gone from the session, so a
     * log of them (for {@code /save}, {@code /export}) should start over. Nothing by default.
     */
    default void reset() {
    }
}
