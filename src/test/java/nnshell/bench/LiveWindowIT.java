package nnshell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --live window} under a real X server (Xvfb): the live chart's window is painted
 * at the end of every fit with live plots, and the report counts those paints.
 */
class LiveWindowIT {
    private static final String DATA = System.getProperty("nnshell.bench.dir",
            "/work/shared/bench/data");
    private Process xvfb;

    @AfterEach
    void stop() {
        if (xvfb != null) {
            xvfb.destroyForcibly();
        }
    }

    @Test
    void everyLiveFitPaintsTheWindowAtLeastOnce() throws Exception {
        assumeThat(onPath("Xvfb")).as("Xvfb").isTrue();
        String display = startXvfb();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "nnshell.cli.Main", "bench", "--bench-dir", DATA, "--live", "window", "--reps",
                "3", "--warmup", "1");
        pb.environment().put("DISPLAY", display);
        pb.environment().put("OMP_NUM_THREADS", "1");
        Process child = pb.redirectErrorStream(true).start();

        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("live plots off vs on (window): 3 interleaved pairs")
                .doesNotContain("Exception");
        Matcher frames = Pattern.compile("frames drawn: [\\d.]+ per fit \\((\\d+) in 3 fits\\)")
                .matcher(out);
        assertThat(frames.find()).as(out).isTrue();
        assertThat(Integer.parseInt(frames.group(1))).isGreaterThanOrEqualTo(3);
    }

    /** Starts Xvfb on a display number it picks itself, so that parallel runs never clash. */
    private String startXvfb() throws Exception {
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(),
                StandardCharsets.US_ASCII)).readLine();
        assertThat(number).as("the display number Xvfb chose").isNotNull().matches("\\d+");
        return ":" + number;
    }

    private static boolean onPath(String program) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Path.of(dir, program).toFile().canExecute());
    }
}
