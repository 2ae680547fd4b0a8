package nnshell.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Options shared by the shell and {@code run}: each sets the system property that the package
 * needing it reads ({@code nnshell.lang}, {@code nnshell.plots}, {@code nnshell.data.dir},
 * {@code nnshell.state.dir}).
 */
public final class CommonOptions {

    /** Plot output modes accepted by {@code --plots}. */
    public enum PlotMode { window, terminal, file, off }

    /** Languages accepted by {@code --lang}. */
    public enum Language { en, pl }

    @Option(names = "--no-color",
            description = "Plain text: no colours or highlighting (so does env NO_COLOR).")
    boolean noColor;

    /**
     * Whether output may be coloured: not with {@code --no-color}, nor when the environment
     * sets {@code NO_COLOR} to anything but the empty string (https://no-color.org).
     */
    boolean color(Map<String, String> environment) {
        String noColorEnv = environment.get("NO_COLOR");
        return !noColor && (noColorEnv == null || noColorEnv.isEmpty());
    }

    @Option(names = "--startup", paramLabel = "FILE",
            description = "Also run this script at start (after startup-scripts/); repeatable.")
    List<Path> startup = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of messages and lessons: ${COMPLETION-CANDIDATES}.")
    void lang(Language language) {
        System.setProperty("nnshell.lang", language.name());
    }

    @Option(names = "--plots", paramLabel = "MODE",
            description = "Where charts go: ${COMPLETION-CANDIDATES}.")
    void plots(PlotMode mode) {
        System.setProperty("nnshell.plots", mode.name());
    }

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where datasets are read from (default: env NNSHELL_DATA_DIR).")
    void dataDir(Path dir) {
        System.setProperty("nnshell.data.dir", dir.toAbsolutePath().toString());
    }

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where history, progress and the journal are kept "
                    + "(default: env NNSHELL_STATE_DIR, else ~/.nnshell).")
    void stateDir(Path dir) {
        System.setProperty("nnshell.state.dir", dir.toAbsolutePath().toString());
    }
}
