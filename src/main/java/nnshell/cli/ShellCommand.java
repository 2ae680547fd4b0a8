package nnshell.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import nnshell.console.Console;
import nnshell.shell.Repl;
import nnshell.shell.Shell;
import nnshell.shell.ShellOptions;
import nnshell.shell.spi.StartupHook;

/**
 * Starts the interactive shell (the default when no subcommand is given); with input that is
 * not a terminal ({@code printf '1+1' | nnshell}) it evaluates that input and exits 0 only if
 * every snippet succeeded.
 */
public class ShellCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--restore",
            description = "Restore the last session that did not end normally (after a crash).")
    void restore(boolean on) {
        System.setProperty(StartupHook.RESTORE_PROPERTY, String.valueOf(on));
    }

    @Override
    public Integer call() throws IOException {
        ShellOptions options = ShellOptions.of(!common.noColor, common.startup);
        if (System.console() == null) {
            try (Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8)) {
                return runHeadless(options, in, System.out);
            }
        }
        return new Repl(Repl.systemTerminal(), options, false).run();
    }

    /** Evaluates a whole script without a terminal: 0 if every snippet succeeded, else 1. */
    static int runHeadless(ShellOptions options, Reader in, PrintStream out) throws IOException {
        ShellOptions plain = new ShellOptions(false, options.extraStartup(), options.stateDir());
        Console console = Console.plain(out);
        Console.install(console);
        PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
        Shell shell = new Shell(plain, writer, console, false);
        boolean ok = shell.runScript(in);
        writer.flush();
        shell.engine().close();
        return ok ? 0 : 1;
    }
}
