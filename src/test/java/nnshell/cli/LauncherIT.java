package nnshell.cli;

import static nnshell.testkit.Terminal.START;
import static nnshell.testkit.Terminal.STEP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.testkit.Terminal;

/** {@code ./nnshell} as a process: what its arguments, input and environment make it do. */
class LauncherIT {
    private static final Path HOME =
            Path.of(System.getProperty("nnshell.home", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    /** What a finished run printed (standard output and error together) and its exit code. */
    private record Run(int code, String output) {
    }

    private Run nnshell(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("nnshell").toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("out.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NNSHELL_STATE_DIR", dir.resolve("state").toString());
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("nnshell ended").isTrue();
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Issue 2: /help and /open named examples/xor.jsh, which did not exist. */
    @Test
    void theXorExampleRunsAndLearns() throws Exception {
        Run run = nnshell("", "run", "examples/xor.jsh");
        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).contains("Epoch 500/500").doesNotContain("Error")
                .containsPattern("\\$\\d+ ==> 1\\.0\\s*$");
    }

    @Test
    void exitWithANumberSetsTheExitCode() throws Exception {
        Run piped = nnshell("int a = 1;\n/exit 3\nint never = 2;\n");
        assertThat(piped.code()).as(piped.output()).isEqualTo(3);
        assertThat(piped.output()).contains("a ==> 1").doesNotContain("never");

        try (Terminal term = Terminal.nnshell(dir.resolve("state"), "--no-color")) {
            term.await("nn> ", 1, START);
            term.line("/exit 4");
            term.awaitEnd(STEP);
            assertThat(term.exitStatus()).isEqualTo(4);
        }
    }

    @Test
    void noColorEnvironmentVariableTurnsColoursOff() throws Exception {
        assertThat(errorScreen(Terminal.sized(120, 40))).as("colours by default")
                .contains("\033[");
        assertThat(errorScreen(Terminal.sized(120, 40).env("NO_COLOR", "1")))
                .as("colours with NO_COLOR=1").doesNotContain("\033[");
    }

    /** What a compile error and a highlighted line look like, escape sequences included. */
    private String errorScreen(Terminal.Setup setup) throws Exception {
        try (Terminal term = setup.nnshell(dir.resolve("state"), "")) {
            term.await("nn> ", 1, START);
            term.line("int broken = \"text\" +;");
            term.await("Error:", 1, STEP);
            term.type("String s = \"typed\"");
            term.await("\"typed\"", 1, STEP);
            return term.historyWithColors();
        }
    }
}
