package nnshell.lesson;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

import org.jline.utils.WCWidth;

import nnshell.console.Console;
import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/**
 * Steps a student through a lesson inside a running shell: shows each step, checks
 * exercises against the session, gives hints, and saves progress after every step.
 *
 * <p>One tutor per shell session; the slash commands in {@link LessonCommands} drive it.
 */
public final class Tutor {
    private static final Map<ShellContext, Tutor> TUTORS = new WeakHashMap<>();
    private static final System.Logger LOG = System.getLogger(Tutor.class.getName());

    // weak: the map's value must not keep its weak key alive, or no session is ever let go
    private final WeakReference<ShellContext> session;
    private final Set<String> startedHere = new HashSet<>();
    private Library library;
    private Progress progress;
    private Lesson lesson;
    private int step;
    private int historyMark;
    private int hintsShown;

    private Tutor(ShellContext context) {
        this.session = new WeakReference<>(context);
    }

    /** The tutor of a shell session, made on first use. */
    public static synchronized Tutor of(ShellContext context) {
        return TUTORS.computeIfAbsent(context, Tutor::new);
    }

    /** Lists the lessons with each one's progress. */
    public boolean list() {
        Library lib = library();
        say("tutor.listHeader");
        int width = lib.lessons().stream().mapToInt(l -> columns(l.title().in(locale())))
                .max().orElse(0);
        for (Lesson l : lib.lessons()) {
            String state = l.coming() ? msg("tutor.coming") : state(l);
            String title = l.title().in(locale());
            console().println(String.format("  %2s  %s %s", l.id(),
                    title + " ".repeat(width - columns(title)), state));
        }
        lib.problems().forEach(p -> console().println("  ! " + p));
        say("tutor.listFooter");
        return lib.problems().isEmpty();
    }

    /** How many terminal columns text takes (wide and combining characters counted right). */
    static int columns(String text) {
        return text.codePoints().map(c -> Math.max(0, WCWidth.wcwidth(c))).sum();
    }

    private Checker checker() {
        return new Checker(context(), locale(), lesson.steps(), lesson.checkMillis());
    }

    private String state(Lesson l) {
        Progress p = progress();
        if (p.finished(l.id())) {
            return msg("tutor.stateFinished");
        }
        if (!p.started(l.id())) {
            return msg("tutor.stateNew");
        }
        return msg("tutor.stateAt", p.step(l.id()) + 1, l.steps().size());
    }

    /** Starts the lesson named by {@code idOrSlug}, or resumes it where it stopped. */
    public boolean start(String idOrSlug) {
        Optional<Lesson> found = library().find(idOrSlug);
        if (found.isEmpty()) {
            return unknownLesson(idOrSlug);
        }
        Lesson chosen = found.get();
        if (chosen.coming()) {
            say("tutor.comingLater", chosen.id(), chosen.title().in(locale()));
            return false;
        }
        lesson = chosen;
        int resumeAt = Math.min(progress().step(chosen.id()), chosen.steps().size() - 1);
        if (progress().finished(chosen.id())) {
            say("tutor.again", chosen.id());
            resumeAt = 0;
        }
        if (resumeAt > 0 && startedHere.add(chosen.id())) {
            restore(resumeAt);
        }
        startedHere.add(chosen.id());
        say(resumeAt > 0 ? "tutor.resuming" : "tutor.starting", chosen.id(),
                chosen.title().in(locale()));
        return enter(resumeAt);
    }

    private boolean unknownLesson(String typed) {
        Optional<Lesson> near = library().nearest(typed);
        if (near.isPresent()) {
            say("tutor.unknownLessonNear", typed, near.get().id(), near.get().slug());
        } else {
            say("tutor.unknownLesson", typed);
        }
        return false;
    }

