package nnshell.lesson;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import nnshell.console.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists lessons, or checks every lesson headless ({@code ./nnshell lessons --check}). */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "Lists lessons, or checks every lesson headless (--check).")
public final class LessonsCliCommand implements Callable<Integer> {

    @Mixin
    nnshell.cli.CommonOptions common = new nnshell.cli.CommonOptions();

    @Option(names = "--check", description = "Run every lesson headless in English and Polish:"
            + " reference solutions must pass their checks, wrong answers must fail them.")
    boolean check;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where the lesson files are (default: lessons/ of the install).")
    Path dir;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Locale locale = Lang.locale();
        Path lessons = dir != null ? dir : Library.defaultDir();
        if (check) {
            List<String> problems = new LessonVerifier(out, locale).verifyAll(lessons);
            return problems.isEmpty() ? 0 : 1;
        }
        Library library = Library.load(lessons, locale);
        for (Lesson l : library.lessons()) {
            String note = l.coming() ? "  " + Msg.text(locale, "tutor.coming") : "";
            out.printf("%3s  %-16s %s%s%n", l.id(), l.slug(), l.title().in(locale), note);
        }
        library.problems().forEach(p -> out.println("! " + p));
        return library.problems().isEmpty() ? 0 : 1;
    }
}
