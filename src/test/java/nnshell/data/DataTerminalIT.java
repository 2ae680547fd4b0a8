package nnshell.data;

import static nnshell.testkit.Terminal.START;
import static nnshell.testkit.Terminal.STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.testkit.Terminal;

/** {@code /data} and the data layer in the real shell, in a real terminal (tmux). */
class DataTerminalIT {
    private static final Duration DATA = Duration.ofSeconds(60);

    @TempDir
    Path state;

    @Test
    void dataListsTheDatasetsAndATypoGetsTheNearestName() throws Exception {
        assumeThat(Terminal.available()).as("tmux is installed").isTrue();
        Path students = TestData.studentDir();
        try (Terminal term = Terminal.sized(110, 60)
                .env("NNSHELL_DATA_DIR", students.toString()).nnshell(state, "--lang en")) {
            term.await("nn>", 1, START);

            term.line("/data");
            String list = term.await("/data NAME tells more", 1, DATA);
            assertThat(list).contains("student-mat", "395 rows x 33 columns", "fashion-mnist",
                    "10000 images [1, 28, 28]", "CC BY 4.0", students.toString());
            String output = list.substring(list.indexOf("nn> /data"));
            assertThat(output.lines()).allMatch(line -> line.length() <= 110);

            term.line("Datasets.load(\"irsi\")");
            String typo = term.await("Did you mean", 1, DATA);
            assertThat(typo).contains("There is no dataset \"irsi\". Did you mean \"iris\"?");

            term.line("Explore.groupBy(Datasets.studentMat(), \"G3\", \"sex\")");
            term.await("G3 by sex", 1, DATA);
            String grades = term.await("10.914", 1, STEP);
            String answer = grades.substring(grades.indexOf("Explore.groupBy"));
            assertThat(answer).contains("9.966").doesNotContain("Exception");
        }
    }
}
