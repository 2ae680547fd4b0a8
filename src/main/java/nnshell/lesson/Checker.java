package nnshell.lesson;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/**
 * Runs an exercise's checks against the session's state: variables are read from the
 * session, predicates evaluated in it, printed output looked up in its history.
 */
final class Checker {
    /** Seconds a check may run before it is stopped, unless set otherwise. */
    static final long DEFAULT_SECONDS = 10;
    private static final Pattern MISSING =
            Pattern.compile("symbol:\\s+(?:variable|method|class)\\s+([\\w$]+)");
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "nnshell-check-timer");
                t.setDaemon(true);
                return t;
            });
    private final ShellContext context;
    private final Locale locale;
    private final List<Step> steps;
    private final long limitMillis;

    Checker(ShellContext context, Locale locale) {
        this(context, locale, List.of(), limitMillis());
    }

    /**
     * @param steps the steps of the lesson, to say which one defines a missing name
     * @param limitMillis how long one check may run before it is stopped
     */
    Checker(ShellContext context, Locale locale, List<Step> steps, long limitMillis) {
        this.context = context;
        this.locale = locale;
        this.steps = steps;
        this.limitMillis = limitMillis;
    }

    /** The time limit of a check: {@code nnshell.lesson.checkSeconds}, 10 s by default. */
    static long limitMillis() {
        try {
            return (long) (1000 * Double.parseDouble(System.getProperty(
                    "nnshell.lesson.checkSeconds", String.valueOf(DEFAULT_SECONDS))));
        } catch (NumberFormatException e) {
            return DEFAULT_SECONDS * 1000;
        }
    }

    /**
     * What failed, one sentence per failed check; empty when every check passed.
     *
     * @param historyMark the size of the session's history when the step began: only output
     *     printed since then counts for output checks
     */
    List<String> failures(Step step, int historyMark) {
        Set<String> failures = new LinkedHashSet<>();
        for (Check check : step.checks()) {
            run(check, step, historyMark).ifPresent(failures::add);
        }
        return List.copyOf(failures);
    }

    private Optional<String> run(Check check, Step step, int historyMark) {
        if (check instanceof Check.Value value) {
            return value(value);
        }
        if (check instanceof Check.Predicate predicate) {
            return predicate(predicate, step);
        }
        return output((Check.Output) check, historyMark);
    }

    private Optional<String> value(Check.Value check) {
        if (!context.variableNames().contains(check.name())) {
            return Optional.of(Msg.text(locale, "check.noVariable", check.name()));
        }
        Object actual = context.variable(check.name()).orElse(null);
        return Values.difference(check.name(), check.expected(), actual, check.tolerance(),
                locale);
    }

    private Optional<String> predicate(Check.Predicate check, Step step) {
        Evaluated result = evaluate(check.expression(), step);
        if (result.error != null) {
            return Optional.of(result.error);
        }
        if (Boolean.TRUE.equals(result.value)) {
            return Optional.empty();
        }
        if (!(result.value instanceof Boolean)) {
            return Optional.of(Msg.text(locale, "check.notBoolean", check.expression(),
                    Values.show(result.value)));
        }
        String message = check.message().isEmpty()
                ? Msg.text(locale, "check.predicateFalse", check.expression())
                : check.message().in(locale);
        return Optional.of(message + shown(check.show()));
    }

    private String shown(String show) {
        if (show.isBlank()) {
            return "";
        }
        Evaluated shown = evaluate(show, null);
        if (shown.error == null && shown.value instanceof String text) {
            // a sentence the lesson builds ("fire(...) = 1"): its text, not its source
            return " " + Msg.text(locale, "check.shownText", text);
        }
        String value = shown.error != null ? shown.error : Values.show(shown.value);
        return " " + Msg.text(locale, "check.shown", show, value);
    }

    /** Evaluates an expression in the session without leaving a trace in its history. */
    private Evaluated evaluate(String expression, Step step) {
        Answer.take();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> timer = TIMER.schedule(() -> {
            timedOut.set(true);
            context.stop();
        }, limitMillis, TimeUnit.MILLISECONDS);
        List<EvalResult> results;
        try {
            results = context.evalQuietly("{ nnshell.lesson.Answer.put(" + expression + "); }");
        } finally {
            timer.cancel(false);
        }
        for (EvalResult r : results) {
            if (!r.ok()) {
                return new Evaluated(null, why(expression, step, r, timedOut.get()));
            }
        }
        return new Evaluated(Answer.take(), null);
    }

    /** Why a check's expression did not give a value, in the student's words. */
    private String why(String expression, Step step, EvalResult r, boolean timedOut) {
        return switch (r.status()) {
            case COMPILE_ERROR -> compileError(expression, step, r.message());
            case EXCEPTION -> exception(expression, r.message());
            case STOPPED -> timedOut
                    ? Msg.text(locale, "check.timedOut", called(expression),
                            Values.show(limitMillis / 1000.0))
                    : Msg.text(locale, "check.stopped", called(expression));
            default -> Msg.text(locale, "check.couldNotRun", expression,
                    LessonVerifier.oneLine(r.message().isBlank() ? r.status().toString()
                            : r.message()));
        };
    }

    private String compileError(String expression, Step step, String message) {
        Matcher missing = MISSING.matcher(message);
        if (missing.find()) {
            String name = missing.group(1);
            int defining = definingStep(name);
            if (defining > 0 && steps.get(defining - 1) == step) {
                return Msg.text(locale, "check.undefinedHere", name, defining);
            }
            return defining > 0 ? Msg.text(locale, "check.undefinedAt", name, defining)
                    : Msg.text(locale, "check.undefined", name);
        }
        String first = message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse(message).replaceFirst("^Error:\\s*", "");
        return Msg.text(locale, "check.couldNotRun", expression, first);
    }

    /** The number (from 1) of the first step whose code declares {@code name}, or 0. */
    private int definingStep(String name) {
        Pattern declares = Pattern.compile("[\\w>\\]]\\s+" + Pattern.quote(name)
                + "\\s*[(=;]");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String code = s.solution() + "\n" + String.join("\n", s.tryCode());
            if (declares.matcher(code).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** An exception as one sentence with at most three of the student's frames. */
    private String exception(String expression, String message) {
        List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        String head = lines.isEmpty() ? "Exception" : lines.get(0);
        List<String> frames = lines.stream().filter(l -> l.startsWith("at "))
                .map(l -> l.substring(3)).distinct().limit(3).toList();
        if (head.startsWith("StackOverflowError") && !frames.isEmpty()) {
            String method = frames.get(0).replaceFirst("\\s*\\(.*$", "");
            return Msg.text(locale, "check.endlessRecursion", method);
        }
        String where = frames.isEmpty() ? ""
                : " " + Msg.text(locale, "check.at", String.join(", ", frames));
        return Msg.text(locale, "check.threw", expression, head) + where;
    }

    /** The first method the expression calls, as "name(...)", or the expression itself. */
    private static String called(String expression) {
        Matcher call = CALL.matcher(expression);
        return call.find() ? call.group(1) + "(...)" : expression;
    }

    private Optional<String> output(Check.Output check, int historyMark) {
        List<EvalResult> history = context.history();
        StringBuilder printed = new StringBuilder();
        for (EvalResult r : history.subList(Math.min(historyMark, history.size()),
                history.size())) {
            printed.append(r.output()).append('\n').append(r.value()).append('\n');
        }
        try {
            if (Pattern.compile(check.regex(), Pattern.MULTILINE).matcher(printed).find()) {
                return Optional.empty();
            }
        } catch (PatternSyntaxException e) {
            return Optional.of(Msg.text(locale, "check.badPattern", check.regex()));
        }
        String last = lastLines(printed.toString().strip(), 3);
        return Optional.of(last.isEmpty()
                ? Msg.text(locale, "check.nothingPrinted", check.regex())
                : Msg.text(locale, "check.outputDiffers", check.regex(), last));
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count),
                lines.size()));
    }

    /** A value computed in the session, or why it could not be. */
    private record Evaluated(Object value, String error) {
    }
}
