package nnshell.cli;

import java.util.concurrent.Callable;

/** Starts the interactive shell (the default when no subcommand is given). */
public class ShellCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("The interactive shell is not built yet.");
        return 1;
    }
}
