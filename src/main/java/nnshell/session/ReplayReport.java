package nnshell.session;

import nnshell.console.Console;
import nnshell.shell.spi.EvalResult;

/** Prints a replay for the student: environment differences first, then each problem. */
final class ReplayReport {
    /** How many characters of a differing value are printed. */
    static final int SHOWN = 300;

    private final Console console;

    ReplayReport(Console console) {
        this.console = console;
    }

    /** Prints the whole report, ending with "reproduced N/N values". */
    void print(Replay replay) {
        if (!replay.environment().isEmpty()) {
            console.println(Messages.text("replay.environment"));
            replay.environment().forEach(d -> console.println("  " + d));
        }
        replay.problems().forEach(this::problem);
        console.println(Messages.text("replay.summary", replay.reproduced(), replay.total()));
    }

    private void problem(Replay.StepResult step) {
        if (step.outcome() == Replay.Outcome.DIFFERENT) {
            EvalResult shown = step.valueResult().orElse(step.results().get(0));
            console.println(Messages.text("replay.difference", step.lineOf(shown)));
            code(shown.source());
            String expected = step.step().expected();
            String actual = step.actual();
            int at = Math.max(0, Recording.firstDifference(expected, actual));
            console.println("  " + Messages.text("replay.expected") + " " + excerpt(expected, at));
            console.println("  " + Messages.text("replay.actual") + " " + excerpt(actual, at));
            if (expected.length() > SHOWN || actual.length() > SHOWN) {
                console.println("  " + Messages.text("replay.firstDiffers", at + 1));
            }
            return;
        }
        var failure = step.failure().orElseThrow();
        console.println(Messages.text("replay.failed", step.lineOf(failure)));
        code(failure.source());
        failure.message().lines().forEach(l -> console.println("  " + l));
    }

    /** Up to {@link #SHOWN} characters of a value, from a little before {@code at}. */
    static String excerpt(String value, int at) {
        if (value.length() <= SHOWN) {
            return value;
        }
        int from = Math.max(0, Math.min(at - SHOWN / 4, value.length() - SHOWN));
        String part = value.substring(from, Math.min(value.length(), from + SHOWN));
        return (from > 0 ? "..." : "") + part
                + (from + SHOWN < value.length() ? "... (" + value.length() + ")" : "");
    }

    private void code(String code) {
        code.lines().forEach(l -> console.println("    " + l));
    }
}
