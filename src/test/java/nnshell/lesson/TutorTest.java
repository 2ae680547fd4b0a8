package nnshell.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.shell.spi.Command;
import nnshell.shell.spi.ShellContext;
import nnshell.shell.spi.StartupHook;
import nnshell.testkit.Printed;

/** Drives the lesson commands, as the shell's service loader finds them, on lesson 2. */
class TutorTest {
    @TempDir
    Path state;
    private final Printed out = new Printed();
    private HeadlessContext context;

    @BeforeEach
    void start() {
        context = open(Locale.ENGLISH);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private HeadlessContext open(Locale locale) {
        return HeadlessContext.start(out.console(), locale, state);
    }

    private boolean command(ShellContext ctx, String line) {
        String name = line.split(" ", 2)[0].substring(1);
        String args = line.contains(" ") ? line.split(" ", 2)[1] : "";
        for (Command c : java.util.ServiceLoader.load(Command.class)) {
            if (c.names().contains(name)) {
                return c.run(args, ctx);
            }
        }
        throw new AssertionError("no command /" + name + " registered");
    }

    private String output() {
        String text = out.text();
        out.clear();
        return text;
    }

    @Test
    void exerciseIsCheckedAgainstTheSessionAndProgressIsSaved() {
        assertThat(command(context, "/lesson neuron")).isTrue();
        assertThat(output()).contains("step 1 of 8", "A weighted sum", "double[] w =");
        context.eval("double[] w = {-1.5, 1.0, 1.0};\ndouble[] x = {1.0, 1.0};");
        assertThat(command(context, "/next")).isTrue();

        assertThat(command(context, "/next")).isFalse();
        assertThat(output()).contains("not solved yet");
        assertThat(command(context, "/check")).isFalse();
        assertThat(output()).contains("There is no variable `sum` yet");

        context.eval("double sum = w[1] * x[0] + w[2] * x[1];");
        assertThat(command(context, "/check")).isFalse();
        assertThat(output()).contains("`sum`: expected 0.5, found 2.");

        // any form of the right answer passes: here an int-free expression in another order
        context.eval("var sum = x[1] * w[2] + 1.0 * w[0] + x[0] * w[1];");
        assertThat(command(context, "/check")).isTrue();
        assertThat(output()).contains("Correct!");
        assertThat(Progress.load(state).done("2")).containsExactly(1);
        assertThat(command(context, "/next")).isTrue();
        assertThat(Progress.load(state).step("2")).isEqualTo(2);
    }

    @Test
    void hintsSolutionSkipWhereAndBack() {
        command(context, "/lesson 2");
        command(context, "/skip");
        assertThat(output()).contains("Running the code of this step");
        assertThat(context.variable("w")).isPresent();
        assertThat(command(context, "/hint")).isTrue();
        assertThat(output()).contains("Hint 1 of 1", "w[0]");
        assertThat(command(context, "/hint")).isFalse();
        assertThat(output()).contains("No more hints");
        assertThat(command(context, "/solution")).isTrue();
        assertThat(output()).contains("double sum = w[0] + w[1] * x[0] + w[2] * x[1];");
        assertThat(context.variableNames()).doesNotContain("sum");

        assertThat(command(context, "/skip")).isTrue();
        assertThat(context.variable("sum")).contains(0.5);
        assertThat(output()).contains("step 3 of 8", "A threshold unit");
        assertThat(command(context, "/where")).isTrue();
        assertThat(output()).contains("Lesson 2: The artificial neuron", "step 3 of 8");
        assertThat(command(context, "/back")).isTrue();
        assertThat(output()).contains("step 2 of 8", "You have solved this exercise");
    }

    @Test
    void resumingInANewSessionRestoresTheEarlierSteps() {
        command(context, "/lesson 2");
        command(context, "/next");
        command(context, "/skip");
        command(context, "/skip");
        assertThat(Progress.load(state).step("2")).isEqualTo(3);
        context.close();

        context = open(Locale.ENGLISH);
        output();
        assertThat(command(context, "/lesson 2")).isTrue();
        assertThat(output()).contains("Resuming lesson 2", "step 4 of 8", "AND");
        assertThat(context.variable("sum")).contains(0.5);
        context.eval("double[] and = {-2, 1.5, 1};");
        assertThat(command(context, "/check")).isTrue();
    }

    @Test
    void listingShowsProgressAndResetForgetsIt() {
        command(context, "/lesson 2");
        command(context, "/next");
        output();
        assertThat(command(context, "/lesson")).isTrue();
        assertThat(output()).containsPattern("0\\s+A tour of the shell\\s+not started")
                .containsPattern("2\\s+The artificial neuron\\s+step 2 of 8");
        assertThat(command(context, "/lesson reset")).isFalse();
        assertThat(output()).contains("/lesson reset needs one lesson");
        assertThat(command(context, "/lesson reset 2")).isTrue();
        assertThat(Progress.load(state).started("2")).isFalse();
        assertThat(command(context, "/next")).isFalse();
        assertThat(output()).contains("No lesson is running");
    }

    @Test
    void aMistypedLessonGetsTheNearestName() {
        assertThat(command(context, "/lesson nueron")).isFalse();
        assertThat(output()).contains("There is no lesson \"nueron\"",
                "Did you mean /lesson 2 (neuron)?");
        assertThat(command(context, "/next please")).isFalse();
        assertThat(output()).contains("/next takes no arguments, but got \"please\"");
    }

    @Test
    void polishSessionsSpeakPolish() {
        context.close();
        context = open(Locale.forLanguageTag("pl"));
        command(context, "/lesson 2");
        command(context, "/next");
        command(context, "/check");
        assertThat(output()).contains("Lekcja 2: Sztuczny neuron", "Policz sumę",
                "Nie ma jeszcze zmiennej `sum`");
    }

    @Test
    void checksLeaveNoTraceInTheHistory() throws Exception {
        command(context, "/lesson 2");
        command(context, "/next");
        command(context, "/skip");
        int before = context.history().size();
        context.eval("int fire(double[] w, double x1, double x2) { return 1; }");
        command(context, "/check");
        assertThat(output()).contains("`fire` does not give 1 exactly when",
                "fire({0, 1, 1}, 0, 0) = 1");
        assertThat(context.history()).hasSize(before + 1);
        assertThat(Files.exists(state.resolve(Progress.FILE_NAME))).isTrue();
    }

    @Test
    void theStartupHookBeginsTheLessonNamedOnTheCommandLine() {
        System.setProperty(LessonStartup.PROPERTY, "neuron");
        boolean found = false;
        for (StartupHook hook : java.util.ServiceLoader.load(StartupHook.class)) {
            if (hook instanceof LessonStartup) {
                hook.started(context, false);
                found = true;
            }
        }
        assertThat(found).isTrue();
        assertThat(System.getProperty(LessonStartup.PROPERTY)).isNull();
        assertThat(output()).contains("Starting lesson 2: The artificial neuron.",
                "step 1 of 8");
        assertThat(Tutor.of(context).lesson()).isPresent();
    }

    @Test
    void theCommandLineRefusesAnUnknownLessonWithASuggestion() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        var cli = nnshell.cli.Main.commandLine();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(cli.execute("lesson", "nueron")).isEqualTo(2);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "There is no lesson \"nueron\"; ./nnshell lessons lists them.",
                "Did you mean 2 (neuron)?");
    }

    @Test
    void aFinishedLessonIsMarkedAndStartsAgainFromTheTop() {
        command(context, "/lesson 0");
        for (int i = 0; i < 6; i++) {
            assertThat(command(context, "/skip")).isTrue();
        }
        assertThat(output()).contains("Lesson 0, \"A tour of the shell\", is finished.",
                "Next: /lesson 1");
        assertThat(context.variable("secondsPerDay")).contains(86400);
        assertThat(Progress.load(state).finished("0")).isTrue();
        command(context, "/lesson");
        assertThat(output()).containsPattern("0\\s+A tour of the shell\\s+finished");
        command(context, "/lesson 0");
        assertThat(output()).contains("You have finished this lesson before", "step 1 of 6");
    }

    @Test
    void theLessonListKeepsItsColumnsAlignedInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"))) {
            HeadlessContext ctx = open(locale);
            try {
                output();
                command(ctx, "/lesson");
                List<String> rows = output().lines().filter(l -> l.matches("\\s+\\d+ .*"))
                        .toList();
                assertThat(rows).hasSizeGreaterThan(8);
                java.util.Set<Integer> stateColumns = new java.util.HashSet<>();
                for (String row : rows) {
                    int at = Math.max(row.lastIndexOf("not started"),
                            Math.max(row.lastIndexOf("nierozpocz"), row.lastIndexOf("(")));
                    assertThat(at).as(row).isPositive();
                    stateColumns.add(Tutor.columns(row.substring(0, at)));
                }
                assertThat(stateColumns).as(String.join("\n", rows)).hasSize(1);
            } finally {
                ctx.close();
            }
        }
    }
}
