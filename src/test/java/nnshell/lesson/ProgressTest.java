package nnshell.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @TempDir
    Path state;

    @Test
    void savedProgressLoadsBack() throws Exception {
        Progress progress = Progress.load(state);
        assertThat(progress.started("2")).isFalse();
        progress.setStep("2", 4);
        progress.markDone("2", 1);
        progress.markDone("2", 3);
        progress.markFinished("0");
        progress.save();

        Progress loaded = Progress.load(state);
        assertThat(loaded.step("2")).isEqualTo(4);
        assertThat(loaded.done("2")).containsExactly(1, 3);
        assertThat(loaded.finished("0")).isTrue();
        assertThat(loaded.finished("2")).isFalse();
        loaded.reset("2");
        assertThat(loaded.started("2")).isFalse();
        assertThat(loaded.finished("0")).isTrue();
    }

    @Test
    void aKillWhileSavingNeverLeavesATornFile() throws Exception {
        for (int round = 0; round < 4; round++) {
            Path dir = Files.createDirectories(state.resolve("round" + round));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin",
                    "java").toString(), "-cp", System.getProperty("java.class.path"),
                    ProgressWriter.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(
                    child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("saving");
                Thread.sleep(40L + 70L * round);
                child.destroyForcibly();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }

            // both lessons are always saved with the same step: a torn file would differ
            Progress loaded = Progress.load(dir);
            assertThat(loaded.step("2")).isGreaterThanOrEqualTo(20);
            assertThat(loaded.step("3")).isEqualTo(loaded.step("2"));
            assertThat(loaded.done("2")).contains(loaded.step("2") % 100);
        }
    }

    @Test
    void anUnreadableFileStartsAfresh() throws Exception {
        Files.writeString(state.resolve(Progress.FILE_NAME), "lesson.2.step=\\uZZZZ\n");
        Progress progress = Progress.load(state);
        assertThat(progress.started("2")).isFalse();
        progress.setStep("2", 1);
        progress.save();
        assertThat(Progress.load(state).step("2")).isEqualTo(1);
        assertThat(state.resolve(Progress.FILE_NAME + ".bad")).hasContent(
                "lesson.2.step=\\uZZZZ");
    }
}
