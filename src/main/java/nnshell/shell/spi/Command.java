package nnshell.shell.spi;

import java.util.List;

/**
 * A slash command of the shell ({@code /lesson}, {@code /save}, {@code /plot} ...).
 *
 * <p>Commands are found with {@link java.util.ServiceLoader}: a package adds its own by listing
 * the class in {@code META-INF/services/nnshell.shell.spi.Command}, so the shell's core never
 * names them.
 */
public interface Command {

    /** Names the command answers to, without the slash; the first is the main one. */
    List<String> names();

    /** One line for {@code /help}, in the shell's current language. */
    String summary(ShellContext context);

    /** Longer help for {@code /help NAME}; the summary where there is nothing more. */
    default String help(ShellContext context) {
        return summary(context);
    }

    /**
     * Runs the command with the text after its name (trimmed, possibly empty).
     *
     * @return true if it succeeded; false makes a non-interactive run exit non-zero
     */
    boolean run(String arguments, ShellContext context);

    /** Completions for the argument being typed; none by default. */
    default List<String> complete(String argumentsSoFar, ShellContext context) {
        return List.of();
    }
}
