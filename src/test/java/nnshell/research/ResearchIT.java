package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The research tools typed into ./nnshell in a real terminal (tmux), as a student does. */
class ResearchIT {
    private final String socket = "nnshell-research-" + UUID.randomUUID().toString()
            .substring(0, 8);

    @TempDir
    Path state;

    @Test
    void explanationsAndMistakesInTheRealShell() throws Exception {
        String home = System.getProperty("nnshell.home", ".");
        tmux("new-session", "-d", "-s", "r", "-x", "120", "-y", "50", "cd '" + home
                + "' && NNSHELL_STATE_DIR='" + state + "' ./nnshell --plots off");
        try {
            await("nn> ", 1, 120);
            type("var x = tensor(new double[][] {{0, 1}, {1, 0}, {0, 0}, {1, 1}});");
            await("x ==> tensor", 1, 30);
            type("Model m = in -> in;");
            await("m ==> ", 1, 30);
            type("Explain.perturbation(m, x, java.util.List.of(\"study\", \"absences\"))");
            String screen = await("one-at-a-time perturbation", 1, 30);
            assertThat(screen).contains("study").contains("absences");

            type("Metrics.confusion(tensor(0, 1, 1), tensor(0, 1, 0))");
            screen = await("macro F1", 1, 30);
            assertThat(screen).contains("confusion matrix").containsPattern(
                    "(?m)^true\\\\pred +0 +1 +recall$");

            type("Quality.named(\"acurracy\")");
            screen = await("Did you mean \"accuracy\"", 1, 30);
            assertThat(screen).doesNotContain("Msg.bad");
        } finally {
            tmux("kill-server");
        }
    }

    private void type(String line) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "r", "-l", line);
        tmux("send-keys", "-t", "r", "Enter");
    }

    private String await(String text, int times, int seconds)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String shown = "";
        while (System.nanoTime() < end) {
            shown = tmux("capture-pane", "-p", "-J", "-S", "-300", "-t", "r");
            if (shown.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
                return shown;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited " + seconds + " s for \"" + text
                + "\"; the terminal shows:\n" + shown);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
