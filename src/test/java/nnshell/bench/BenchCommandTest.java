package nnshell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnshell.cli.Main;
import nnshell.console.Console;
import nnshell.plot.LivePlots;

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
        System.clearProperty("nnshell.lang");
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

    @Test
    void liveTerminalDrawsFramesAndReportsTheOverheadOfInterleavedPairs() {
        Console capturing = Console.current();
        String plots = System.getProperty("nnshell.plots");
        boolean installed = LivePlots.installed();
        long framesBefore = LivePlots.framesDrawn();

        int code = Main.commandLine().execute("bench", "--bench-dir", DATA, "--live", "terminal",
                "--reps", "1", "--warmup", "1");

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(report).contains("live plots off vs on (terminal): 1 interleaved pairs after "
                + "1 warm-up pairs").containsPattern("median fit: off \\d+\\.\\d ms, on "
                + "\\d+\\.\\d ms: overhead -?\\d+\\.\\d % \\(limit 10 %\\)")
                .contains("interquartile range", "training thread off");
        // the warm-up and the timed live fit each end with a frame at least
        assertThat(number(report, "frames drawn: [\\d.]+ per fit \\((\\d+) in 1 fits\\)"))
                .isPositive();
        assertThat(LivePlots.framesDrawn() - framesBefore).isGreaterThanOrEqualTo(2);
        assertThat(Double.parseDouble(group(report, "terminal output ([\\d.]+) KB per fit")))
                .isGreaterThan(1.0);
        // the console, the plot mode and live plotting are as they were
        assertThat(Console.current()).isSameAs(capturing);
        assertThat(System.getProperty("nnshell.plots")).isEqualTo(plots);
        assertThat(LivePlots.installed()).isEqualTo(installed);
    }

    @Test
    void liveOffDrawsNothingAndSpeaksJson() {
        int code = Main.commandLine().execute("bench", "--bench-dir", DATA, "--live", "off",
                "-w", "w1", "--reps", "2", "--warmup", "1", "--json");

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(json).contains("\"live\": \"off\"", "\"pairs\": 2", "\"frames\": 0,")
                .containsPattern("\"median_off_s\": 0\\.\\d+")
                .containsPattern("\"median_on_s\": 0\\.\\d+");
    }

    @Test
    void liveRefusesAnotherModeOrWorkloadWithAUsageError() {
        assertThat(Main.commandLine().execute("bench", "--bench-dir", DATA, "--live", "file"))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--live takes window, terminal or off, not \"file\".");
        assertThat(Main.commandLine().execute("bench", "--bench-dir", DATA, "--live", "off",
                "-w", "W2")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--live measures W1 only");
        assertThat(Main.commandLine().execute("bench", "--bench-dir", DATA, "--live", "off",
                "--reps", "0")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("at least 1 of each");
    }

    @Test
    void liveMessagesAreInPolishToo() throws Exception {
        System.setProperty("nnshell.lang", "pl");

        assertThat(Main.commandLine().execute("bench", "--bench-dir", DATA, "--live", "okno"))
                .isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--live przyjmuje window, terminal lub off, a nie \"okno\".");
        Properties en = bundle("messages.properties");
        Properties pl = bundle("messages_pl.properties");
        assertThat(pl.keySet()).isEqualTo(en.keySet());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(pl.getProperty(key))).as(key)
                    .isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    private static long number(String text, String regex) {
        return Long.parseLong(group(text, regex));
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in%n%s", regex, text).isTrue();
        return m.group(1);
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BenchCommandTest.class.getResourceAsStream("/nnshell/bench/"
                + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The format specifiers of a message, in order: the figures go in the same places. */
    private static List<String> placeholders(String message) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("%[-+ 0#]*\\d*(\\.\\d+)?[a-zA-Z%]").matcher(message);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
