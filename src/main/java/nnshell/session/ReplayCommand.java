package nnshell.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import nnshell.console.Console;
import nnshell.shell.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Replays a saved session and checks that it reproduces: exit 0 when every recorded value came
 * out again, 1 on a difference or a failing snippet, 2 when the file cannot be used.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replays a saved session and checks that it reproduces.")
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE.jsh", description = "The script to replay.")
    Path file;

    @Option(names = "--all", paramLabel = "DIR",
            description = "Replays every .jsh script in DIR, each in its own JVM.")
    Path all;

    @Option(names = "--tolerance", paramLabel = "X", defaultValue = "0",
            description = "Numbers in values may differ by up to X (default: exactly equal).")
    double tolerance;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "With --all: time limit per script (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--memory", paramLabel = "SIZE", defaultValue = "1g",
            description = "With --all: heap limit per script, as -Xmx (default: ${DEFAULT-VALUE}).")
    String memory;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "0",
            description = "With --all: scripts replayed at once (default: the number of cores).")
    int jobs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "With --all: where to write replay-summary.csv and .html (default: DIR).")
    Path out;

    @Option(names = "--result-file", hidden = true,
            description = "Writes the outcome for a batch run to this file.")
    Path resultFile;

    @Override
    public Integer call() {
        Console console = Console.current();
        if ((file == null) == (all == null)) {
            console.println(Messages.text("replay.usage"));
            return 2;
        }
        if (all != null) {
            return new BatchReplay(timeout, memory, jobs, tolerance).run(all, out, console);
        }
        return replayOne(console);
    }

    private int replayOne(Console console) {
        BatchResult.Sink result = new BatchResult.Sink(resultFile);
        try {
            Script script = Script.parse(ScriptFile.read(file));
            return replay(script, console, result);
        } catch (ScriptFile.Unusable e) {
            console.println(e.getMessage());
            result.unusable(e.getMessage());
            return 2;
        }
    }

    private int replay(Script script, Console console, BatchResult.Sink result)
            throws ScriptFile.Unusable {
        try (Engine engine = new Engine()) {
            Optional<String> problem = Replayer.unusable(script, engine);
            if (problem.isPresent()) {
                throw new ScriptFile.Unusable(problem.get());
            }
            Headless.configure(file);
            Replay replay = Headless.quietly(() -> new Replayer(tolerance).replay(script, engine));
            new ReplayReport(console).print(replay);
            result.finished(replay);
            return replay.ok() ? 0 : 1;
        }
    }
}
