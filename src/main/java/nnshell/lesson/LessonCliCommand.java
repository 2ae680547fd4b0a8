package nnshell.lesson;

import java.util.concurrent.Callable;

import nnshell.console.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Starts the shell in a lesson ({@code ./nnshell lesson 2}): sets the system property
 * {@code nnshell.lesson} and starts the shell, whose start-up begins that lesson.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Starts the shell in a lesson (a number or a name, e.g. 2 or neuron).")
public final class LessonCliCommand implements Callable<Integer> {

    @Mixin
    nnshell.cli.CommonOptions common = new nnshell.cli.CommonOptions();

    @Parameters(paramLabel = "ID", description = "The lesson's number or name.")
    String id;

    @Override
    public Integer call() throws Exception {
        Library library = Library.load(Library.defaultDir(), Lang.locale());
        if (library.find(id).isEmpty()) {
            String near = library.nearest(id)
                    .map(l -> Msg.text(Lang.locale(), "cli.didYouMean", l.id(), l.slug()))
                    .orElse("");
            System.err.println(Msg.text(Lang.locale(), "cli.unknownLesson", id) + near);
            return 2;
        }
        System.setProperty(LessonStartup.PROPERTY, id);
        return new nnshell.cli.ShellCommand().call();
    }
}
