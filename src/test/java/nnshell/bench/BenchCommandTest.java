package nnshell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnshell.cli.Main;
import nnshell.console.Console;

class BenchCommandTest {
    private static final String DATA = System.getProperty("nnshell.bench.dir",
            "/work/shared/bench/data");
    private final Console before = Console.current();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        Console.install(Console.plain(new PrintStream(out, true, StandardCharsets.UTF_8)));
    }

    @AfterEach
    void restore() {
        Console.install(before);
    }

    @Test
    void jsonReportsEveryFigureAndTheRatioToThePlainLoop() {
        int code = Main.commandLine().execute("bench", "--bench-dir", DATA, "-w", "W1,plain",
                "--reps", "3", "--warmup", "1", "--json");

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(json).contains("\"name\": \"W1\"", "\"name\": \"plain W1\"", "\"steps\": 5000",
                "\"median_s\": ", "\"steps_per_s\": ", "\"w1_ratio_to_plain\": ");
        assertThat(json).containsPattern("\"accuracy\": 0\\.[5-9]");
    }

    @Test
    void tableHasAHeaderAndOneRowPerWorkload() {
        int code = Main.commandLine().execute("bench", "--bench-dir", DATA, "-w", "W2",
                "--reps", "1", "--warmup", "1");

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(table).contains("workload", "median s", "steps/s", "accuracy");
        assertThat(table).containsPattern("W2 +450 .* 8\\d\\.\\d% +2500");
    }

    @Test
    void unknownWorkloadOrMissingDataIsAUsageError() {
        assertThat(Main.commandLine().execute("bench", "--bench-dir", DATA, "-w", "W9"))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("W9", "W1, W1b, W2 or plain");
        Path nowhere = Path.of("/nonexistent-bench-dir");
        assertThat(Main.commandLine().execute("bench", "--bench-dir", nowhere.toString()))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--bench-dir");
    }
}
