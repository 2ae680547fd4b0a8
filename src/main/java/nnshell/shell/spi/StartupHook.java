package nnshell.shell.spi;

/**
 * Told when the interactive shell starts and when it ends normally.
 *
 * <p>Hooks are found with {@link java.util.ServiceLoader}: a package lists its class in
 * {@code META-INF/services/nnshell.shell.spi.StartupHook}. The shell calls {@link #started}
 * once, after the startup scripts ran and before the first prompt, and {@link #ended} on a
 * normal exit ({@code /exit}, Ctrl-D) only, never after a crash. Sessions use the pair to keep
 * a journal and to offer restoring a session that did not end normally.
 */
public interface StartupHook {

    /** The shell is ready for its first prompt; {@code restore} is true under --restore. */
    void started(ShellContext context, boolean restore);

    /** The shell is ending normally (the student left with /exit or Ctrl-D). */
    default void ended(ShellContext context) {
    }
}
