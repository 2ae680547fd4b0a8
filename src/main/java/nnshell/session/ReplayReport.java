package nnshell.session;

import nnshell.console.Console;
import nnshell.shell.spi.EvalResult;

/** Prints a replay for the student: environment differences first, then each problem. */
final class ReplayReport {
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
            console.println("  " + Messages.text("replay.expected") + " " + step.step().expected());
            console.println("  " + Messages.text("replay.actual") + " " + step.actual());
            return;
        }
        var failure = step.failure().orElseThrow();
        console.println(Messages.text("replay.failed", step.lineOf(failure)));
        code(failure.source());
        failure.message().lines().forEach(l -> console.println("  " + l));
    }

    private void code(String code) {
        code.lines().forEach(l -> console.println("    " + l));
    }
}
