package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.console.Console;
import nnshell.lesson.HeadlessContext;
import nnshell.shell.spi.Command;
import nnshell.testkit.Printed;

/** {@code /plot}: switching modes, saving the last chart, and explaining mistakes. */
class PlotCommandTest {
    // one session for the class: the command needs a shell, not a fresh engine per test
    private static final Printed OUT = new Printed();
    private static HeadlessContext context;
    private final PlotCommand command = new PlotCommand();

    @TempDir
    Path dir;

    @BeforeAll
    static void startSession(@TempDir Path state) {
        context = OUT.session(state);
    }

    @AfterAll
    static void closeSession() {
        context.close();
        context = null;
    }

    @BeforeEach
    void setUp() {
        OUT.clear();
        Console.install(OUT.console());
        Display.mode(PlotMode.OFF);
    }

    @AfterEach
    void tearDown() {
        Console.install(Console.plain(System.out));
        System.clearProperty("nnshell.plots");
        System.clearProperty("nnshell.plots.dir");
    }

    @Test
    void theShellFindsTheCommandAsAService() {
        assertThat(ServiceLoader.load(Command.class).stream().map(p -> p.type().getName()))
                .contains(PlotCommand.class.getName());
    }

    @Test
    void modeSwitchesWhereChartsGo() {
        assertThat(command.run("mode terminal", context)).isTrue();
        assertThat(Display.mode()).isEqualTo(PlotMode.TERMINAL);
        assertThat(text()).contains("terminal");

        Plots.plot("Straight", 0, 1, 2, 3);
        assertThat(text()).contains("Straight").contains("┤");
    }

    @Test
    void aTypoInTheModeIsExplainedWithTheNearestWord() {
        assertThat(command.run("mode termnal", context)).isFalse();
        assertThat(text()).contains("\"termnal\"").contains("window|terminal|file|off")
                .contains("Did you mean \"terminal\"?");
        assertThat(command.run("sav x.png", context)).isFalse();
        assertThat(text()).contains("\"sav\"").contains("Did you mean \"save\"?");
    }

    @Test
    void saveWritesTheLastChart() throws Exception {
        Plots.plot(3, 1, 2);
        Path file = dir.resolve("last.svg");

        assertThat(command.run("save " + file, context)).isTrue();
        assertThat(Files.readString(file)).contains("<svg");
        assertThat(command.run("save", context)).isFalse();
        assertThat(text()).contains("/plot save loss.png");
    }

    @Test
    void fileModeSavesEachChartAsAPng() throws Exception {
        System.setProperty("nnshell.plots.dir", dir.toString());
        command.run("mode file", context);
        Plots.plot("Loss curve", 1, 2, 3);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("chart-\\d{3}-loss-curve\\.png"));
        }
        assertThat(text()).contains("Chart saved to");
    }

    @Test
    void aChartChangedAfterItIsShownRewritesItsFileAndItsLogEntry() throws Exception {
        System.setProperty("nnshell.plots.dir", dir.toString());
        command.run("mode file", context);
        int before = ChartLog.count();
        XyChart chart = Plots.plot(Math::tanh, -4, 4);
        Path file;
        try (var files = Files.list(dir)) {
            file = files.filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
        }
        byte[] first = Files.readAllBytes(file);

        chart.add("tanh'", v -> 1 - Math.pow(Math.tanh(v), 2)).title("tanh and its slope");

        byte[] now = Files.readAllBytes(file);
        assertThat(now).isNotEqualTo(first).isEqualTo(chart.png());
        ChartLog.Entry entry = ChartLog.since(before).get(0);
        assertThat(entry.title()).isEqualTo("tanh and its slope");
        assertThat(entry.png()).isEqualTo(now);
        assertThat(ChartLog.count()).isEqualTo(before + 1);
        assertThat(text().split("Chart saved to", -1)).hasSize(2);
    }

    @Test
    void aChartsValueIsTheSameInEveryModeSoThatReplayMatches() {
        command.run("mode terminal", context);
        String inTerminal = Plots.plot("Loss", 1, 2, 3).toString();
        command.run("mode off", context);
        String whenOff = Plots.plot("Loss", 1, 2, 3).toString();

        assertThat(inTerminal).isEqualTo(whenOff).isEqualTo("line chart \"Loss\"");
    }

    @Test
    void completionOffersVerbsAndModes() {
        assertThat(command.complete("", context)).containsExactly("mode", "save");
        assertThat(command.complete("mode t", context)).containsExactly("terminal");
    }

    private String text() {
        return OUT.text();
    }
}
