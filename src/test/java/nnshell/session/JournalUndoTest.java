package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.lesson.HeadlessContext;
import nnshell.shell.Shell;
import nnshell.shell.ShellOptions;
import nnshell.testkit.Printed;

/**
 * What the student undid before a crash stays undone on /restore: nothing from before the
 * last /reset, no declaration dropped with /drop, no thread stopped with /threads stop.
 */
class JournalUndoTest {

    @TempDir
    Path state;

    @Test
    void restoreLeavesOutWhatWasResetDroppedOrStopped() throws Exception {
        killAfterTyping(List.of(
                "var s = \"x\";",
                "var big = new double[1_000_000];",
                "/drop big",
                "var big3 = new double[1_000_000];",
                "/reset",
                "int keep = 1;",
                "int twice = 1;",
                "int twice = 2;",
                "/drop twice",
                "var th = new Thread(() -> { while (true) {} }); th.start();",
                "/threads stop",
                "int after = keep + 1;"));

        Printed out = new Printed();
        try (HeadlessContext shell = out.session(state)) {
            new SessionStartup().started(shell, false);
            new RestoreCommand().run("", shell);

            assertThat(shell.variableNames()).contains("keep", "after", "th")
                    .doesNotContain("s", "big", "big3", "twice");
            assertThat(shell.variable("after")).contains(2);
            assertThat(shell.eval("th.isAlive()").get(0).value()).endsWith("false");
            assertThat(out.text()).contains("left out (line", "int twice = 1;",
                    "int twice = 2;", "you dropped twice with /drop", "th.start();",
                    "it started a thread you stopped with /threads stop")
                    .doesNotContain("var s =", "big");
        }
    }

    @Test
    void aSnippetStoppedWithCtrlCIsNotJournaled() throws Exception {
        Printed out = new Printed();
        Shell shell = new Shell(new ShellOptions(false, List.of(), state), out.console(), false);
        try {
            SessionStartup startup = new SessionStartup();
            startup.started(shell, false);
            shell.submit("int before = 1;");
            CompletableFuture<Boolean> endless = CompletableFuture.supplyAsync(
                    () -> shell.submit("long spins = 0; while (true) { spins++; }"));
            while (!shell.running()) {
                Thread.sleep(10);
            }
            Thread.sleep(300);
            shell.interrupt();

            assertThat(endless.get(10, TimeUnit.SECONDS)).isFalse();
            shell.submit("int after = 2;");
            String journal = Files.readString(journalOf(state));
            assertThat(journal).contains("int before = 1;", "long spins = 0;", "int after = 2;")
                    .doesNotContain("while (true)");
        } finally {
            shell.engine().close();
        }
    }

    @Test
    void aDroppedMultiLineMethodIsLeftOutWholeAndNothingElse() throws Exception {
        Shell shell = new Shell(new ShellOptions(false, List.of(), state),
                new Printed().console(), false);
        try {
            new SessionStartup().started(shell, false);
            shell.submit("int a = 1;");
            shell.submit("double sq(double x) {\n    // squared\n    return x * x;\n}");
            shell.submit("String t = \"two\\nlines\";");
            shell.submit("/drop sq");
            shell.submit("int b = 2;");

            List<Restore.Skipped> skipped = new java.util.ArrayList<>();
            String kept = Restore.kept(Files.readString(journalOf(state)), skipped);

            assertThat(skipped).extracting(Restore.Skipped::code, Restore.Skipped::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "double sq(double x) {", "drop sq"));
            assertThat(kept).contains("int a = 1;", "String t =", "//> t ==> \"two\\nlines\"",
                    "int b = 2;").doesNotContain("sq", "squared", "return x", "//!");
        } finally {
            shell.engine().close();
        }
    }

    @Test
    void theJournalSaysWhichLinesWereUndoneAndRestoreBlanksOnlyThose() {
        String journal = "// nnshell journal\n\nnnshell.dsl.Seeds.set(42L);\n\n"
                + "int a = 1;\n//> a ==> 1\n\nvoid f() {\n}\n\nint b = 2;\n//> b ==> 2\n"
                + "//! skip 8-9 drop f\n";
        List<Restore.Skipped> skipped = new java.util.ArrayList<>();

        Script script = Script.parse(Restore.kept(journal, skipped));

        assertThat(skipped).containsExactly(new Restore.Skipped(8, "void f() {", "drop f"));
        assertThat(script.steps()).extracting(Script.Step::line).containsExactly(3, 11);
        assertThat(script.steps()).extracting(Script.Step::code).containsExactly(
                "nnshell.dsl.Seeds.set(42L);\n\nint a = 1;", "int b = 2;");
        assertThat(script.steps().get(1).expected()).isEqualTo("b ==> 2");
    }

    /** The journal of the shell in this process: the one named after this pid. */
    private static Path journalOf(Path state) {
        return state.resolve("journal/session-" + ProcessHandle.current().pid() + ".jsh");
    }

    private void killAfterTyping(List<String> inputs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ShellChild.class.getName(), state.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String s : inputs) {
                in.write(s + "\n");
                in.flush();
                assertThat(out.readLine()).startsWith("done");
            }
            // SIGKILL: no shutdown hook, no finally block runs in the child
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
