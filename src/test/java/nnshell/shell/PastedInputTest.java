package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.console.Console;
import nnshell.shell.spi.EvalResult;

/** Several lines pasted at once behave as if they were typed one by one. */
class PastedInputTest {
    @TempDir
    Path state;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private Console before;
    private Shell shell;

    @BeforeEach
    void start() {
        before = Console.current();
        Console console = Console.plain(new PrintStream(screen, true, StandardCharsets.UTF_8));
        Console.install(console);
        shell = new Shell(new ShellOptions(false, List.of(), state), console, true);
        shell.engine();
    }

    @AfterEach
    void stop() {
        shell.engine().close();
        Console.install(before);
    }

    @Test
    void linesWithoutSemicolonsAreSnippetsOfTheirOwn() {
        List<EvalResult> results = shell.eval("int a1 = 1\nint a2 = 2\na1 + a2\nMath.max(a1, a2)");
        assertThat(results).hasSize(4).allMatch(EvalResult::ok);
        assertThat(results.get(2).value()).endsWith("==> 3");
        assertThat(results.get(3).value()).endsWith("==> 2");
    }

    @Test
    void aLineStartingWithADotGoesOnWithTheLineAbove() {
        List<EvalResult> results = shell.eval("var s = \"ab\"\n    .toUpperCase()\n"
                + "    + \"c\"\nint after = 1");
        assertThat(results).hasSize(2).allMatch(EvalResult::ok);
        assertThat(results.get(0).value()).isEqualTo("s ==> \"ABc\"");
    }

    @Test
    void aBrokenLineDoesNotSwallowTheNextSnippet() {
        List<EvalResult> results = shell.eval("int p = 2\np.norm()\nvar s = List.of(1, 2)");
        assertThat(results).extracting(EvalResult::status).containsExactly(
                EvalResult.Status.OK, EvalResult.Status.COMPILE_ERROR, EvalResult.Status.OK);
        assertThat(shell.variableNames()).contains("p", "s");
    }

    @Test
    void eachSnippetsOutputShowsBeforeTheNextRuns() {
        PrintStream out = System.out;
        // what snippets print and what the shell shows go to one screen, as in a terminal
        System.setOut(new PrintStream(screen, true, StandardCharsets.UTF_8));
        try {
            shell.eval("System.out.println(\"first\")\nint z = 2\n"
                    + "System.out.println(\"second\")");
        } finally {
            System.setOut(out);
        }
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown.indexOf("first")).isLessThan(shown.indexOf("z ==> 2"));
        assertThat(shown.indexOf("z ==> 2")).isLessThan(shown.indexOf("second"));
    }

    @Test
    void anOpenBlockIsIncompleteAndAFinishedLineIsNot() {
        Engine engine = shell.engine();
        assertThat(engine.incomplete("void f() {\n  int x = 1\n")).isTrue();
        assertThat(engine.incomplete("int a = 1\nint b = 2")).isFalse();
        assertThat(engine.incomplete("var m = List.of(1,\n")).isTrue();
        assertThat(engine.split("// a comment\nint c = 3 // trailing\n")).containsExactly(
                "int c = 3; // trailing");
    }
}
