package nnshell.session;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Exports a saved session as one self-contained HTML file. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports a saved session as one self-contained HTML file.")
public final class ExportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'export' is not built yet.");
        return 1;
    }
}
