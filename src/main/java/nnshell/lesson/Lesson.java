package nnshell.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson read from a file in {@code lessons/}: a numbered sequence of steps.
 *
 * @param id the number that starts the file name, without leading zeros ("2")
 * @param slug the rest of the file name ("neuron" for {@code 02-neuron.md})
 * @param file where the lesson was read from
 * @param title the lesson's title
 * @param steps the steps in order; empty for a lesson that is still coming
 * @param coming whether the lesson is announced but not written yet
 * @param checkSeconds how long one check may run before it is stopped, from
 *     {@code <!-- check-seconds N -->}; 0 for the default ({@code nnshell.lesson.checkSeconds})
 */
public record Lesson(String id, String slug, Path file, Text title, List<Step> steps,
        boolean coming, double checkSeconds) {

    /** How long one check of this lesson may run, in milliseconds. */
    public long checkMillis() {
        return checkSeconds > 0 ? (long) (checkSeconds * 1000) : Checker.limitMillis();
    }
}