    /** Forgets the progress of the lesson named by {@code idOrSlug}. */
    public boolean reset(String idOrSlug) {
        Optional<Lesson> found = library().find(idOrSlug);
        if (found.isEmpty()) {
            return unknownLesson(idOrSlug);
        }
        progress().reset(found.get().id());
        startedHere.remove(found.get().id());
        if (lesson != null && lesson.id().equals(found.get().id())) {
            lesson = null;
        }
        say("tutor.reset", found.get().id(), found.get().title().in(locale()));
        return save();
    }

    /** Says how {@code /lesson reset} is used; false, as nothing was reset. */
    boolean resetUsage() {
        say("tutor.resetUsage");
        return false;
    }

    /** Moves to the next step; an unsolved exercise must be checked or skipped first. */
    public boolean next() {
        if (!active()) {
            return false;
        }
        Step current = current();
        if (current.isExercise() && !progress().done(lesson.id()).contains(step)) {
            say("tutor.notDone");
            return false;
        }
        if (step + 1 >= lesson.steps().size()) {
            return finish();
        }
        return enter(step + 1);
    }

    /** Goes back one step (the session keeps its state). */
    public boolean back() {
        if (!active()) {
            return false;
        }
        if (step == 0) {
            say("tutor.atStart");
            return false;
        }
        return enter(step - 1);
    }

    /** Shows the next hint of the current exercise. */
    public boolean hint() {
        if (!active()) {
            return false;
        }
        List<Text> hints = current().hints();
        if (hints.isEmpty() || hintsShown >= hints.size()) {
            say(hints.isEmpty() ? "tutor.noHints" : "tutor.noMoreHints");
            return false;
        }
        say("tutor.hint", hintsShown + 1, hints.size());
        console().println(hints.get(hintsShown++).in(locale()));
        return true;
    }

    /** Checks the current exercise against the session's state. */
    public boolean check() {
        if (!active()) {
            return false;
        }
        if (!current().isExercise()) {
            say("tutor.nothingToCheck");
            return false;
        }
        List<String> failures = checker().failures(current(), historyMark);
        if (!failures.isEmpty()) {
            say("tutor.checkFailed");
            failures.forEach(f -> console().println("  - " + f));
            say(current().hints().isEmpty() ? "tutor.checkFailedNext"
                    : "tutor.checkFailedHint");
            return false;
        }
        progress().markDone(lesson.id(), step);
        say("tutor.checkPassed");
        return save();
    }

    /** Shows the reference solution without running it. */
    public boolean solution() {
        if (!active()) {
            return false;
        }
        if (!current().isExercise()) {
            say("tutor.nothingToCheck");
            return false;
        }
        say("tutor.solution");
        printCode(current().solution());
        return true;
    }

    /**
     * Runs the reference solution so later steps work, then moves on; on a step without an
     * exercise, runs its code to try instead.
     */
    public boolean skip() {
        if (!active()) {
            return false;
        }
        Step current = current();
        if (!current.isExercise() && !current.tryRun().isEmpty()) {
            say("tutor.skippingTry");
            current.tryRun().forEach(code -> {
                printCode(code);
                run(code);
            });
        }
        if (current.isExercise()) {
            say("tutor.skipping");
            printCode(current.solution());
            boolean ran = run(current.solution());
            List<String> failures = checker().failures(current, 0);
            if (!ran || !failures.isEmpty()) {
                say("tutor.solutionBroken", lesson.file().getFileName(), current.line());
                failures.forEach(f -> console().println("  - " + f));
            }
            progress().markDone(lesson.id(), step);
        }
        return step + 1 >= lesson.steps().size() ? finish() : enter(step + 1);
    }

    /** Says which lesson and step the student is at, and shows the step again. */
    public boolean where() {
        if (!active()) {
            return false;
        }
        show();
        return true;
    }

    /** The lesson running now, if any (for the shell's prompt or status). */
    public Optional<Lesson> lesson() {
        return Optional.ofNullable(lesson);
    }

    /** The index (from 0) of the current step. */
    public int step() {
        return step;
    }

