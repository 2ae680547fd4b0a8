package nnshell.lesson;

import nnshell.shell.spi.ShellContext;

/**
 * Begins the lesson named by the system property {@code nnshell.lesson} (set by
 * {@code ./nnshell lesson ID}) once the shell is ready.
 */
public final class LessonStartup {
    /** The system property holding the lesson to begin at start-up. */
    public static final String PROPERTY = "nnshell.lesson";

    private LessonStartup() {
    }

    /** Starts the lesson asked for at start-up, if any; true when none was asked or it began. */
    public static boolean begin(ShellContext context) {
        String id = System.getProperty(PROPERTY);
        if (id == null || id.isBlank()) {
            return true;
        }
        System.clearProperty(PROPERTY);
        return Tutor.of(context).start(id);
    }
}
