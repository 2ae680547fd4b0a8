package nnshell.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jline.utils.WCWidth;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns what went wrong in a snippet into sentences for a student: compile errors with the
 * line and a caret under the spot, a likely name for a typo, exceptions with only the frames
 * of the student's own code.
 */
final class ErrorText {
    private static final Pattern LAMBDA = Pattern.compile("lambda\\$(.*)\\$\\d+");

    private final JShell jshell;
    private final Predicate<String> retired;
    private final KnownNames known;

    /** Errors of {@code jshell}; {@code retired} tells the unnamed values ($12) dropped. */
    ErrorText(JShell jshell, Predicate<String> retired) {
        this.jshell = jshell;
        this.retired = retired;
        this.known = new KnownNames(jshell);
    }

    /** The compile errors of a rejected snippet, each with its line and a caret. */
    String compileError(Snippet snippet) {
        String source = snippet.source();
        List<String> parts = new ArrayList<>();
        jshell.diagnostics(snippet).filter(Diag::isError).forEach(diag -> {
            parts.add(describe(diag, source));
        });
        if (parts.isEmpty()) {
            parts.add(Messages.get("error.compile.unknown"));
        }
        return String.join("\n", parts);
    }

    /** The note for a declaration that uses names not defined yet; empty if there are none. */
    String unresolved(DeclarationSnippet decl) {
        List<String> missing = jshell.unresolvedDependencies(decl).collect(Collectors.toList());
        if (missing.isEmpty()) {
            return "";
        }
        return Messages.get("note.unresolved", Engine.describe(decl),
                String.join(", ", missing)) + "\n";
    }

    /**
     * About the largest single array the heap can hold, in MB: a big array lives in the old
     * generation, which is smaller than the whole heap.
     */
    private static long largestBlockMb() {
        for (java.lang.management.MemoryPoolMXBean pool
                : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            long max = pool.getUsage() == null ? -1 : pool.getUsage().getMax();
            if ((name.contains("Old Gen") || name.contains("Tenured")) && max > 0) {
                return max >> 20;
            }
        }
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** The sentence for a refused call such as "System.exit". */
    String refused(String call) {
        return Messages.get("refused.exit", call);
    }

    /** An exception as its type and message, then the student's frames. */
    String exception(JShellException e) {
        if (e instanceof UnresolvedReferenceException u) {
            DeclarationSnippet s = u.getSnippet();
            return Messages.get("error.unresolved", Engine.describe(s),
                    String.join(", ", jshell.unresolvedDependencies(s).toList()));
        }
        String type = e instanceof EvalException ee ? ee.getExceptionClassName() : "Exception";
        if ("java.lang.OutOfMemoryError".equals(type)) {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long maxMb = runtime.maxMemory() >> 20;
            long usedMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
            String after = usedMb * 2 > maxMb ? Messages.get("error.oom.held", usedMb)
                    : Messages.get("error.oom.free", usedMb);
            return Messages.get("error.oom", e.getMessage(), maxMb, largestBlockMb()) + "\n"
                    + after;
        }
        StringBuilder text = new StringBuilder(shortName(type));
        if (e.getMessage() != null) {
            text.append(": ").append(studentNames(e.getMessage()));
        }
        List<String> frames = studentFrames(e);
        for (int i = 0; i < frames.size(); i++) {
            text.append("\n      at ").append(frames.get(i));
            int same = 0;
            while (i + 1 < frames.size() && frames.get(i + 1).equals(frames.get(i))) {
                same++;
                i++;
            }
            if (same > 0) {
                text.append("\n      ").append(Messages.get("error.frames.repeated", same));
            }
        }
        if ("java.lang.StackOverflowError".equals(type) && frames.size() > 1) {
            text.append("\n").append(Messages.get("error.recursion"));
        }
        return text.append("\n").append(Messages.get("error.trace.hint")).toString();
    }

    /** Every frame of an exception and its causes, as Java prints a stack trace. */
    static String fullTrace(JShellException e) {
        StringBuilder text = new StringBuilder();
        Throwable t = e;
        while (t != null) {
            String type = t instanceof EvalException ee ? ee.getExceptionClassName()
                    : t.getClass().getName();
            text.append(text.length() == 0 ? "" : "Caused by: ").append(type);
            text.append(t.getMessage() == null ? "" : ": " + studentNames(t.getMessage()))
                    .append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("\tat ").append(isSnippet(frame) ? traceFrame(frame) : frame)
                        .append('\n');
            }
            t = t.getCause();
        }
        return text.toString();
    }

    /**
     * A message with jshell's generated class names taken out, as the student wrote the
     * names: {@code because "REPL.$JShell$48.s" is null} becomes {@code because "s" is null}.
     */
    static String studentNames(String message) {
        return message.replaceAll("REPL\\.\\$JShell\\$\\d+[A-Za-z]*[.$]", "");
    }

    /** A snippet's frame in a full trace: "snippet #49, line 1", "half (snippet #3, ...)". */
    static String traceFrame(StackTraceElement f) {
        String where = Messages.get("trace.snippet", f.getFileName(), f.getLineNumber());
        if (f.getMethodName().isEmpty()) {
            return where;
        }
        return frameName(f) + " (" + where + ")";
    }

