package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jdk.jshell.VarSnippet;
import nnshell.shell.spi.EvalResult;

/**
 * Values as the shell shows them, and values let go of: a huge array is summarised rather
 * than printed in full, and a variable dropped or declared again no longer keeps its value.
 */
class ValuesTest {
    private Engine engine;

    @BeforeEach
    void start() {
        engine = new Engine();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private String value(String snippet) {
        List<EvalResult> results = engine.eval(snippet);
        assertThat(results).allMatch(EvalResult::ok);
        return results.get(results.size() - 1).value();
    }

    @Test
    void smallValuesAreShownAsJshellShowsThem() {
        assertThat(value("new int[] {1, 2, 3}")).endsWith("int[3] { 1, 2, 3 }");
        assertThat(value("new String[] {\"a\", null}")).endsWith("String[2] { \"a\", null }");
        assertThat(value("new int[2][2]")).endsWith("int[2][] { int[2] { 0, 0 }, int[2] { 0, 0 } }");
        assertThat(value("\"say \\\"hi\\\"\"")).endsWith("\"say \\\"hi\\\"\"");
        assertThat(value("java.util.List.of(1, 2, 3)")).endsWith("[1, 2, 3]");
        assertThat(value("new double[1000]").split(", ")).hasSize(1000);
    }

    @Test
    void hugeArraysShowTheirEndsAroundAnEllipsis() {
        assertThat(value("var a = new double[1_000_000]; a[999_999] = 7; a"))
                .endsWith("double[1000000] { 0.0, 0.0, 0.0, ..., 0.0, 0.0, 7.0 }");
        String grid = value("int[][] g = new int[100][50]; g[99][49] = 5; g");
        assertThat(grid).startsWith("g ==> int[100][] { int[50] { 0, 0, 0, ..., 0, 0, 0 }, ")
                .endsWith("..., int[50] { 0, 0, 0, ..., 0, 0, 0 }, int[50] { 0, 0, 0, ..., 0, 0, 0 }, "
                        + "int[50] { 0, 0, 0, ..., 0, 0, 5 } }")
                .hasSizeLessThan(500);
        assertThat(value("java.util.stream.IntStream.range(0, 5000).boxed().toList()"))
                .endsWith("[0, 1, 2, ..., 4997, 4998, 4999]");
    }

    @Test
    void aVeryLongTextIsCutAndSaysHowLongItWas() {
        String text = value("\"ab\".repeat(1_000_000)");
        assertThat(text).hasSizeLessThan(ValueText.MAX_CHARS + 200)
                .startsWith("$").contains("\"abab")
                .endsWith(Messages.get("value.cut", ValueText.MAX_CHARS, 2_000_000));
        String object = value("new Object() { public String toString() { return \"x\".repeat(50_000); } }");
        assertThat(object).hasSizeLessThan(ValueText.MAX_CHARS + 200)
                .endsWith(Messages.get("value.cut", ValueText.MAX_CHARS, 50_000));
    }

    @Test
    void aDroppedVariableNoLongerKeepsItsValue() {
        // an import takes a snippet id but no wrapper class: ids and wrapper numbers differ
        assertThat(engine.eval("import java.util.List;")).allMatch(EvalResult::ok);
        WeakReference<Object> held = declare("var big = new StringBuilder(\"dropped\");", "big");
        VarSnippet big = engine.jshell().variables().filter(v -> v.name().equals("big"))
                .findFirst().orElseThrow();
        engine.jshell().drop(big);
        assertThat(collected(held)).as("value of a dropped variable collected").isTrue();
    }

    @Test
    void aVariableDeclaredAgainNoLongerKeepsItsFormerValue() {
        WeakReference<Object> first = declare("var big = new StringBuilder(\"first\");", "big");
        WeakReference<Object> second = declare("var big = new StringBuilder(\"second\");", "big");
        assertThat(collected(first)).as("former value collected").isTrue();
        assertThat(second.get()).as("current value kept").isNotNull();
        assertThat(value("big.toString()")).endsWith("\"second\"");
        // a declaration of another type under the same name lets go as well
        declare("String big = \"third\";", "big");
        assertThat(collected(second)).isTrue();
    }

    @Test
    void aVariableDroppedThenDeclaredAgainIsLetGoWhenTheEngineCloses() {
        assertThat(engine.eval("import java.util.List;")).allMatch(EvalResult::ok);
        // declared again word for word, the variable runs in its old wrapper, not loaded again
        WeakReference<Object> first = declare("var big = new StringBuilder(\"same\");", "big");
        VarSnippet big = engine.jshell().variables().filter(v -> v.name().equals("big"))
                .findFirst().orElseThrow();
        engine.jshell().drop(big);
        WeakReference<Object> second = declare("var big = new StringBuilder(\"same\");", "big");
        assertThat(collected(first)).isTrue();
        engine.close();
        assertThat(collected(second)).as("value declared after a drop").isTrue();
        engine = new Engine();
    }

    @Test
    void closingTheEngineLetsGoOfEveryValue() {
        WeakReference<Object> held = declare("var kept = new StringBuilder(\"kept\");", "kept");
        engine.close();
        assertThat(collected(held)).isTrue();
        engine = new Engine();
    }

    private WeakReference<Object> declare(String snippet, String name) {
        assertThat(engine.eval(snippet)).allMatch(EvalResult::ok);
        return new WeakReference<>(engine.variable(name).orElseThrow());
    }

    private static boolean collected(WeakReference<Object> ref) {
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return ref.get() == null;
    }
}
