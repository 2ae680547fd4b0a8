package nnshell.bench;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Runs the benchmark workloads and prints steps per second. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Runs the benchmark workloads and prints steps per second.")
public final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'bench' is not built yet.");
        return 1;
    }
}