    /**
     * A snippet frame's method as the student knows it: "half", "Point.norm", and for the
     * code of a lambda, which javac names {@code lambda$half$0}, "a lambda in half".
     */
    static String frameName(StackTraceElement f) {
        String owner = f.getClassName().isEmpty() ? "" : f.getClassName() + ".";
        Matcher lambda = LAMBDA.matcher(f.getMethodName());
        if (!lambda.matches()) {
            return owner + f.getMethodName();
        }
        // the method the lambda is written in: jshell's wrapper of a snippet is "do_it$"
        String in = lambda.group(1);
        return switch (in) {
            case "do_it$", "" -> Messages.get("frame.lambda.snippet");
            case "new" -> Messages.get("frame.lambda", "new " + f.getClassName() + "(...)");
            case "static" -> Messages.get("frame.lambda", f.getClassName());
            default -> Messages.get("frame.lambda", owner + in);
        };
    }

    private static List<String> studentFrames(JShellException e) {
        StackTraceElement[] frames = e.getStackTrace();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            StackTraceElement f = frames[i];
            if (isSnippet(f)) {
                result.add(snippetFrame(f));
            } else if (i == 0) {
                result.add(f.getClassName() + "." + f.getMethodName()
                        + " (" + f.getFileName() + ":" + f.getLineNumber() + ")");
            }
        }
        return result;
    }

    private static boolean isSnippet(StackTraceElement f) {
        // jshell renames snippet frames: file "#ID", class and method as the student wrote them
        return f.getFileName() != null && f.getFileName().startsWith("#");
    }

    private static String snippetFrame(StackTraceElement f) {
        String where = f.getMethodName().isEmpty() ? Messages.get("frame.snippet")
                : frameName(f);
        return where + " (" + f.getFileName() + ":" + f.getLineNumber() + ")";
    }

    private static String shortName(String type) {
        return type.startsWith("java.lang.") && type.indexOf('.', 10) < 0
                ? type.substring(10) : type;
    }

    private String describe(Diag diag, String source) {
        StringBuilder text = new StringBuilder(Messages.get("error.prefix"));
        text.append(' ').append(message(diag)).append('\n');
        text.append(caret(source, (int) diag.getStartPosition(), (int) diag.getPosition(),
                (int) diag.getEndPosition()));
        Optional<String> name = typedName(diag, source).map(Typed::name);
        if (name.isPresent() && retired.test(name.get())) {
            text.append('\n').append(Messages.get("error.retired", name.get(),
                    Engine.KEPT_TEMPORARIES));
        } else {
            suggestion(diag, source).ifPresent(s ->
                    text.append('\n').append(Messages.get("error.didyoumean", s)));
        }
        return text.toString();
    }

    /** A name as typed in the source and where it starts. */
    private record Typed(String name, int start) {
    }

    /**
     * The name a "cannot find symbol" or "package does not exist" error is about, as typed.
     * For a member ({@code t.sizee()}) javac points at the dot before it; for a missing
     * package ({@code Sytem.out}) at the dot after it.
     */
    private static Optional<Typed> typedName(Diag diag, String source) {
        int position = (int) diag.getPosition();
        if (position < 0 || position > source.length()) {
            return Optional.empty();
        }
        if (diag.getCode().startsWith("compiler.err.cant.resolve")) {
            int start = position;
            if (start < source.length() && source.charAt(start) == '.') {
                start = skipSpace(source, start + 1);
            }
            return typed(source, start, identifierEnd(source, start));
        }
        if (diag.getCode().equals("compiler.err.doesnt.exist")) {
            int end = position;
            while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
                end--;
            }
            return typed(source, identifierStart(source, end), end);
        }
        return Optional.empty();
    }

    private static Optional<Typed> typed(String source, int start, int end) {
        return end <= start ? Optional.empty()
                : Optional.of(new Typed(source.substring(start, end), start));
    }

    private static int skipSpace(String source, int from) {
        int i = from;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int identifierEnd(String source, int from) {
        int end = from;
        while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int identifierStart(String source, int end) {
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(source.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static String message(Diag diag) {
        return diag.getMessage(Locale.ENGLISH).lines()
                .filter(l -> !l.strip().startsWith("location:"))
                .map(String::strip)
                .collect(Collectors.joining("\n  "));
    }

    /** The source line holding {@code position}, indented, with carets under the span. */
    static String caret(String source, int start, int position, int end) {
        if (position < 0 || position > source.length()) {
            return "    " + source.lines().findFirst().orElse("");
        }
        int lineStart = source.lastIndexOf('\n', position - 1) + 1;
        int lineEnd = source.indexOf('\n', position);
        String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        int from = Math.max(start, lineStart) - lineStart;
        int to = Math.min(Math.max(end, position + 1), lineStart + line.length()) - lineStart;
        from = Math.min(Math.max(0, from), line.length());
        to = Math.max(to, from + 1);
        int columns = columns(line, from, to);
        String marks = columns <= 1 ? "^" : "^" + "-".repeat(columns - 2) + "^";
        return "    " + line.stripTrailing() + "\n    " + pad(line, from) + marks;
    }

    /** Blanks as wide on screen as {@code line} up to {@code end}: tabs kept, wide chars 2. */
    private static String pad(String line, int end) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < end; i = line.offsetByCodePoints(i, 1)) {
            int cp = line.codePointAt(i);
            pad.append(cp == '\t' ? "\t" : " ".repeat(Math.max(0, WCWidth.wcwidth(cp))));
        }
        return pad.toString();
    }

    /** How many terminal columns the characters from {@code from} to {@code to} take. */
    private static int columns(String line, int from, int to) {
        int columns = 0;
        for (int i = from; i < Math.min(to, line.length()); i = line.offsetByCodePoints(i, 1)) {
            columns += Math.max(0, WCWidth.wcwidth(line.codePointAt(i)));
        }
        return Math.max(columns, to - from > 0 ? 1 : 0);
    }

    private Optional<String> suggestion(Diag diag, String source) {
        return typedName(diag, source).flatMap(typed ->
                known.nearest(source, typed.start(), typed.name()));
    }
}
