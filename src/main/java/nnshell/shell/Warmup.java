package nnshell.shell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nnshell.console.Background;

/**
 * A short, silent session the launcher runs once after a build, with
 * {@code -XX:ArchiveClassesAtExit}, so that the classes a start needs (JLine, JShell, javac,
 * the startup scripts') go into a class-data archive that later starts map in at once.
 */
public final class Warmup {

    private Warmup() {
    }

    /** Types a value, a method and a command into a REPL on a dumb terminal, then leaves. */
    public static void main(String[] args) throws IOException {
        Path state = Files.createTempDirectory("nnshell-warmup-");
        String input = "int twice(int n) { return 2 * n; }\ntwice(21)\n1+1\n/vars\n/exit\n";
        ByteArrayInputStream in = new ByteArrayInputStream(
                input.getBytes(StandardCharsets.UTF_8));
        Repl repl = new Repl(Repl.dumbTerminal(in, OutputStream.nullOutputStream()),
                new ShellOptions(false, List.of(), state), true);
        repl.run();
        try {
            // what the shell prepares when idle (drawing, the whole class path) is archived too
            Background.awaitQuiet(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        repl.shell().engine().close();
        System.exit(0);
    }
}
