package nnshell.lesson;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Starts the shell in a lesson. */
@Command(name = "lesson", mixinStandardHelpOptions = true, description = "Starts the shell in a lesson.")
public final class LessonCliCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'lesson' is not built yet.");
        return 1;
    }
}
