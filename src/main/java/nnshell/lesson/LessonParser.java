package nnshell.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a lesson file: Markdown parsed with commonmark, where level-2 headings start steps,
 * HTML comments such as {@code <!-- en -->} mark the language of the prose that follows, and
 * fenced blocks carry code and checks ({@code java}, {@code setup}, {@code check},
 * {@code solution}, {@code wrong}). {@code lessons/README.md} describes the format.
 *
 * <p>Every mistake is collected with its file and line, so a teacher sees all of them at once.
 */
public final class LessonParser {
    private static final Pattern FILE_NAME = Pattern.compile("(\\d+)-([a-z0-9-]+)\\.md");
    private static final Pattern MARKER = Pattern.compile("<!--\\s*(\\S+(?:\\s+\\S+)?)\\s*-->");
    private static final List<String> MARKERS =
            List.of("en", "pl", "hint en", "hint pl", "coming", "check-seconds N");
    private static final Pattern CHECK_SECONDS =
            Pattern.compile("check-seconds (\\d+(?:\\.\\d+)?)");
    private static final List<String> FENCES =
            List.of("java", "setup", "check", "solution", "wrong", "text", "");

    private final Path file;
    private final Locale locale;
    private final List<String> lines;
    private final List<String> problems = new ArrayList<>();
    private final List<StepBuilder> steps = new ArrayList<>();
    private Text title;
    private boolean coming;
    private double checkSeconds;
    private String section;

    private LessonParser(Path file, Locale locale, String source) {
        this.file = file;
        this.locale = locale;
        this.lines = source.lines().toList();
    }

    /** Whether a file name has the form of a lesson file ({@code 02-neuron.md}). */
    public static boolean isLessonFile(Path file) {
        return FILE_NAME.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Reads the lesson in {@code file}, with problems described in {@code locale}.
     *
     * @throws LessonFormatException listing every mistake found, each with file and line
     */
    public static Lesson parse(Path file, Locale locale) throws LessonFormatException {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonFormatException(List.of(file + ":1: "
                    + Msg.text(locale, "format.unreadable", e.getMessage())));
        }
        return parse(file, locale, source);
    }

    /** Reads a lesson from {@code source} as if it were the content of {@code file}. */
    public static Lesson parse(Path file, Locale locale, String source)
            throws LessonFormatException {
        return new LessonParser(file, locale, source).read();
    }

