package nnshell.shell.spi;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nnshell.console.Console;

/** What a command may use of the running shell. */
public interface ShellContext {

    /** Where student-facing text goes. */
    Console console();

    /** The language of messages: English or Polish. */
    Locale locale();

    /**
     * Evaluates source code as if the student had typed it (it may hold several snippets)
     * and returns one result per snippet. Listeners are told as for typed input.
     */
    List<EvalResult> eval(String source);

    /**
     * Evaluates source for the shell's own purposes (a lesson's check, say): like
     * {@link #eval}, but listeners are not told and {@link #history} does not keep it, so
     * saved sessions hold only what the student ran. Falls back to {@link #eval}.
     */
    default List<EvalResult> evalQuietly(String source) {
        return eval(source);
    }

    /** The current value of a variable of the session, empty if there is no such variable. */
    Optional<Object> variable(String name);

    /** Names of the session's variables, in declaration order. */
    List<String> variableNames();

    /** Every snippet evaluated so far in this session, in order, with its result. */
    List<EvalResult> history();

    /** Adds a listener told of every later snippet. */
    void addListener(EvalListener listener);

    /** The directory where per-user state (history, progress, journal) is kept. */
    Path stateDir();

    /** Whether a person is at a terminal (false for piped input and replays). */
    boolean interactive();

    /**
     * Asks the snippet running now (typed, or run by a command such as a lesson's check) to
     * stop; its result says {@link EvalResult.Status#STOPPED}. Callable from any thread.
     * Does nothing by default.
     */
    default void stop() {
    }
}
