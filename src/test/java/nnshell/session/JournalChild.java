package nnshell.session;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import nnshell.shell.Engine;
import nnshell.shell.spi.EvalResult;

/**
 * A stand-in shell process for the crash test: evaluates one snippet per input line with a
 * journal attached, says "done N" after each, and never ends normally (the test kills it).
 */
public final class JournalChild {

    private JournalChild() {
    }

    /** Arguments: the state directory. */
    public static void main(String[] args) throws Exception {
        Journal journal = Journal.start(Path.of(args[0]), 42);
        try (Engine engine = new Engine();
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            StartupScripts.sources().forEach(engine::eval);
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (EvalResult r : engine.eval(line)) {
                    journal.evaluated(r);
                }
                System.out.println("done " + ++n);
                System.out.flush();
            }
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
