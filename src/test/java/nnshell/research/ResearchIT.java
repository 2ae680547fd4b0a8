package nnshell.research;

import static nnshell.testkit.Terminal.START;
import static nnshell.testkit.Terminal.STEP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.testkit.Terminal;

/** The research tools typed into ./nnshell in a real terminal (tmux), as a student does. */
class ResearchIT {
    @TempDir
    Path state;

    @Test
    void explanationsAndMistakesInTheRealShell() throws Exception {
        try (Terminal term = Terminal.sized(120, 50).nnshell(state, "--plots off")) {
            term.await("nn> ", 1, START);
            term.line("var x = tensor(new double[][] {{0, 1}, {1, 0}, {0, 0}, {1, 1}});");
            term.await("x ==> tensor", 1, STEP);
            term.line("Model m = in -> in;");
            term.await("m ==> ", 1, STEP);
            term.line("Explain.perturbation(m, x, java.util.List.of(\"study\", \"absences\"))");
            String screen = term.await("one-at-a-time perturbation", 1, STEP);
            assertThat(screen).contains("study").contains("absences");

            term.line("Metrics.confusion(tensor(0, 1, 1), tensor(0, 1, 0))");
            screen = term.await("macro F1", 1, STEP);
            assertThat(screen).contains("confusion matrix").containsPattern(
                    "(?m)^true\\\\pred +0 +1 +recall$");

            term.line("Quality.named(\"acurracy\")");
            screen = term.await("Did you mean \"accuracy\"", 1, STEP);
            assertThat(screen).doesNotContain("Msg.bad");
        }
    }
}
