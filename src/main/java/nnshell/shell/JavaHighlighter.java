package nnshell.shell;

import java.util.Set;
import java.util.regex.Pattern;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours Java as it is typed: keywords, strings, numbers, comments and slash commands. */
final class JavaHighlighter implements Highlighter {
    private static final Set<String> KEYWORDS = Set.of("abstract", "boolean", "break", "byte",
            "case", "catch", "char", "class", "continue", "default", "do", "double", "else",
            "enum", "extends", "final", "finally", "float", "for", "if", "implements", "import",
            "instanceof", "int", "interface", "long", "new", "null", "private", "protected",
            "public", "record", "return", "short", "static", "super", "switch", "this",
            "throw", "throws", "true", "false", "try", "var", "void", "while", "yield");
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD
            .foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT
            .foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT
            .foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT
            .foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD
            .foreground(AttributedStyle.MAGENTA);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (buffer.startsWith("/") && !buffer.startsWith("//") && !buffer.startsWith("/*")) {
            int end = buffer.indexOf(' ');
            end = end < 0 ? buffer.length() : end;
            out.styled(COMMAND, buffer.substring(0, end)).append(buffer.substring(end));
            return out.toAttributedString();
        }
        int i = 0;
        while (i < buffer.length()) {
            i = token(buffer, i, out);
        }
        return out.toAttributedString();
    }

    /** Appends the token starting at {@code i} with its style; returns where the next starts. */
    private static int token(String s, int i, AttributedStringBuilder out) {
        char c = s.charAt(i);
        int end;
        if (s.startsWith("//", i)) {
            end = lineEnd(s, i);
            out.styled(COMMENT, s.substring(i, end));
        } else if (s.startsWith("/*", i)) {
            int close = s.indexOf("*/", i + 2);
            end = close < 0 ? s.length() : close + 2;
            out.styled(COMMENT, s.substring(i, end));
        } else if (c == '"' || c == '\'') {
            end = quoteEnd(s, i, c);
            out.styled(STRING, s.substring(i, end));
        } else if (Character.isJavaIdentifierStart(c)) {
            end = i;
            while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
                end++;
            }
            String word = s.substring(i, end);
            out.styled(KEYWORDS.contains(word) ? KEYWORD : AttributedStyle.DEFAULT, word);
        } else if (Character.isDigit(c)) {
            end = i;
            while (end < s.length() && NUMBER_CHARS.matcher(s.substring(end, end + 1)).matches()) {
                end++;
            }
            out.styled(NUMBER, s.substring(i, end));
        } else {
            end = i + 1;
            out.append(String.valueOf(c));
        }
        return end;
    }

    private static final Pattern NUMBER_CHARS = Pattern.compile("[0-9a-fA-FxX_.LlDdFf]");

    private static int lineEnd(String s, int i) {
        int nl = s.indexOf('\n', i);
        return nl < 0 ? s.length() : nl;
    }

    private static int quoteEnd(String s, int i, char quote) {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != quote && s.charAt(j) != '\n') {
            j += s.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), j + 1);
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // errors are shown after evaluation, not while typing
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // errors are shown after evaluation, not while typing
    }
}
