package nnshell.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Script files ({@code ./nnshell run}, {@code /open}, {@code --startup}): why one cannot be
 * read, said as a reason the student can act on, and its text without the byte-order mark
 * some editors put at the start of UTF-8 files.
 */
public final class ScriptFiles {
    /** The byte-order mark, U+FEFF, as it reads at the start of a UTF-8 file. */
    static final char BOM = '\uFEFF';

    private ScriptFiles() {
    }

    /**
     * Why {@code file} cannot be run, as the end of a sentence ("no such file (relative paths
     * start at /home/ann)", "it is a folder ..."); empty if it can be read.
     */
    public static Optional<String> problem(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of(Messages.get("file.directory"));
        }
        if (!Files.exists(file)) {
            return Optional.of(Messages.get("file.missing", Path.of("").toAbsolutePath()));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(Messages.get("file.unreadable", file));
        }
        return Optional.empty();
    }

    /** The reason for a file that is not UTF-8 text, as {@link #problem} words reasons. */
    public static String notText() {
        return Messages.get("file.notText");
    }

    /** The sentence for {@code ./nnshell run FILE} when FILE cannot be run. */
    public static String cannotRun(Path file, String problem) {
        return Messages.get("run.cannot", file, problem);
    }

    /** The text of a script, without a leading byte-order mark. */
    static String read(Path file) throws IOException {
        return withoutBom(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** {@code text} without a leading byte-order mark. */
    static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
