package nnshell.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a shell starts: colours, extra startup scripts, where per-user state is kept.
 *
 * @param color whether output may use ANSI colours (false with {@code --no-color})
 * @param extraStartup scripts added with {@code --startup FILE}, run after the standard ones
 * @param stateDir the directory for history, progress and the journal
 * @param restore whether to restore a session that did not end normally ({@code --restore})
 */
public record ShellOptions(boolean color, List<Path> extraStartup, Path stateDir,
        boolean restore) {

    /** Options without restoring an earlier session. */
    public ShellOptions(boolean color, List<Path> extraStartup, Path stateDir) {
        this(color, extraStartup, stateDir, false);
    }

    /** The same options with colours off. */
    public ShellOptions withoutColor() {
        return new ShellOptions(false, extraStartup, stateDir, restore);
    }

    /** The same options, restoring an unfinished session when {@code restore} is true. */
    public ShellOptions withRestore(boolean restoreSession) {
        return new ShellOptions(color, extraStartup, stateDir, restoreSession);
    }

    /** Options from the system properties the launcher sets, with the given extras. */
    public static ShellOptions of(boolean color, List<Path> extraStartup) {
        return new ShellOptions(color, List.copyOf(extraStartup), defaultStateDir());
    }

    /**
     * The per-user state directory: {@code nnshell.state.dir}, else the environment variable
     * {@code NNSHELL_STATE_DIR}, else {@code ~/.nnshell}.
     */
    public static Path defaultStateDir() {
        String dir = System.getProperty("nnshell.state.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("NNSHELL_STATE_DIR");
        }
        if (dir == null || dir.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".nnshell");
        }
        return Path.of(dir);
    }

    /** The standard startup scripts ({@code startup-scripts/*.jsh} under nnshell.home). */
    public static List<Path> standardStartup() {
        String home = System.getProperty("nnshell.home", ".");
        Path dir = Path.of(home, "startup-scripts");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** Every startup script in the order it runs: standard ones, then the extras. */
    public List<Path> startupScripts() {
        List<Path> all = new ArrayList<>(standardStartup());
        all.addAll(extraStartup);
        return all;
    }
}
