package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junitpioneer.jupiter.SetSystemProperty;

import nnshell.console.Console;
import nnshell.shell.spi.EvalResult;

/** What a snippet prints through the Console is part of its result, as System.out is. */
class EngineOutputTest {

    @Test
    void consoleOutputIsPartOfTheSnippetsOutput() {
        Console before = Console.current();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Console.install(Console.plain(new PrintStream(screen, true, StandardCharsets.UTF_8)));
        try (Engine engine = new Engine()) {
            List<EvalResult> results = engine.eval(
                    "import nnshell.console.Console;\n"
                    + "Console.current().println(\"Layer (type)  Params\");\n"
                    + "{ Console.current().status(\"epoch 1/2\");"
                    + " Console.current().status(\"epoch 2/2 loss 0.1\");"
                    + " Console.current().endStatus(); }\n"
                    + "System.out.println(\"plain out\");");
            assertThat(results).allMatch(EvalResult::ok);
            assertThat(results.get(1).output()).isEqualTo("Layer (type)  Params\n");
            assertThat(results.get(2).output()).isEqualTo("epoch 2/2 loss 0.1\n");
            assertThat(results.get(3).output()).contains("plain out");
            assertThat(screen.toString(StandardCharsets.UTF_8))
                    .contains("Layer (type)  Params").contains("epoch 2/2 loss 0.1");
            assertThat(Console.current()).isNotInstanceOf(CapturingConsole.class);
        } finally {
            Console.install(before);
        }
    }

    @Test
    @SetSystemProperty(key = "nnshell.plots", value = "terminal")
    void aChartDrawnInTheTerminalIsShownButNotKeptAsOutput() {
        Console before = Console.current();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Console.install(Console.ansi(new PrintStream(screen, true, StandardCharsets.UTF_8), 80));
        try (Engine engine = new Engine()) {
            List<EvalResult> results = engine.eval("System.out.println(\"before\");\n"
                    + "nnshell.plot.Plots.plot(\"Squares\", 1, 4, 9);");
            assertThat(results).allMatch(EvalResult::ok);
            assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Squares");
            assertThat(results.get(1).output()).doesNotContain("Squares").doesNotContain("\033");
        } finally {
            Console.install(before);
        }
    }
}