    private boolean enter(int index) {
        step = index;
        hintsShown = 0;
        Step entered = current();
        for (String setup : entered.setup()) {
            run(setup);
        }
        historyMark = context().history().size();
        progress().setStep(lesson.id(), step);
        show();
        return save();
    }

    private boolean finish() {
        progress().markFinished(lesson.id());
        say("tutor.finished", lesson.id(), lesson.title().in(locale()));
        List<Lesson> all = library().lessons();
        int at = all.indexOf(lesson);
        all.stream().skip(at + 1L).filter(l -> !l.coming()).findFirst()
                .ifPresent(l -> say("tutor.nextLesson", l.id(), l.title().in(locale())));
        lesson = null;
        return save();
    }

    /** Runs the code and solutions of the steps before {@code upTo}, so their state exists. */
    private void restore(int upTo) {
        say("tutor.restoring", upTo);
        int failed = 0;
        for (Step earlier : lesson.steps().subList(0, upTo)) {
            for (String code : earlier.setup()) {
                failed += run(code) ? 0 : 1;
            }
            for (String code : earlier.tryRun()) {
                failed += run(code) ? 0 : 1;
            }
            if (earlier.isExercise()) {
                failed += run(earlier.solution()) ? 0 : 1;
            }
        }
        if (failed > 0) {
            say("tutor.restoreFailed", failed);
        }
    }

    private void show() {
        Step s = current();
        console().println("");
        String header = msg("tutor.header", lesson.id(), lesson.title().in(locale()),
                step + 1, lesson.steps().size()) + "  " + s.title().in(locale());
        // bold where the terminal understands ANSI; plain for pipes and --no-color
        console().println(console().ansi() ? "\u001b[1m" + header + "\u001b[0m" : header);
        console().println("");
        console().println(s.text().in(locale()).strip());
        if (!s.tryCode().isEmpty()) {
            console().println("");
            say("tutor.try");
            s.tryCode().forEach(this::printCode);
        }
        console().println("");
        if (s.isExercise()) {
            boolean done = progress().done(lesson.id()).contains(step);
            say(done ? "tutor.exerciseDone" : "tutor.exercise");
        } else {
            say(step + 1 < lesson.steps().size() ? "tutor.continue" : "tutor.lastStep");
        }
    }

    private void printCode(String code) {
        code.lines().forEach(line -> console().println("    " + line));
    }

    /** Runs code as the student's own input; false (after saying why) if any part failed. */
    private boolean run(String code) {
        boolean ok = true;
        for (EvalResult result : context().eval(code)) {
            if (!result.ok()) {
                ok = false;
                say("tutor.codeFailed", result.source().lines().findFirst().orElse(""),
                        result.message());
            }
        }
        return ok;
    }

    private boolean active() {
        if (lesson == null) {
            say("tutor.noLesson");
            return false;
        }
        return true;
    }

    private Step current() {
        return lesson.steps().get(step);
    }

    private boolean save() {
        try {
            progress().save();
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save lesson progress", e);
            say("tutor.saveFailed", context().stateDir(), e.getMessage());
            return false;
        }
    }

    private Library library() {
        if (library == null) {
            library = Library.load(Library.defaultDir(), locale());
        }
        return library;
    }

    private Progress progress() {
        if (progress == null) {
            progress = Progress.load(context().stateDir());
        }
        return progress;
    }

    /** The lessons this tutor knows, for completion. */
    List<Lesson> lessons() {
        return library().lessons();
    }

    /** The session; callers reach a tutor through it, so it is still there. */
    private ShellContext context() {
        return session.get();
    }

    private Locale locale() {
        return context().locale();
    }

    private Console console() {
        return context().console();
    }

    private String msg(String key, Object... args) {
        return Msg.text(locale(), key, args);
    }

    private void say(String key, Object... args) {
        console().println(msg(key, args));
    }
}
