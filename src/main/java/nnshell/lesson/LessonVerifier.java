package nnshell.lesson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nnshell.console.Console;
import nnshell.shell.spi.EvalResult;

/**
 * Runs every lesson headless, as {@code ./nnshell lessons --check} does: in a fresh engine
 * per lesson and language, each step's code must run, each exercise's deliberately wrong
 * answers must fail its checks and its reference solution must pass them.
 */
public final class LessonVerifier {
    private static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"));

    private final PrintStream report;
    private final Locale reportLocale;

    /** A verifier that writes its report to {@code report} in {@code reportLocale}. */
    public LessonVerifier(PrintStream report, Locale reportLocale) {
        this.report = report;
        this.reportLocale = reportLocale;
    }

    /** Verifies every lesson in {@code dir}; the problems found, none when all is well. */
    public List<String> verifyAll(Path dir) {
        Library library = Library.load(dir, reportLocale);
        List<String> problems = new ArrayList<>(library.problems());
        library.problems().forEach(p -> report.println("! " + p));
        for (Lesson lesson : library.lessons()) {
            if (lesson.coming()) {
                report.println(Msg.text(reportLocale, "verify.coming", lesson.id(),
                        lesson.title().in(reportLocale)));
                continue;
            }
            for (Locale language : LANGUAGES) {
                problems.addAll(verify(lesson, language));
            }
        }
        long checked = library.lessons().stream().filter(l -> !l.coming()).count();
        report.println(problems.isEmpty() ? Msg.text(reportLocale, "verify.allGood",
                checked) : Msg.text(reportLocale, "verify.problems",
                problems.size()));
        return problems;
    }

    /** Verifies one lesson in one language; the problems found. */
    public List<String> verify(Lesson lesson, Locale language) {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        String previousLang = System.getProperty("nnshell.lang");
        PrintStream previousOut = System.out;
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(transcript, true, StandardCharsets.UTF_8);
        String previousPlots = System.getProperty("nnshell.plots");
        System.setProperty("nnshell.lang", language.getLanguage());
        if (previousPlots == null) {
            System.setProperty("nnshell.plots", "off");
        }
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        Path state = null;
        try {
            state = Files.createTempDirectory("nnshell-lesson-check");
            try (HeadlessContext context =
                    HeadlessContext.start(Console.plain(quiet), language, state)) {
                int exercises = 0;
                for (int i = 0; i < lesson.steps().size(); i++) {
                    exercises += verifyStep(lesson, lesson.steps().get(i), context, language,
                            problems) ? 1 : 0;
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                report.println(Msg.text(reportLocale, problems.isEmpty() ? "verify.lessonOk"
                        : "verify.lessonBad", lesson.id(), lesson.slug(),
                        language.getLanguage(), lesson.steps().size(), exercises, ms));
            }
        } catch (IOException e) {
            problems.add(lesson.file() + ": " + e.getMessage());
        } finally {
            System.setOut(previousOut);
            restore("nnshell.lang", previousLang);
            restore("nnshell.plots", previousPlots);
            deleteQuietly(state);
        }
        problems.forEach(p -> report.println("  ! " + p));
        return problems;
    }

    /** Checks one step; true when it is an exercise. */
    private boolean verifyStep(Lesson lesson, Step step, HeadlessContext context,
            Locale language, List<String> problems) {
        String where = lesson.file() + ":" + step.line() + " [" + language.getLanguage() + "] ";
        for (String code : step.setup()) {
            runExpectingSuccess(context, code, where + "setup", problems);
        }
        int mark = context.history().size();
        for (String code : step.tryRun()) {
            runExpectingSuccess(context, code, where + "java", problems);
        }
        if (!step.isExercise()) {
            return false;
        }
        Checker checker = new Checker(context, language, lesson.steps(), lesson.checkMillis());
        for (int i = 0; i < step.wrong().size(); i++) {
            context.eval(step.wrong().get(i));
            List<String> failures = checker.failures(step, mark);
            if (failures.isEmpty()) {
                problems.add(where + Msg.text(reportLocale, "verify.wrongPasses", i + 1));
            }
            failures.stream().filter(f -> f.matches("[a-z]+\\.[A-Za-z.]+"))
                    .forEach(f -> problems.add(where + Msg.text(reportLocale,
                            "verify.untranslated", f)));
        }
        runExpectingSuccess(context, step.solution(), where + "solution", problems);
        for (String failure : checker.failures(step, mark)) {
            problems.add(where + Msg.text(reportLocale, "verify.solutionFails", failure));
        }
        return true;
    }

    private void runExpectingSuccess(HeadlessContext context, String code, String where,
            List<String> problems) {
        for (EvalResult r : context.eval(code)) {
            if (!r.ok()) {
                problems.add(where + ": " + Msg.text(reportLocale, "verify.codeFails",
                        r.source().lines().findFirst().orElse(""), r.status(),
                        oneLine(r.message())));
            }
        }
    }

    /** A compiler message on one line, without jshell's "location: class" noise. */
    static String oneLine(String message) {
        return message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("location:"))
                .filter(l -> !l.matches("[\\^\\-~ ]+"))
                .collect(java.util.stream.Collectors.joining(" ")).replaceAll("\\s+", " ");
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
