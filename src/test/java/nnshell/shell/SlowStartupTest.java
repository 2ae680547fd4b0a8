package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junitpioneer.jupiter.SetSystemProperty;

import nnshell.console.Console;

/** A startup script that never finishes does not leave the student at a dead prompt. */
@SetSystemProperty(key = "nnshell.lang", value = "en")
class SlowStartupTest {
    @TempDir
    Path dir;

    @Test
    void ctrlCStopsAnEndlessStartupSnippetAndTheWaitingInputRuns() throws Exception {
        Path script = Files.writeString(dir.resolve("loop.jsh"),
                "int before = 1;\nwhile (true) { }\nint after = 2;\n");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Console previous = Console.current();
        Console console = Console.plain(new PrintStream(screen, true, StandardCharsets.UTF_8));
        Console.install(console);
        Shell shell = new Shell(new ShellOptions(false, List.of(script), dir.resolve("state")),
                console, true);
        try {
            CompletableFuture<Boolean> typed = CompletableFuture.supplyAsync(
                    () -> shell.submit("int typed = 3;"));
            // the student is told why nothing happens, and what to do
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!screen.toString(StandardCharsets.UTF_8).contains("still running")
                    && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(screen.toString(StandardCharsets.UTF_8))
                    .contains("still running (loop.jsh:2)").contains("Ctrl-C");
            assertThat(typed).isNotDone();

            shell.interrupt();
            assertThat(typed.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(shell.variableNames()).contains("before", "after", "typed");
            assertThat(screen.toString(StandardCharsets.UTF_8))
                    .contains("line 2 was stopped with Ctrl-C");
        } finally {
            shell.interrupt();
            shell.engine().close();
            Console.install(previous);
        }
    }
}
