package nnshell.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The scripts in {@code startup-scripts/} that every session runs first, default.jsh first. */
final class StartupScripts {
    private static final System.Logger LOG = System.getLogger(StartupScripts.class.getName());

    private StartupScripts() {
    }

    /** The folder: {@code startup-scripts} under {@code nnshell.home}, else the working one. */
    static Path folder() {
        return Path.of(System.getProperty("nnshell.home", "."), "startup-scripts");
    }

    /** The source of every startup script, in the order they run. */
    static List<String> sources() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            LOG.log(System.Logger.Level.DEBUG, "no startup scripts at {0}", dir);
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jsh"))
                    .sorted(Comparator.comparing((Path p) -> !p.endsWith("default.jsh"))
                            .thenComparing(Path::toString))
                    .map(StartupScripts::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
