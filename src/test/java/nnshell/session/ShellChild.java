package nnshell.session;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import nnshell.console.Console;
import nnshell.shell.Shell;
import nnshell.shell.ShellOptions;

/**
 * A stand-in for a student's shell in the crash tests: the real {@link Shell} with the session
 * hooks, fed one input per line (snippets and slash commands alike); says "done N" on
 * standard output after each and never ends normally (the test kills it). What the shell
 * shows goes to standard error.
 */
public final class ShellChild {

    private ShellChild() {
    }

    /** Arguments: the state directory. */
    public static void main(String[] args) throws Exception {
        Console console = Console.plain(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        Console.install(console);
        Shell shell = new Shell(new ShellOptions(false, List.of(), Path.of(args[0])), console,
                false);
        shell.engine();
        new SessionStartup().started(shell, false);
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                shell.submit(line);
                System.out.println("done " + ++n);
                System.out.flush();
            }
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
