package nnshell.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved session read back: the header's values, the data files it read and its steps
 * (code, each with the value recorded after it, if any).
 *
 * <pre>{@code
 * // nnshell: 0.1.0
 * int x = 3;
 * //> x ==> 3
 * }</pre>
 *
 * @param header header values by key ("nnshell", "java", "seed", "date" ...)
 * @param data data files the session read, with their SHA-256
 * @param steps code in order, each with its recorded expectation
 */
public record Script(Map<String, String> header, Map<String, String> data, List<Step> steps) {
    /** Marks a recorded value: plain Java comment, so the script still runs in jshell. */
    public static final String EXPECT = "//>";

    private static final Pattern JSHELL_COMMAND = Pattern.compile("^/[a-z]+(\\s.*)?$");
    private static final Pattern HEADER = Pattern.compile("^//\\s*([a-z0-9-]+):\\s?(.*)$");

    /**
     * Code that ran as one or more snippets and the value it showed.
     *
     * @param line the line the code starts on (1-based)
     * @param code the code, possibly several snippets
     * @param expected the recorded value, or null where none was recorded
     */
    public record Step(int line, String code, String expected) {
    }

    /** How many values the script records. */
    public int expectations() {
        return (int) steps.stream().filter(s -> s.expected() != null).count();
    }

    /** Reads a script from its text. */
    public static Script parse(String text) {
        List<String> lines = text.lines().toList();
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, String> data = new LinkedHashMap<>();
        int i = readHeader(lines, header, data);
        return new Script(Collections.unmodifiableMap(header),
                Collections.unmodifiableMap(data), readSteps(lines, i));
    }

    private static int readHeader(List<String> lines, Map<String, String> header,
            Map<String, String> data) {
        int i = 0;
        for (; i < lines.size() && lines.get(i).startsWith("//")
                && !lines.get(i).startsWith(EXPECT); i++) {
            Matcher m = HEADER.matcher(lines.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            if (m.group(1).equals("data")) {
                addData(m.group(2).strip(), data);
            } else {
                header.putIfAbsent(m.group(1), m.group(2).strip());
            }
        }
        return i;
    }

    private static void addData(String entry, Map<String, String> data) {
        int space = entry.lastIndexOf(' ');
        if (space > 0) {
            data.put(entry.substring(0, space).strip(), entry.substring(space + 1));
        }
    }

    private static List<Step> readSteps(List<String> lines, int from) {
        List<Step> steps = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        StringBuilder expected = null;
        int start = from + 1;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (JSHELL_COMMAND.matcher(line).matches()) {
                // "/exit" and the like are for stock jshell; a replay has nothing to do there
                continue;
            }
            if (line.startsWith(EXPECT)) {
                expected = expected == null ? new StringBuilder() : expected.append('\n');
                expected.append(stripMarker(line));
                continue;
            }
            if (expected != null) {
                addStep(steps, start, code, expected.toString());
                code.setLength(0);
                expected = null;
            }
            if (code.toString().isBlank()) {
                start = i + 1;
            }
            code.append(line).append('\n');
        }
        addStep(steps, start, code, expected == null ? null : expected.toString());
        return steps;
    }

    private static String stripMarker(String line) {
        String rest = line.substring(EXPECT.length());
        return rest.startsWith(" ") ? rest.substring(1) : rest;
    }

    private static void addStep(List<Step> steps, int line, StringBuilder code, String expected) {
        if (!onlyComments(code.toString()) || expected != null) {
            steps.add(new Step(line, code.toString().strip(), expected));
        }
    }

    /** Whether the text holds no code: only blank lines and line comments. */
    static boolean onlyComments(String code) {
        return code.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("//"));
    }
}
