package nnshell.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the tests find the real data, and the process-wide state a test changes (system
 * properties, the session seed, the data log) put back afterwards, so that tests of other
 * packages running in the same JVM see what a fresh session sees.
 */
final class TestData {
    private final Map<String, String> saved = new HashMap<>();
    private final long seed = nnshell.dsl.Seeds.get();

    /**
     * The folder with the real Student Performance files: {@code NNSHELL_DATA_DIR}, else a
     * {@code shared/datasets/student-performance} folder beside this checkout or above it.
     */
    static Path studentDir() {
        Optional<Path> dir = findStudentDir();
        assumeTrue(dir.isPresent(), "the real Student Performance files are not on this machine");
        return dir.get();
    }

    /** The folder with the real Student Performance files, if this machine has one. */
    static Optional<Path> findStudentDir() {
        String env = System.getenv("NNSHELL_DATA_DIR");
        if (env != null && Files.isRegularFile(Path.of(env, "student-mat.csv"))) {
            return Optional.of(Path.of(env));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/datasets/student-performance");
            if (Files.isRegularFile(candidate.resolve("student-mat.csv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The benchmark data folder (spiral.csv, digits.csv) beside or above this checkout. */
    static Path benchDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/bench/data");
            if (Files.isRegularFile(candidate.resolve("spiral.csv"))) {
                return candidate;
            }
        }
        assumeTrue(false, "the benchmark data is not on this machine");
        return null;
    }

    /** Sets a system property until {@link #restore()}. */
    TestData set(String key, String value) {
        saved.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
        return this;
    }

    /** Puts back every property set through this object. */
    void restore() {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
        saved.clear();
        nnshell.dsl.Seeds.set(seed);
        DataLog.clear();
    }
}
