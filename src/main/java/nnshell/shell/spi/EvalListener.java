package nnshell.shell.spi;

import java.util.List;

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

    /**
     * Called after {@code /drop}: the declarations with these names (variables, methods,
     * types) are gone from the session. Nothing by default.
     */
    default void dropped(List<String> names) {
    }

    /**
     * Called after {@code /threads stop} with the snippets that started the threads it
     * stopped (the very results told to {@link #evaluated}). Nothing by default.
     */
    default void threadsStopped(List<EvalResult> starters) {
    }
}
