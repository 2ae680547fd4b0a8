package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /data} and the data layer in the real shell, in a real terminal (tmux). */
class DataTerminalIT {
    private final String session = "nndata-" + ProcessHandle.current().pid();

    @AfterEach
    void killSession() throws Exception {
        run("tmux", "kill-session", "-t", session);
    }

    @Test
    void dataListsTheDatasetsAndATypoGetsTheNearestName() throws Exception {
        assumeThat(run("which", "tmux")).as("tmux is installed").contains("tmux");
        Path home = Path.of(System.getProperty("nnshell.home", "")).toAbsolutePath();
        Path state = Files.createTempDirectory("nndata-state");
        String script = "cd " + home + " && NNSHELL_DATA_DIR=" + TestData.studentDir()
                + " NNSHELL_STATE_DIR=" + state + " ./nnshell --lang en; sleep 60";
        run("tmux", "new-session", "-d", "-s", session, "-x", "110", "-y", "60",
                "bash", "-c", script);
        waitFor("nn>", 120);

        type("/data");
        String list = waitFor("/data NAME tells more", 60);
        assertThat(list).contains("student-mat", "395 rows x 33 columns", "fashion-mnist",
                "10000 images [1, 28, 28]", "CC BY 4.0", TestData.studentDir().toString());
        String output = list.substring(list.indexOf("nn> /data"));
        assertThat(output.lines()).allMatch(line -> line.length() <= 110);

        type("Datasets.load(\"irsi\")");
        String typo = waitFor("Did you mean", 60);
        assertThat(typo).contains("There is no dataset \"irsi\". Did you mean \"iris\"?");

        type("Explore.groupBy(Datasets.studentMat(), \"G3\", \"sex\")");
        waitFor("G3 by sex", 60);
        String grades = waitFor("10.914", 30);
        String answer = grades.substring(grades.indexOf("Explore.groupBy"));
        assertThat(answer).contains("9.966").doesNotContain("Exception");
    }

    private void type(String line) throws Exception {
        run("tmux", "send-keys", "-t", session, "-l", line);
        run("tmux", "send-keys", "-t", session, "Enter");
    }

    private String waitFor(String text, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String screen = "";
        while (System.nanoTime() < end) {
            screen = run("tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", session);
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("\"" + text + "\" did not appear; the screen:\n" + screen);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
