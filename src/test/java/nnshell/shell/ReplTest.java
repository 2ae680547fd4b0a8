package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive shell driven through its streams: each bad input of issue 2, and more. */
class ReplTest {
    @TempDir
    Path state;

    @Test
    void printsValuesAsJshellDoes() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("int x = 3;", "x + 1", "var t = Tensor.of(1, 2, 3);");
            assertThat(screen).contains("x ==> 3").contains("$1 ==> 4")
                    .contains("t ==> tensor([1., 2., 3.]");
        }
    }

    @Test
    void multiLineSnippetContinuesUntilComplete() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("int twice(int n) {", "    return 2 * n;", "}",
                    "twice(21)");
            assertThat(screen).contains("created method twice(int)").contains("==> 42");
        }
    }

    @Test
    void twoEmptyLinesEndAnUnbalancedSnippetWithItsError() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("for (int i = 0; i < 3; i++ { }", "", "",
                    "int after = 3;");
            assertThat(screen).contains("Error:").contains("after ==> 3");
        }
    }

    @Test
    void syntaxErrorShowsTheLineWithACaret() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("int y = 5 +* 2;", "int after = 1;");
            assertThat(screen).contains("Error: illegal start of expression")
                    .contains("    int y = 5 +* 2;\n               ^")
                    .contains("after ==> 1");
        }
    }

    @Test
    void theCaretStandsUnderTheErrorAfterWideCharacters() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            // each of 数据 takes two columns on screen: the caret moves four, not two
            String screen = shell.run("String s = \"数据\" + countr;");
            assertThat(screen).contains("    String s = \"数据\" + countr;\n"
                    + " ".repeat(24) + "^----^");
        }
    }

    @Test
    void unknownNameGetsTheNearestSuggestion() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("int counter = 1;", "int z = countr + 1;",
                    "var t = Tensr.of(1);");
            assertThat(screen).contains("cannot find symbol")
                    .contains("    int z = countr + 1;\n            ^----^")
                    .contains("Did you mean \"counter\"?")
                    .contains("Did you mean \"Tensor\"?");
        }
    }

    @Test
    void misspeltMemberOrClassGetsTheNearestOne() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("var t = Tensor.of(1, 2);", "t.sizee()", "Math.sqr(2)",
                    "Sytem.out.println(1)", "int n = t . sizee() + Math.PII;",
                    "t.frobnicate()");
            assertThat(screen).contains("Did you mean \"size\"?")
                    .contains("Did you mean \"sqrt\"?")
                    .contains("package Sytem does not exist\n    Sytem.out.println(1)")
                    .contains("Did you mean \"System\"?")
                    .contains("Did you mean \"PI\"?");
            String unknown = screen.substring(screen.lastIndexOf("t.frobnicate()"));
            assertThat(unknown).doesNotContain("Did you mean");
        }
    }

    @Test
    void docOfAMisspeltNameSuggestsTheNearestDocumentedOne() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("/doc Tensr", "/doc Tensor.zeroes", "/doc Sequential.fitt",
                    "/doc Qwzxyv");
            assertThat(screen)
                    .contains("No documentation found for \"Tensr\". Did you mean \"Tensor\"?"
                            + " Type /doc Tensor")
                    .contains("Did you mean \"Tensor.zeros\"?")
                    .contains("Did you mean \"Sequential.fit\"?")
                    .contains("No documentation found for \"Qwzxyv\". Check the spelling");
        }
    }

    @Test
    void exceptionShowsMessageAndOnlyTheStudentsFrames() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("int half(int[] a) { return a[a.length]; }",
                    "half(new int[2])", "/trace");
            assertThat(screen)
                    .contains("ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 2")
                    .contains("at half (#").contains("at your snippet (#")
                    .contains("(/trace shows the full stack trace)");
            String shown = screen.substring(0, screen.indexOf("(/trace shows"));
            assertThat(shown).doesNotContain("jdk.").doesNotContain("java.base");
            assertThat(screen.substring(screen.indexOf("(/trace shows")))
                    .contains("java.lang.ArrayIndexOutOfBoundsException");
        }
    }

    /** Issue 2: a lambda's frame read "lambda$do_it$$0". */
    @Test
    void aLambdasFrameSaysItIsALambdaAndWhere() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run(
                    "Runnable boom = () -> { throw new IllegalStateException(\"boom\"); };",
                    "boom.run()",
                    "void each() { List.of(1).forEach(i -> { throw new RuntimeException(); }); }",
                    "each()", "/trace");
            assertThat(screen).contains("IllegalStateException: boom\n"
                    + "      at a lambda in your snippet (#")
                    .contains("      at a lambda in each (#")
                    .contains("      at each (#")
                    .containsPattern("\tat a lambda in each \\(snippet #\\d+, line 1\\)")
                    .doesNotContain("lambda$");
        }
    }

    @Test
    void endlessRecursionShowsItsFrameOnceAndSaysWhatIsWrong() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("int inf(int n) { return inf(n + 1); }", "inf(0)",
                    "int after = 5;");
            assertThat(screen).contains("StackOverflowError")
                    .containsPattern("\\.\\.\\. the line above \\d+ more times")
                    .contains("calls itself without end")
                    .contains("after ==> 5");
            assertThat(screen.split("at inf \\(#", -1).length - 1).as("frames shown")
                    .isLessThanOrEqualTo(2);
        }
    }

    @Test
    void nullPointerNamesTheStudentsVariableAndTraceNamesTheSnippet() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("String s = null;", "s.length()", "/trace");
            assertThat(screen).contains("because \"s\" is null").doesNotContain("$JShell$")
                    .containsPattern("at snippet #\\d+, line 1").doesNotContain("at .(#");
        }
    }

    @Test
    void systemExitIsRefusedAndTheShellLivesOn() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("int before = 7;", "System.exit(1);",
                    "void quit() { Runtime.getRuntime().halt(2); }", "before * 6");
            assertThat(screen).contains("Refused: this snippet calls System.exit")
                    .contains("Refused: this snippet calls Runtime.halt")
                    .contains("==> 42");
            assertThat(shell.shell().engine().jshell().methods()).isEmpty();
        }
    }

    @Test
    void systemExitByReflectionIsRefusedWithTheSameSentence() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("int still = 8;",
                    "Runtime.class.getMethod(\"halt\", int.class)"
                            + ".invoke(Runtime.getRuntime(), 0);",
                    "System.class.getMethod(\"exit\", int.class).invoke(null, 7);",
                    "still * 5");
            assertThat(screen).contains("Refused: this snippet calls Runtime.halt, which would")
                    .contains("Refused: this snippet calls System.exit, which would")
                    .contains("==> 40").doesNotContain("SecurityException");
        }
    }

    @Test
    void brokenStartupScriptNamesFileAndLineAndTheShellStarts() throws Exception {
        Path script = state.resolve("broken.jsh");
        Files.writeString(script, "int fine = 1;\n// a comment\nint broken = ;\n");
        try (ShellDriver shell = new ShellDriver(state, List.of(script))) {
            String screen = shell.run("fine + 1");
            assertThat(screen).contains("Startup script " + script + ", line 3 failed")
                    .contains("int broken = ;")
                    .contains("==> 2");
        }
    }

    @Test
    void aStartupScriptThatCannotBeReadSaysWhyAndABomIsSkipped() throws Exception {
        Path missing = state.resolve("nope.jsh");
        Path folder = Files.createDirectory(state.resolve("scripts"));
        Path bom = state.resolve("bom.jsh");
        Files.writeString(bom, "\uFEFFint fromBom = 40;\n");
        Files.writeString(state.resolve("open.jsh"), "\uFEFFint opened = 2;\n");
        try (ShellDriver shell = new ShellDriver(state, List.of(missing, folder, bom))) {
            String screen = shell.run("fromBom + 2", "/open " + state.resolve("open.jsh"),
                    "/open " + folder);
            assertThat(screen).contains("Startup script " + missing + " could not be read: "
                    + "no such file (relative paths start at ")
                    .contains("The shell starts without it; check the path given to --startup.")
                    .contains("Startup script " + folder + " could not be read: it is a folder")
                    .contains("==> 42").contains("opened ==> 2")
                    .contains("Cannot open \"" + folder + "\": it is a folder, not a file.")
                    .doesNotContain("illegal character");
        }
    }

    @Test
    void stopsARunningLoopAndKeepsEarlierDefinitions() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.type("int survivor = 41;");
            shell.waitFor("survivor ==> 41");
            shell.type("while (true) { }");
            assertThat(pressCtrlCWhileRunning(shell, "Stopped.")).isLessThan(1.0);
            String screen = shell.run("survivor + 1");
            assertThat(screen).contains("==> 42");
        }
    }

    @Test
    void ctrlCStopsALoopThatCatchesThrowableAndCatchingStillWorksOtherwise() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.type("long turns = 0;");
            shell.waitFor("turns ==> 0");
            shell.type("while (true) { try { turns++; } catch (Throwable t) { } }");
            assertThat(pressCtrlCWhileRunning(shell, "Stopped.")).isLessThan(1.0);
            String screen = shell.run("turns > 0", "String seen = \"nothing\";",
                    "try { throw new IllegalStateException(\"odd\"); } "
                    + "catch (Throwable t) { seen = \"caught \" + t.getMessage(); }",
                    "seen");
            assertThat(screen).contains("==> true").contains("seen ==> \"caught odd\"");
        }
    }

    @Test
    void aValueWhoseToStringRunsForeverIsStoppedAndOneThatFailsIsSaidInItsPlace() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.type("class Endless { public String toString() { while (true) { } } }");
            shell.waitFor("created class Endless");
            shell.type("new Endless()");
            assertThat(pressCtrlCWhileRunning(shell, "Stopped.")).isLessThan(1.0);
            String screen = shell.run(
                    "class Broken { public String toString() { throw new IllegalStateException(\"ts\"); } }",
                    "var b = new Broken();",
                    "class Node { Node next; public String toString() { return \"->\" + next; } }",
                    "var n = new Node(); n.next = n;",
                    "b == null");
            // the variables exist, and the value line says what went wrong in toString
            assertThat(screen)
                    .contains("b ==> (its toString() failed: java.lang.IllegalStateException: ts)")
                    .contains("(its toString() failed: java.lang.StackOverflowError)")
                    .contains("==> false");
        }
    }

    @Test
    void varsDoesNotHangOnAValueWhoseToStringNeverEnds() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run(
                    "class Slow { boolean loop; public String toString() { while (loop) { } return \"slow\"; } }",
                    "var s = new Slow();", "s.loop = true;", "/vars", "1 + 1");
            assertThat(screen).contains("s ==> slow")
                    .contains("Slow s = (its toString() did not finish in 2 s and was stopped)")
                    .contains("==> 2");
        }
    }

    @Test
    void ctrlCInAnOpenedScriptStopsTheRestOfIt() throws Exception {
        Path script = state.resolve("long.jsh");
        Files.writeString(script, "int before = 1;\nwhile (true) { }\nint after = 2;\n");
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.type("/open " + script);
            pressCtrlCWhileRunning(shell, "the lines after it were not run");
            String screen = shell.run("before + 10", "/vars");
            assertThat(screen).contains("long.jsh was stopped at line 2").contains("==> 11")
                    .doesNotContain("after ==>").doesNotContain("int after");
        }
    }

    @Test
    void ctrlCStopsASnippetThatASlashCommandRuns() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.shell().commands().add(new SpinCommand());
            shell.type("int kept = 5;");
            shell.waitFor("kept ==> 5");
            shell.type("/spin");
            assertThat(pressCtrlCWhileRunning(shell, "spin ended: STOPPED")).isLessThan(2.0);
            assertThat(shell.run("kept * 2")).contains("==> 10");
        }
    }

    /** A command that evaluates an endless loop, as a lesson's /check may. */
    private static final class SpinCommand implements nnshell.shell.spi.Command {
        @Override
        public List<String> names() {
            return List.of("spin");
        }

        @Override
        public String summary(nnshell.shell.spi.ShellContext context) {
            return "loops forever";
        }

        @Override
        public boolean run(String arguments, nnshell.shell.spi.ShellContext context) {
            List<nnshell.shell.spi.EvalResult> r = context.evalQuietly("while (true) { }");
            context.console().println("spin ended: " + r.get(0).status());
            return true;
        }
    }

    @Test
    void threadsListsAndStopsThreadsASnippetStarted() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.type("Thread spinner = new Thread(() -> { while (true) { } }, \"spinner\");");
            shell.type("spinner.start();").type("/reset");
            shell.waitFor("still running:");
            shell.type("/threads");
            shell.waitFor("spinner (RUNNABLE)", 2, Duration.ofSeconds(20));
            String screen = shell.run("/threads stop", "Thread.sleep(300);", "/threads");
            assertThat(screen).contains("Asked 1 thread(s) to stop.")
                    .contains("No threads started by your snippets are running.");
        }
    }

    @Test
    void unknownCommandGetsTheNearestOne() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("/lsit", "/frobnicate", "/d", "/x");
            assertThat(screen).contains("Unknown command /lsit. Did you mean /list?")
                    .contains("Unknown command /frobnicate. Type /help")
                    .containsPattern("/d is the start of more than one command: [/a-z ]*/doc"
                            + "[/a-z ]* /drop")
                    .doesNotContain("Did you mean /?");
        }
    }

    @Test
    void jshellCommandsKeepWorking() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("double rate = 0.5;", "int sq(int n) { return n * n; }",
                    "record Point(int x, int y) { }", "/vars", "/methods", "/types",
                    "/imports", "/list", "/drop rate", "/vars", "/history", "/help");
            assertThat(screen).contains("double rate = 0.5").contains("int sq(int)")
                    .contains("record Point").contains("import nnshell.dsl.*")
                    .contains("dropped variable rate")
                    .contains("/reset").contains("/doc");
            String afterDrop = screen.substring(screen.indexOf("dropped variable rate"));
            assertThat(afterDrop).doesNotContain("double rate = 0.5\n");
        }
    }

    @Test
    void listShowsTheStudentsSnippetsAndImportsShowAsInJshell() throws Exception {
        Path extra = state.resolve("extra.jsh");
        Files.writeString(extra, "int fromStartup = 1;\n// dates, for the examples\n"
                + "import java.time.*;\n");
        try (ShellDriver shell = new ShellDriver(state, List.of(extra))) {
            String screen = shell.run("int mine = 2;", "/list", "/list -start", "/list -all",
                    "/list mine", "/list nothere", "/imports");
            // the shell answers each input after its prompt
            String[] answers = screen.split("nn> ");
            String list = answers[2];
            assertThat(list).contains(" : int mine = 2;").doesNotContain("fromStartup")
                    .doesNotContain("import");
            assertThat(answers[3]).contains(" : int fromStartup = 1;")
                    .contains(" : import java.util.*;").doesNotContain("mine");
            assertThat(answers[4]).contains("int fromStartup = 1;").contains("int mine = 2;");
            assertThat(answers[5].strip()).endsWith(" : int mine = 2;").doesNotContain("import");
            assertThat(answers[6]).contains("No snippet named or numbered \"nothere\"");
            assertThat(answers[7]).contains("    import java.util.*\n")
                    .contains("    import static nnshell.dsl.Keras.*\n")
                    .contains("    import java.time.*\n")
                    .doesNotContain("//").doesNotContain(";");
        }
    }

    @Test
    void resetForgetsSnippetsAndOpenRunsAFile() throws Exception {
        Path file = state.resolve("two.jsh");
        Files.writeString(file, "int a = 20;\nint b = a + 22;\n");
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("int gone = 1;", "/reset", "gone", "/open " + file, "b");
            assertThat(screen).contains("Reset:").contains("b ==> 42");
            String afterReset = screen.substring(screen.indexOf("Reset:"));
            assertThat(afterReset).contains("cannot find symbol");
        }
    }

    @Test
    void resetEmptiesTheHistoryAndTellsListeners() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            java.util.concurrent.atomic.AtomicInteger resets =
                    new java.util.concurrent.atomic.AtomicInteger();
            shell.shell().addListener(new nnshell.shell.spi.EvalListener() {
                @Override
                public void evaluated(nnshell.shell.spi.EvalResult result) {
                }

                @Override
                public void reset() {
                    resets.incrementAndGet();
                }
            });
            shell.type("int gone = 1;").type("/reset").type("int fresh = 2;");
            shell.waitFor("fresh ==> 2");
            assertThat(shell.shell().history()).extracting(r -> r.source())
                    .containsExactly("int fresh = 2;");
            assertThat(resets).hasValue(1);
        }
    }

    @Test
    void docShowsTheJavadocOfDslMethods() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("/doc Tensor.zeros", "/doc Nonsense",
                    "/doc Sequential.fit");
            assertThat(screen).contains("Tensor.zeros(int... shape)")
                    .contains("History Sequential.fit(Tensor x, Tensor y, int epochs")
                    .doesNotContain("No documentation found for \"Sequential.fit\"")
                    .contains("A tensor of zeros. Example: Tensor.zeros(3, 2)")
                    .contains("No documentation found for \"Nonsense\"");
        }
    }

    @Test
    void listenersHearEverySnippetBeforeItIsShown() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            shell.shell().addListener(r -> heard.add(r.status() + ":" + r.source()));
            shell.run("int a = 1;", "a +", "1", "int b = nope;");
            assertThat(heard).containsExactly("OK:int a = 1;", "OK:a +\n1",
                    "COMPILE_ERROR:int b = nope;");
            assertThat(shell.shell().history()).hasSize(3);
        }
    }

    @Test
    void speaksPolishWhenAsked() throws Exception {
        System.setProperty("nnshell.lang", "pl");
        try (ShellDriver shell = new ShellDriver(state)) {
            String screen = shell.run("System.exit(1);", "/lsit", "/doc Tensr");
            assertThat(screen).contains("Odmowa: ten fragment wywołuje System.exit")
                    .contains("Czy chodziło o „Tensor”? Wpisz /doc Tensor")
                    .contains("Nieznane polecenie /lsit. Czy chodziło o /list?")
                    .contains("Do widzenia.");
        } finally {
            System.clearProperty("nnshell.lang");
        }
    }

    @Test
    void exitWithANumberOrIntExpressionLeavesWithThatCode() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.type("/exit 1.5");
            shell.waitFor("/exit takes a whole number, the exit code");
            assertThat(shell.exit("/exit 3")).isEqualTo(3);
        }
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.type("int failures = 2;");
            assertThat(shell.exit("/exit failures + 5")).isEqualTo(7);
        }
        try (ShellDriver shell = new ShellDriver(state)) {
            assertThat(shell.exit("/exit")).isZero();
        }
    }

    /** Issue 2: on a dumb terminal (TERM=dumb) Tab inserted a tab instead of completing. */
    @Test
    void tabCompletesOnADumbTerminal() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.type("int abcdefgh = 4;");
            shell.waitFor("abcdefgh ==> 4");
            shell.type("int abcdxyz = 5;");
            shell.waitFor("abcdxyz ==> 5");
            // one choice completes; several list themselves above the prompt
            String screen = shell.run("abcde\t + 1", "abc\t\t", "/vars\b\b\b\bli\t");
            assertThat(screen).contains("$1 ==> 5").contains("abcdefgh  abcdxyz")
                    .contains(" : int abcdefgh = 4;")
                    .contains("symbol:   variable abcd\n");
        }
    }

    @Test
    void historyIsKeptInTheStateDirectory() throws Exception {
        try (ShellDriver shell = new ShellDriver(state)) {
            shell.run("int remembered = 1;");
        }
        assertThat(Files.readString(state.resolve("history"))).contains("int remembered = 1;");
    }

    /**
     * Waits until a snippet has run for a moment, presses Ctrl-C and waits for {@code told};
     * returns the seconds from the key to the message.
     */
    private static double pressCtrlCWhileRunning(ShellDriver shell, String told)
            throws InterruptedException {
        while (!shell.shell().running()) {
            Thread.sleep(10);
        }
        Thread.sleep(300);
        long asked = System.nanoTime();
        shell.shell().interrupt();
        shell.waitFor(told, 1, Duration.ofSeconds(5));
        return (System.nanoTime() - asked) / 1e9;
    }
}
