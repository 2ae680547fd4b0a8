package nnshell.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import nnshell.console.Console;
import nnshell.shell.Repl;
import nnshell.shell.Shell;
import nnshell.shell.ShellOptions;

/**
 * Starts the interactive shell (the default when no subcommand is given); with input that is
 * not a terminal ({@code printf '1+1' | nnshell}) it evaluates that input and exits 0 only if
 * every snippet succeeded.
 */
public class ShellCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--restore",
            description = "Restore the last session if it did not end normally.")
    boolean restore;

    @Override
    public Integer call() throws IOException {
        boolean color = common.color(System.getenv());
        if (!color) {
            // charts and other packages read this; the shell itself takes it from the options
            System.setProperty("nnshell.color", "false");
        }
        ShellOptions options = ShellOptions.of(color, common.startup)
                .withRestore(restore);
        if (System.console() == null) {
            try (Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8)) {
                return runHeadless(options, "<stdin>", in, System.out);
            }
        }
        return new Repl(Repl.systemTerminal(), options, false).run();
    }

    /**
     * Evaluates a whole script without a terminal: N if it ends with {@code /exit N}, else 0
     * if every snippet succeeded and 1 if one failed.
     */
    static int runHeadless(ShellOptions options, String name, Reader in, PrintStream out)
            throws IOException {
        Console console = Console.plain(out);
        Console.install(console);
        Shell shell = new Shell(options.withoutColor(), console, false);
        boolean ok = shell.runScript(in, name);
        out.flush();
        shell.engine().close();
        return shell.exitCode().orElse(ok ? 0 : 1);
    }
}
