package nnshell.session;

import java.util.List;
import java.util.Optional;

import nnshell.plot.ChartLog;
import nnshell.shell.spi.EvalResult;

/**
 * What a replay of a script found: each step's outcome and the environment differences.
 *
 * @param steps every step of the script with what it gave now
 * @param environment differences from the recorded environment, "key: recorded -> now"
 */
public record Replay(List<StepResult> steps, List<String> environment) {

    /** How a step ended in the replay. */
    public enum Outcome {
        /** Ran and showed the recorded value. */
        MATCHED,
        /** Ran and showed a different value. */
        DIFFERENT,
        /** Did not compile, threw, or was refused. */
        FAILED,
        /** Ran; there was no value recorded to compare. */
        RAN
    }

    /**
     * One step replayed.
     *
     * @param step the step as read from the script
     * @param results one per snippet of the step
     * @param actual the value shown now, as it would be recorded
     * @param outcome how it ended
     * @param charts for each snippet of the step, the charts drawn while it ran
     */
    public record StepResult(Script.Step step, List<EvalResult> results, String actual,
            Outcome outcome, List<List<ChartLog.Entry>> charts) {

        /** The snippet whose value was compared: the last one that showed a value. */
        public Optional<EvalResult> valueResult() {
            return results.stream().filter(r -> !ScriptWriter.expectation(r).isEmpty())
                    .reduce((a, b) -> b);
        }

        /** The line in the script where this snippet of the step starts. */
        public int lineOf(EvalResult result) {
            int at = step.code().indexOf(result.source().strip());
            if (at < 0) {
                return step.line();
            }
            return step.line() + (int) step.code().substring(0, at).chars()
                    .filter(c -> c == '\n').count();
        }

        /** The first snippet that did not run to the end, if any. */
        public Optional<EvalResult> failure() {
            return results.stream().filter(r -> !r.ok()).findFirst();
        }
    }

    /** How many recorded values the replay showed again. */
    public int reproduced() {
        return (int) steps.stream().filter(s -> s.outcome() == Outcome.MATCHED).count();
    }

    /** How many values the script recorded. */
    public int total() {
        return (int) steps.stream().filter(s -> s.step().expected() != null).count();
    }

    /** Whether every value was reproduced and every snippet ran. */
    public boolean ok() {
        return steps.stream().allMatch(s -> s.outcome() == Outcome.MATCHED
                || s.outcome() == Outcome.RAN);
    }

    /** The steps that failed or differed, in order. */
    public List<StepResult> problems() {
        return steps.stream().filter(s -> s.outcome() == Outcome.DIFFERENT
                || s.outcome() == Outcome.FAILED).toList();
    }
}
