package nnshell.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/**
 * Runs an exercise's checks against the session's state: variables are read from the
 * session, predicates evaluated in it, printed output looked up in its history.
 */
final class Checker {
    private final ShellContext context;
    private final Locale locale;

    Checker(ShellContext context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    /**
     * What failed, one sentence per failed check; empty when every check passed.
     *
     * @param historyMark the size of the session's history when the step began: only output
     *     printed since then counts for output checks
     */
    List<String> failures(Step step, int historyMark) {
        List<String> failures = new ArrayList<>();
        for (Check check : step.checks()) {
            run(check, historyMark).ifPresent(failures::add);
        }
        return failures;
    }

    private Optional<String> run(Check check, int historyMark) {
        if (check instanceof Check.Value value) {
            return value(value);
        }
        if (check instanceof Check.Predicate predicate) {
            return predicate(predicate);
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

    private Optional<String> predicate(Check.Predicate check) {
        Evaluated result = evaluate(check.expression());
        if (result.error != null) {
            return Optional.of(Msg.text(locale, "check.couldNotRun", check.expression(),
                    result.error));
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
        Evaluated shown = evaluate(show);
        String value = shown.error != null ? shown.error : Values.show(shown.value);
        return " " + Msg.text(locale, "check.shown", show, value);
    }

    /** Evaluates an expression in the session without leaving a trace in its history. */
    private Evaluated evaluate(String expression) {
        Answer.take();
        List<EvalResult> results =
                context.evalQuietly("{ nnshell.lesson.Answer.put(" + expression + "); }");
        for (EvalResult r : results) {
            if (!r.ok()) {
                String why = r.message().isBlank() ? r.status().toString() : r.message();
                return new Evaluated(null, LessonVerifier.oneLine(why));
            }
        }
        return new Evaluated(Answer.take(), null);
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
