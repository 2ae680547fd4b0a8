package nnshell.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where data files are looked for, in order: the {@code nnshell.data.dir} system property
 * ({@code --data-dir}), the {@code NNSHELL_DATA_DIR} environment variable,
 * {@code $nnshell.home/datasets}, then the per-user cache {@code $nnshell.state.dir/datasets}
 * ({@code ~/.nnshell/datasets} by default), where downloads are kept.
 */
public final class DataDirs {

    private DataDirs() {
    }

    /** The folders searched for data files, in the order they are searched. */
    public static List<Path> searchPath() {
        List<Path> dirs = new ArrayList<>();
        setting("nnshell.data.dir", "NNSHELL_DATA_DIR").ifPresent(d -> dirs.add(Path.of(d)));
        dirs.add(committed());
        dirs.add(cache());
        return dirs;
    }

    /** The folder of datasets that come with nnshell: {@code $nnshell.home/datasets}. */
    public static Path committed() {
        String home = System.getProperty("nnshell.home");
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return base.toAbsolutePath().resolve("datasets");
    }

    /** The per-user cache where downloaded datasets are kept. */
    public static Path cache() {
        Optional<String> state = setting("nnshell.state.dir", "NNSHELL_STATE_DIR");
        Path dir = state.map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".nnshell"));
        return dir.toAbsolutePath().resolve("datasets");
    }

    /**
     * The first existing file named {@code file} in a searched folder, either directly in it or
     * in its subfolder {@code subdir}.
     */
    public static Optional<Path> find(String subdir, String file) {
        for (Path dir : searchPath()) {
            for (Path candidate : List.of(dir.resolve(file), dir.resolve(subdir).resolve(file))) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
