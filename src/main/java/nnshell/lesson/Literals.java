package nnshell.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the expected values written in lesson checks: numbers ({@code 1.5}, {@code -2e-3}),
 * {@code true}/{@code false}, quoted text ({@code "hello"}) and lists that may nest
 * ({@code [1, 0, [2, 3]]}).
 */
final class Literals {
    private final String source;
    private int pos;

    private Literals(String source) {
        this.source = source;
    }

    /**
     * The value written in {@code source}: a Double, a Boolean, a String or a List of these.
     *
     * @throws IllegalArgumentException with a sentence saying what could not be read
     */
    static Object parse(String source) {
        Literals p = new Literals(source.strip());
        Object value = p.value();
        p.skipSpaces();
        if (p.pos != p.source.length()) {
            throw new IllegalArgumentException("unexpected '" + p.source.substring(p.pos)
                    + "' after the value");
        }
        return value;
    }

    private Object value() {
        skipSpaces();
        if (pos >= source.length()) {
            throw new IllegalArgumentException("a value is missing");
        }
        char c = source.charAt(pos);
        if (c == '[') {
            return list();
        }
        if (c == '"') {
            return text();
        }
        return word();
    }

    private List<Object> list() {
        List<Object> items = new ArrayList<>();
        pos++;
        skipSpaces();
        if (peek() == ']') {
            pos++;
            return items;
        }
        while (true) {
            items.add(value());
            skipSpaces();
            char c = peek();
            pos++;
            if (c == ']') {
                return items;
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected ',' or ']' in the list");
            }
        }
    }

    private String text() {
        int end = source.indexOf('"', pos + 1);
        if (end < 0) {
            throw new IllegalArgumentException("the quoted text is not closed with \"");
        }
        String text = source.substring(pos + 1, end);
        pos = end + 1;
        return text;
    }

    private Object word() {
        int start = pos;
        while (pos < source.length() && ",] ".indexOf(source.charAt(pos)) < 0) {
            pos++;
        }
        String word = source.substring(start, pos);
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        try {
            return Double.valueOf(word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + word + "' is not a number, true, false,"
                    + " \"quoted text\" or a [list]");
        }
    }

    private char peek() {
        return pos < source.length() ? source.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
    }
}
