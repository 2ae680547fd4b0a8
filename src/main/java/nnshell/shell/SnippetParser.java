package nnshell.shell;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when typed input is complete and which word the cursor is on.
 *
 * <p>Enter on an unfinished snippet (an open brace, a statement without its end) continues on
 * a new line, as jshell does; two empty lines there evaluate it anyway, so the compile error
 * shows what is unbalanced. For completion, the word is the Java identifier before the
 * cursor, or the argument of a slash command.
 */
final class SnippetParser implements Parser {
    private final Shell shell;

    SnippetParser(Shell shell) {
        this.shell = shell;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isCommand(line)
                && !line.isBlank() && !givenUp(line) && incomplete(line)) {
            throw new EOFError(-1, cursor, "incomplete snippet");
        }
        int start;
        if (isCommand(line)) {
            start = commandWordStart(line, cursor);
        } else {
            int string = stringStart(line, cursor);
            start = string >= 0 ? string : identifierStart(line, cursor);
        }
        return new Word(line, cursor, start);
    }

    /**
     * Whether a line needs more lines. While the startup scripts still run, jshell cannot be
     * asked without waiting for them (and the key that would stop them, Ctrl-C, is not read
     * while waiting here), so open brackets decide instead.
     */
    private boolean incomplete(String line) {
        if (shell.ready()) {
            return shell.engine().incomplete(line);
        }
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                int close = line.indexOf(c, i + 1);
                while (close > 0 && line.charAt(close - 1) == '\\') {
                    close = line.indexOf(c, close + 1);
                }
                i = close < 0 ? line.length() : close;
            } else if ("({[".indexOf(c) >= 0) {
                depth++;
            } else if (")}]".indexOf(c) >= 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * Whether the student pressed Enter on two empty continuation lines: an unbalanced snippet
     * is then evaluated, so its compile error says what is missing instead of more prompts.
     */
    static boolean givenUp(String line) {
        return line.replaceAll("[ \t]+\n", "\n").endsWith("\n\n");
    }

    /** Whether a line is a slash command rather than Java. */
    static boolean isCommand(String line) {
        String s = line.stripLeading();
        return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*");
    }

    /**
     * Where the text of a string literal left open before {@code cursor} starts (just after its
     * quote), or -1 if the cursor is not inside one: {@code Csv.read("data/st|} gives the
     * index of {@code d}. Only the cursor's line counts; escapes and char literals are skipped.
     */
    static int stringStart(String line, int cursor) {
        int end = Math.min(cursor, line.length());
        int from = line.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
        int open = -1;
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (open >= 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    open = -1;
                }
            } else if (c == '"') {
                open = i + 1;
            } else if (c == '\'') {
                // a char literal: '"' or '\'' must not open a string
                boolean escaped = i + 1 < end && line.charAt(i + 1) == '\\';
                int close = line.indexOf('\'', i + (escaped ? 3 : 2));
                i = close < 0 || close >= end ? end : close;
            } else if (c == '/' && i + 1 < end && line.charAt(i + 1) == '/') {
                return -1;
            }
        }
        return open;
    }

    static int identifierStart(String line, int cursor) {
        int start = Math.min(cursor, line.length());
        while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int commandWordStart(String line, int cursor) {
        int space = line.lastIndexOf(' ', Math.max(0, cursor - 1));
        return space < 0 ? 0 : space + 1;
    }

    /** The line with the word under the cursor marked out. */
    private record Word(String line, int cursor, int start) implements CompletingParsedLine {

        @Override
        public String word() {
            return line.substring(start, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
