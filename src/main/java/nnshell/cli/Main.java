package nnshell.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nnshell} command line. Without a subcommand it starts the interactive shell;
 * subcommands run scripts, replay and export sessions, run lessons and benchmarks.
 */
@Command(name = "nnshell",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A terminal course environment for learning how neural networks work.",
        subcommands = {
            RunCommand.class,
            nnshell.session.ReplayCommand.class,
            nnshell.session.ExportCommand.class,
            nnshell.lesson.LessonCliCommand.class,
            nnshell.lesson.LessonsCliCommand.class,
            nnshell.bench.BenchCommand.class,
            TestCommand.class
        })
public final class Main extends ShellCommand {

    /** Runs the command line and exits with its code: 0 ok, 1 failure, 2 usage. */
    public static void main(String[] args) {
        if (args.length == 0) {
            // the plain shell skips building the whole command-line model: a faster prompt
            System.exit(plainShell());
        }
        System.exit(commandLine().execute(args));
    }

    private static int plainShell() {
        try {
            return new ShellCommand().call();
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("nnshell could not start: " + e.getMessage());
            return 1;
        }
    }

    /** The configured command line, for tests that assert usage text and exit codes. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
