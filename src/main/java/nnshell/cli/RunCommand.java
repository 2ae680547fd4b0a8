package nnshell.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Runs a .jsh script headless and exits 0 only if every snippet succeeded. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs a .jsh script headless and exits 0 only if every snippet succeeded.")
public final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'run' is not built yet.");
        return 1;
    }
}
