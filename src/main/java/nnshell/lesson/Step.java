package nnshell.lesson;

import java.util.List;

/**
 * One step of a lesson: text to read, code to try and, for an exercise, its checks, hints, a
 * reference solution and deliberately wrong answers that the checks must reject.
 *
 * @param line the line of the step's heading in the lesson file
 * @param title the step's title
 * @param text what the student reads
 * @param tryCode code shown for the student to type
 * @param tryRun the part of {@code tryCode} that runs when earlier steps are restored
 * @param setup code run quietly when the step is entered
 * @param checks conditions the answer must meet; empty for a step without an exercise
 * @param hints hints given one by one
 * @param solution the reference solution, empty for a step without an exercise
 * @param wrong deliberately wrong answers, each of which must fail a check
 */
public record Step(int line, Text title, Text text, List<String> tryCode,
        List<String> tryRun, List<String> setup, List<Check> checks, List<Text> hints,
        String solution, List<String> wrong) {

    /** Whether this step asks for an exercise to be solved. */
    public boolean isExercise() {
        return !checks.isEmpty();
    }
}
