package nnshell.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import nnshell.console.Suggest;

/**
 * Reads a script file for replay or export, turning every way it can be unusable into one
 * sentence for the student: missing (with the nearest name), a folder, not a .jsh, not text.
 */
final class ScriptFile {

    /** Thrown with a sentence saying why a file cannot be used as a script. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    private ScriptFile() {
    }

    /** The text of the script at {@code file}. */
    static String read(Path file) throws Unusable {
        if (Files.isDirectory(file)) {
            throw new Unusable(Messages.text("file.directory", file));
        }
        if (!Files.exists(file)) {
            throw new Unusable(Messages.text("file.missing", file)
                    + nearest(file).map(n -> " " + Messages.text("file.didYouMean", n))
                            .orElse(""));
        }
        if (!file.toString().endsWith(".jsh")) {
            throw new Unusable(Messages.text("file.notJsh", file));
        }
        return whole(decode(file));
    }

    /**
     * The text, unless its last line was cut mid-way (a saved script always ends with a line
     * end): a recorded value, or code that does not end a snippet.
     */
    static String whole(String text) throws Unusable {
        if (text.isEmpty() || text.endsWith("\n")) {
            return text;
        }
        int start = text.lastIndexOf('\n') + 1;
        String last = text.substring(start).strip();
        int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
        String shown = last.length() > 60 ? last.substring(0, 60) + "..." : last;
        if (last.startsWith(Script.EXPECT)) {
            throw new Unusable(Messages.text("replay.cutValue", line, shown));
        }
        if (!last.isEmpty() && !last.startsWith("//") && !last.endsWith(";")
                && !last.endsWith("}")) {
            throw new Unusable(Messages.text("replay.truncated", line, shown));
        }
        return text;
    }

    private static String decode(Path file) throws Unusable {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new Unusable(Messages.text("file.notText", file));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new Unusable(Messages.text("file.notText", file));
        } catch (IOException e) {
            throw new Unusable(Messages.text("file.unreadable", file, e.getMessage()));
        }
    }

    /** The .jsh file in the same folder whose name is closest to the missing one's. */
    static Optional<String> nearest(Path missing) {
        Path dir = missing.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        String name = missing.getFileName().toString();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jsh"))
                    .min(Comparator.comparingInt(n -> distance(n, name)))
                    .filter(n -> distance(n, name) <= Math.max(2, name.length() / 3));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Edit distance between two names (insertions, deletions, substitutions). */
    static int distance(String a, String b) {
        return Suggest.distance(a, b);
    }
}
