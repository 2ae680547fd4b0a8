package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory is explained and the session goes on. The shell runs in a JVM of its
 * own with a small heap: filling the test JVM's heap would take the test runner down with it.
 */
class OutOfMemoryTest {

    @TempDir
    Path state;

    @Test
    void outOfMemoryIsExplainedAndTheSessionGoesOn() throws Exception {
        String screen = runShell("int kept = 5;\n"
                + "new double[Integer.MAX_VALUE - 8]\n"
                + "var hoard = new java.util.ArrayList<double[]>(); "
                + "while (true) hoard.add(new double[10_000_000]);\n"
                + "kept + 1\n"
                + "/drop hoard\n"
                + "var again = new double[30_000_000]\n");

        assertThat(screen).contains("Out of memory (Java heap space)")
                .contains("The session goes on.");
        // a failed allocation leaves nothing behind; a filled variable is named as the holder
        assertThat(screen).containsSubsequence("<stdin>:2: Out of memory",
                "What the snippet was building is gone", "<stdin>:3: Out of memory",
                "held by your variables");
        // /drop lets go of the hoard: a large array fits again
        assertThat(screen).contains("again ==> double[30000000] { 0.0, 0.0, 0.0, ..., 0.0");
        assertThat(screen.split("Out of memory", -1)).hasSize(3);
        assertThat(screen).contains("==> 6");
    }

    private String runShell(String input) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process shell = new ProcessBuilder(List.of(java, "-Xmx400m", "-XX:+UseSerialGC",
                "-Djava.security.manager=allow", "-Dnnshell.state.dir=" + state,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), "nnshell.cli.Main"))
                .redirectErrorStream(true)
                .start();
        shell.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        shell.getOutputStream().close();
        byte[] out = shell.getInputStream().readAllBytes();
        assertThat(shell.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
