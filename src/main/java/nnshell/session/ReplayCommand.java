package nnshell.session;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Replays a saved session and checks that it reproduces. */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Replays a saved session and checks that it reproduces.")
public final class ReplayCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'replay' is not built yet.");
        return 1;
    }
}