    private Lesson read() throws LessonFormatException {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            problem(1, "format.fileName", file.getFileName());
        }
        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        Node document = parser.parse(String.join("\n", lines));
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            visit((Block) node);
        }
        Lesson lesson = finish(name.matches() ? name : null);
        if (!problems.isEmpty()) {
            throw new LessonFormatException(problems);
        }
        return lesson;
    }

    private void visit(Block block) {
        if (block instanceof Heading heading && heading.getLevel() <= 2) {
            heading(heading);
        } else if (block instanceof HtmlBlock html) {
            marker(html);
        } else if (block instanceof FencedCodeBlock fence) {
            fence(fence);
        } else {
            prose(block);
        }
    }

    private void heading(Heading heading) {
        int line = lineOf(heading);
        Text text = bilingual(line, source(heading).replaceFirst("^#+\\s*", ""));
        if (heading.getLevel() == 1) {
            if (title != null) {
                problem(line, "format.secondTitle");
            }
            title = text;
            return;
        }
        if (title == null) {
            problem(line, "format.noTitle");
        }
        steps.add(new StepBuilder(line, text));
        section = null;
    }

    private Text bilingual(int line, String heading) {
        String[] parts = heading.split("\\s+\\|\\s+");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            problem(line, "format.heading", heading.strip());
            return new Text(heading.strip(), heading.strip());
        }
        return new Text(parts[0].strip(), parts[1].strip());
    }

    private void marker(HtmlBlock html) {
        int line = lineOf(html);
        Matcher m = MARKER.matcher(html.getLiteral().strip());
        if (!m.matches()) {
            return;
        }
        String word = m.group(1).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher seconds = CHECK_SECONDS.matcher(word);
        if (seconds.matches()) {
            checkSeconds = Double.parseDouble(seconds.group(1));
        } else if (!MARKERS.contains(word)) {
            problem(line, "format.marker", m.group(0), suggestion(word, MARKERS, "<!-- %s -->"));
        } else if (word.equals("coming")) {
            coming = true;
        } else if (current(line) != null) {
            section = word;
            current(line).open(word);
        }
    }

    private void fence(FencedCodeBlock fence) {
        int line = lineOf(fence);
        String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
        String kind = info.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (!FENCES.contains(kind)) {
            problem(line, "format.fence", info, suggestion(kind, FENCES, "```%s"));
            return;
        }
        if (kind.isEmpty() || kind.equals("text")) {
            prose(fence);
            return;
        }
        StepBuilder step = current(line);
        if (step == null) {
            return;
        }
        String code = fence.getLiteral();
        switch (kind) {
            case "java" -> tryCode(step, info, code.strip());
            case "setup" -> step.setup.add(code.strip());
            case "check" -> addCheck(step, check(line, code));
            case "solution" -> solution(step, line, code);
            default -> step.wrong.add(code.strip());
        }
    }

    private static void addCheck(StepBuilder step, Check check) {
        if (check == null) {
            step.brokenCheck = true;
        } else {
            step.checks.add(check);
        }
    }

    private static void tryCode(StepBuilder step, String info, String code) {
        step.tryCode.add(code);
        if (!info.matches("java\\s+norun.*")) {
            step.tryRun.add(code);
        }
    }

    private void solution(StepBuilder step, int line, String code) {
        if (!step.solution.isEmpty()) {
            problem(line, "format.secondSolution");
        }
        step.solution = code.strip();
    }

    private void prose(Block block) {
        int line = lineOf(block);
        StepBuilder step = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        if (step == null || section == null) {
            problem(line, "format.proseOutside");
            return;
        }
        step.append(section, source(block));
    }

    private Check check(int line, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        int offset = 1;
        for (String raw : body.lines().toList()) {
            String entry = raw.strip();
            int colon = entry.indexOf(':');
            if (!entry.isEmpty() && colon < 0) {
                problem(line + offset, "format.checkLine", entry);
            } else if (!entry.isEmpty()) {
                fields.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
            }
            offset++;
        }
        return CheckReader.read(fields, line, (at, key, args) -> problem(at, key, args));
    }

    private StepBuilder current(int line) {
        if (steps.isEmpty()) {
            problem(line, "format.beforeFirstStep");
            return null;
        }
        return steps.get(steps.size() - 1);
    }

    private Lesson finish(Matcher name) {
        if (title == null) {
            problem(1, "format.noTitle");
            title = Text.EMPTY;
        }
        if (steps.isEmpty() && !coming) {
            problem(1, "format.noSteps");
        }
        List<Step> built = new ArrayList<>();
        for (StepBuilder step : steps) {
            built.add(step.build(this));
        }
        String id = name == null ? "?" : String.valueOf(Integer.parseInt(name.group(1)));
        String slug = name == null ? "?" : name.group(2);
        return new Lesson(id, slug, file, title, List.copyOf(built), coming,
                checkSeconds);
    }

    private String source(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        int first = spans.get(0).getLineIndex();
        int last = spans.get(spans.size() - 1).getLineIndex();
        return String.join("\n", lines.subList(first, last + 1));
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    private String suggestion(String typed, List<String> known, String form) {
        return Names.nearest(typed, known.stream().filter(k -> !k.isEmpty()).toList())
                .map(k -> " " + Msg.text(locale, "format.didYouMean", String.format(form, k)))
                .orElse("");
    }

    void problem(int line, String key, Object... args) {
        problems.add(file + ":" + line + ": " + Msg.text(locale, key, args));
    }

    /** Collects one step while its blocks are read. */
    private static final class StepBuilder {
        final int line;
        final Text title;
        final Map<String, StringBuilder> prose = new LinkedHashMap<>();
        final List<String> hintsEn = new ArrayList<>();
        final List<String> hintsPl = new ArrayList<>();
        final List<String> tryCode = new ArrayList<>();
        final List<String> tryRun = new ArrayList<>();
        final List<String> setup = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();
        String solution = "";
        boolean brokenCheck;

        StepBuilder(int line, Text title) {
            this.line = line;
            this.title = title;
        }

        void open(String section) {
            if (section.equals("hint en")) {
                hintsEn.add("");
            } else if (section.equals("hint pl")) {
                hintsPl.add("");
            }
        }

        void append(String section, String text) {
            if (section.startsWith("hint")) {
                List<String> hints = section.endsWith("en") ? hintsEn : hintsPl;
                String old = hints.get(hints.size() - 1);
                hints.set(hints.size() - 1, old.isEmpty() ? text : old + "\n\n" + text);
                return;
            }
            StringBuilder sb = prose.computeIfAbsent(section, s -> new StringBuilder());
            sb.append(sb.length() == 0 ? "" : "\n\n").append(text);
        }

        Step build(LessonParser parser) {
            String en = prose.getOrDefault("en", new StringBuilder()).toString();
            String pl = prose.getOrDefault("pl", new StringBuilder()).toString();
            validate(parser, en, pl);
            List<Text> hints = new ArrayList<>();
            for (int i = 0; i < Math.min(hintsEn.size(), hintsPl.size()); i++) {
                hints.add(new Text(hintsEn.get(i), hintsPl.get(i)));
            }
            return new Step(line, title, new Text(en, pl), List.copyOf(tryCode),
                    List.copyOf(tryRun), List.copyOf(setup), List.copyOf(checks),
                    List.copyOf(hints), solution, List.copyOf(wrong));
        }

        private void validate(LessonParser parser, String en, String pl) {
            if (en.isBlank()) {
                parser.problem(line, "format.missingText", "<!-- en -->");
            }
            if (pl.isBlank()) {
                parser.problem(line, "format.missingText", "<!-- pl -->");
            }
            if (hintsEn.size() != hintsPl.size()) {
                parser.problem(line, "format.hintCount", hintsEn.size(), hintsPl.size());
            }
            if (!checks.isEmpty() && solution.isEmpty()) {
                parser.problem(line, "format.noSolution");
            }
            if (!checks.isEmpty() && wrong.isEmpty()) {
                parser.problem(line, "format.noWrong");
            }
            if (checks.isEmpty() && !brokenCheck && (!solution.isEmpty() || !wrong.isEmpty())) {
                parser.problem(line, "format.noCheck");
            }
        }
    }
}
