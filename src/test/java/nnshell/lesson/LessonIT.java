package nnshell.lesson;

import static nnshell.testkit.Terminal.START;
import static nnshell.testkit.Terminal.STEP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.testkit.Terminal;

/** A lesson in ./nnshell in a real terminal: steps, checks, progress that survives a kill. */
class LessonIT {
    @TempDir
    Path state;

    @Test
    void aStudentWorksThroughStepsAndResumesAfterAKill() throws Exception {
        try (Terminal term = Terminal.sized(120, 45).nnshell(state, "--no-color")) {
            term.await("nn> ", 1, START);
            term.line("/lesson 2");
            term.await("step 1 of 8", 1, STEP);
            term.line("double[] w = {-1.5, 1.0, 1.0};");
            term.line("double[] x = {1.0, 1.0};");
            term.await("x ==> ", 1, STEP);
            term.line("/next");
            term.await("step 2 of 8", 1, STEP);

            term.line("/check");
            term.await("There is no variable `sum` yet", 1, STEP);
            term.line("double sum = w[1] * x[0] + w[2] * x[1];");
            term.line("/check");
            term.await("`sum`: expected 0.5, found 2.", 1, STEP);
            term.line("/hint");
            term.await("Hint 1 of 1", 1, STEP);
            term.line("sum = sum + w[0];");
            term.line("/check");
            term.await("Correct! /next goes on.", 1, STEP);
            term.line("/next");
            term.await("step 3 of 8", 1, STEP);
            term.line("/where");
            term.await("step 3 of 8", 2, STEP);

            // the terminal is closed without /exit: the shell ends abruptly
        }

        // ./nnshell lesson NAME starts the shell in the lesson, where the student stopped
        try (Terminal term = Terminal.sized(120, 45).nnshell(state, "--no-color lesson neuron")) {
            term.await("Resuming lesson 2", 1, START);
            term.await("step 3 of 8", 1, STEP);
            term.line("/lesson");
            String list = term.await("A tour of the shell", 1, STEP);
            assertThat(list).containsPattern("2\\s+The artificial neuron\\s+step 3 of 8");
            term.line("sum * 2");
            term.await("==> 1.0", 1, STEP);

            // a check on a method not written yet names it once, in the student's words
            term.line("/check");
            String missing = term.await("`fire` is not defined yet", 1, STEP);
            assertThat(missing).contains("this step asks you to define it (step 3)")
                    .doesNotContain("Answer.put").doesNotContain("cannot find symbol");

            // a predicate check in the real shell, which leaves nothing in the saved session
            term.line("int fire(double[] w, double a, double b) "
                    + "{ return w[0] + w[1] * a + w[2] * b >= 0 ? 1 : 0; }");
            term.await("created method fire", 1, STEP);
            term.line("/check");
            term.await("Correct! /next goes on.", 1, STEP);
            Path saved = state.resolve("after-check.jsh");
            term.line("/save " + saved);
            term.await("Replay it with", 1, STEP);
            assertThat(Files.readString(saved)).contains("int fire(double[] w")
                    .doesNotContain("nnshell.lesson.Answer");
            term.line("/next");
            term.await("step 4 of 8", 1, STEP);
            term.keys("C-d");
        }
    }
}
