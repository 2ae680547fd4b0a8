package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.lesson.HeadlessContext;
import nnshell.testkit.Printed;

/** A saved script is plain Java: the JDK's own jshell runs it with the nnshell jar. */
class StockJshellIT {

    @TempDir
    Path dir;

    @Test
    void stockJshellRunsTheSavedTrainingSessionToTheSameLoss() throws Exception {
        Path script = dir.resolve("xor.jsh");
        String loss;
        try (HeadlessContext shell = new Printed().session(dir.resolve("state"))) {
            shell.eval(SaveAndReplayTest.TRAINING);
            loss = (double) shell.variable("loss").orElseThrow() + "";
            Files.writeString(script, ScriptWriter.text(shell.history(), 42));
        }

        String out = jshell(script, "System.out.println(\"LOSS=\" + loss);\n/exit\n");

        assertThat(out).doesNotContain("Error:", "Exception").contains("LOSS=" + loss);
    }

    private String jshell(Path script, String input) throws IOException, InterruptedException {
        String home = System.getProperty("nnshell.home", ".");
        String classPath = Path.of(home, "target", "nnshell.jar") + File.pathSeparator
                + Path.of(home, "target", "lib", "*");
        Path log = dir.resolve("jshell.log");
        Process jshell = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                "-R-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "--class-path", classPath,
                "--startup", Path.of(home, "startup-scripts", "default.jsh").toString(),
                script.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (Writer in = new OutputStreamWriter(jshell.getOutputStream(),
                StandardCharsets.UTF_8)) {
            in.write(input);
        }
        assertThat(jshell.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return Files.readString(log);
    }
}
