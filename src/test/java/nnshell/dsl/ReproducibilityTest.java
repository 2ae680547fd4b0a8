package nnshell.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The same seed gives bit-identical weights and loss histories, in one process and in two. */
class ReproducibilityTest {

    @Test
    void sameSeedTwiceInOneProcessGivesIdenticalBits() {
        List<String> first = ReproMain.run(42);
        List<String> second = ReproMain.run(42);

        assertThat(first).hasSize(12);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedsGiveDifferentWeights() {
        List<String> first = ReproMain.run(42);
        List<String> other = ReproMain.run(7);

        assertThat(first.get(0)).startsWith("dense_1/kernel ");
        assertThat(other.get(0)).startsWith("dense_1/kernel ").isNotEqualTo(first.get(0));
    }

    @Test
    void sameSeedInTwoProcessesGivesIdenticalBits() throws Exception {
        List<String> a = runInNewJvm();
        List<String> b = runInNewJvm();

        assertThat(a).hasSize(12);
        assertThat(b).isEqualTo(a);
        assertThat(a).isEqualTo(ReproMain.run(42));
    }

    private static List<String> runInNewJvm() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), ReproMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return out.lines().toList();
    }
}
