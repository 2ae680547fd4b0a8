package nnshell.lesson;

import nnshell.shell.spi.ShellContext;
import nnshell.shell.spi.StartupHook;

/**
 * Begins the lesson named by the system property {@code nnshell.lesson} (set by
 * {@code ./nnshell lesson ID}) once the shell is ready for its first prompt. Listed in
 * {@code META-INF/services/nnshell.shell.spi.StartupHook}.
 */
public final class LessonStartup implements StartupHook {
    /** The system property holding the lesson to begin at start-up. */
    public static final String PROPERTY = "nnshell.lesson";

    /** Made by the shell's service loader. */
    public LessonStartup() {
    }

    @Override
    public void started(ShellContext context, boolean restore) {
        begin(context);
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
