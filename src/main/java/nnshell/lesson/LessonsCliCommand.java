package nnshell.lesson;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Lists lessons, or checks every lesson headless. */
@Command(name = "lessons", mixinStandardHelpOptions = true, description = "Lists lessons, or checks every lesson headless.")
public final class LessonsCliCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'lessons' is not built yet.");
        return 1;
    }
}
