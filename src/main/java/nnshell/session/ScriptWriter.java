package nnshell.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nnshell.data.DataLog;
import nnshell.dsl.Seeds;
import nnshell.shell.spi.EvalResult;

/**
 * Writes a session as a {@code .jsh} script: a header comment saying where it ran, the snippets
 * that succeeded in order, and after each the value it showed as a {@code //>} comment.
 */
public final class ScriptWriter {
    private static final Pattern TEMP_NAME = Pattern.compile("^\\$\\d+ ==> ", Pattern.DOTALL);

    private ScriptWriter() {
    }

    /** The script text for these results; {@code startSeed} is the seed the session began with. */
    public static String text(List<EvalResult> results, long startSeed) {
        StringBuilder out = new StringBuilder(header());
        out.append('\n').append("nnshell.dsl.Seeds.set(").append(startSeed).append("L);\n");
        for (EvalResult r : results) {
            if (r.ok() && !r.source().isBlank()) {
                out.append('\n').append(Recording.snippet(r.source())).append('\n');
                appendExpectation(out, expectation(r));
            }
        }
        return out.toString();
    }

    /** Writes the script for these results to {@code file}, creating folders as needed. */
    public static void write(Path file, List<EvalResult> results, long startSeed)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text(results, startSeed), StandardCharsets.UTF_8);
    }

    /**
     * The value a snippet showed, as recorded: jshell's own text without the name of a
     * temporary variable ({@code $3 ==> 7} becomes {@code 7}), which another run may number
     * differently; empty when it showed none. A value longer than {@link Recording#KEEP}
     * characters is cut to its start and the SHA-256 of all of it; a value the shell showed
     * in part ({@code double[1000000] { 0.0, 0.0, 0.0, ..., 0.0 }}) has the SHA-256 of
     * all of it added.
     */
    public static String expectation(EvalResult result) {
        String value = Recording.value(TEMP_NAME.matcher(result.value()).replaceFirst(""));
        return result.fingerprint() == null ? value
                : value + "\n" + Recording.fingerprint(result.fingerprint());
    }

    /** The header: where and when the session ran, its seed and the data it read. */
    static String header() {
        StringBuilder h = new StringBuilder("// nnshell session script\n");
        h.append("// Replay it and check every value: ./nnshell replay FILE.jsh\n");
        headerValues().forEach(e -> line(h, e.getKey(), e.getValue()));
        return h.toString();
    }

    /** The header's values in order; "data" may repeat, once per file read. */
    public static List<Map.Entry<String, String>> headerValues() {
        List<Map.Entry<String, String>> values = new ArrayList<>();
        Environment.current().values().forEach((k, v) -> values.add(Map.entry(k, v)));
        values.add(Map.entry("seed", String.valueOf(Seeds.get())));
        for (Map.Entry<String, String> e : DataLog.filesRead().entrySet()) {
            values.add(Map.entry("data", e.getKey() + " " + e.getValue()));
        }
        values.add(Map.entry("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        return values;
    }

    private static void line(StringBuilder h, String key, String value) {
        h.append("// ").append(key).append(": ").append(value.replace('\n', ' ')).append('\n');
    }

    private static void appendExpectation(StringBuilder out, String value) {
        if (value.isEmpty()) {
            return;
        }
        value.lines().forEach(l -> out.append(Script.EXPECT).append(' ').append(l).append('\n'));
    }
}
