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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.lesson.HeadlessContext;
import nnshell.testkit.Printed;

/** A shell process killed with SIGKILL leaves a journal that the next start restores. */
class JournalTest {
    private static final List<String> SESSION = List.of(
            "var rng = Seeds.next();",
            "double[] v = new double[5];",
            "for (int i = 0; i < 5; i++) v[i] = rng.nextGaussian();",
            "int oops = missing;",
            "double total = java.util.Arrays.stream(v).sum();");

    @TempDir
    Path state;

    @Test
    void aKilledSessionIsOfferedAndRestoredToTheSameState() throws Exception {
        killAfterTyping(SESSION);
        assertThat(Journal.unfinished(state)).hasSize(1);
        String journal = Files.readString(Journal.unfinished(state).get(0));
        assertThat(journal).contains("double total =").doesNotContain("missing");

        Printed out = new Printed();
        try (HeadlessContext shell = out.session(state)) {
            new SessionStartup().started(shell, false);
            assertThat(out.text()).contains("did not end normally", "/restore");

            assertThat(new RestoreCommand().run("", shell)).isTrue();
            assertThat(out.text()).contains("Restored 4 snippets: 3 of 3 values");
            double total = (double) shell.variable("total").orElseThrow();
            assertThat("total ==> " + total).isEqualTo(recorded(journal, "total"));
            assertThat(Journal.unfinished(state)).isEmpty();
        }
    }

    @Test
    void restoreOptionRestoresAtStartAndANormalEndLeavesNothingToOffer() throws Exception {
        killAfterTyping(SESSION.subList(0, 2));

        try (HeadlessContext shell = new Printed().session(state)) {
            SessionStartup startup = new SessionStartup();
            startup.started(shell, true);
            assertThat(shell.variable("v")).get().isInstanceOf(double[].class);
            shell.eval("int after = 1;");
            startup.ended(shell);
        }

        assertThat(Journal.unfinished(state)).isEmpty();
        assertThat(Files.readString(state.resolve("journal/last-session.jsh")))
                .contains("double[] v", "int after = 1;");
        Printed nextOut = new Printed();
        try (HeadlessContext next = nextOut.session(state)) {
            new SessionStartup().started(next, false);
            assertThat(nextOut.text()).doesNotContain("/restore");
        }
    }

    @Test
    void restoreNamesTheValueThatCameOutDifferently() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Path journal = Files.createDirectories(state.resolve("journal"))
                .resolve("session-" + gone.pid() + ".jsh");
        Files.writeString(journal, "// nnshell journal\n\nnnshell.dsl.Seeds.set(5L);\n\n"
                + "int a = 1;\n//> a ==> 1\n\nint b = 2;\n//> b ==> 3\n");

        Printed out = new Printed();
        try (HeadlessContext shell = out.session(state)) {
            new SessionStartup().started(shell, false);
            new RestoreCommand().run("", shell);

            assertThat(out.text()).contains("Restored 2 snippets: 1 of 2 values",
                    "0 snippets failed", "differed (line 8): int b = 2;", "expected: b ==> 3",
                    "actual:   b ==> 2");
        }
    }

    private void killAfterTyping(List<String> snippets) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalChild.class.getName(), state.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String s : snippets) {
                in.write(s + "\n");
                in.flush();
                assertThat(out.readLine()).startsWith("done");
            }
            // SIGKILL: no shutdown hook, no finally block runs in the child
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String recorded(String journal, String name) {
        return journal.lines().filter(l -> l.startsWith("//> " + name + " ==> "))
                .map(l -> l.substring(4)).findFirst().orElseThrow();
    }
}
