package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.EvalResult.Status;

class ScriptTest {

    private static EvalResult ok(String source, String value) {
        return new EvalResult(source, Status.OK, value, "", "", List.of());
    }

    @Test
    void writtenScriptReadsBackWithItsValuesAndWithoutFailedSnippets() {
        String text = ScriptWriter.text(List.of(
                ok("int x = 3;", "x ==> 3"),
                new EvalResult("int y = nope;", Status.COMPILE_ERROR, "", "", "cannot find", 
                        List.of()),
                ok("void f() { }", ""),
                ok("x * 2", "$4 ==> 6"),
                ok("String s = \"a\\nb\";", "s ==> \"a\nb\"")), 7);

        Script script = Script.parse(text);

        assertThat(text).doesNotContain("nope").contains("nnshell.dsl.Seeds.set(7L);");
        assertThat(script.header()).containsKeys("nnshell", "java", "nd4j", "os", "cpu", "seed",
                "date");
        assertThat(script.expectations()).isEqualTo(3);
        assertThat(script.steps()).extracting(Script.Step::expected).containsExactly(
                "x ==> 3", "6", "s ==> \"a\nb\"");
        assertThat(script.steps().get(1).code()).isEqualTo("void f() { }\n\nx * 2;");
    }

    @Test
    void everySnippetIsWrittenCompleteOnItsOwn() {
        String text = ScriptWriter.text(List.of(ok("mm.summary()", ""),
                ok("new Thread(r).start()", ""), ok("x // note", "$2 ==> 1"),
                ok("class A { }", "")), 1);

        assertThat(text).contains("\nmm.summary();\n", "\nnew Thread(r).start();\n",
                "x // note\n;\n", "\nclass A { }\n");
    }

    @Test
    void bigValuesAreCutInTheScriptAndOnThePage() {
        String big = "big ==> double[500000] { " + "0.0, ".repeat(500_000) + "}";
        String text = ScriptWriter.text(List.of(ok("var big = new double[500_000];", big)), 1);
        String page = HtmlExport.page(List.of(), List.of(new HtmlExport.Snippet("var big = ...;",
                big, big, "", List.of())), List.of());

        assertThat(text.length()).isLessThan(Recording.KEEP + 1_500);
        assertThat(page.length()).isLessThan(3 * Recording.KEEP + 5_000);
        assertThat(Recording.value(big)).isEqualTo(Recording.value(big + ""))
                .isNotEqualTo(Recording.value(big.replace("}", "1.0 }")));
        assertThat(Recording.value(big)).startsWith(big.substring(0, Recording.KEEP))
                .matches("(?s).*\\.\\.\\. \\(" + big.length()
                        + " characters, sha256 [0-9a-f]{64}\\)");
    }

    @Test
    void aCutLastLineIsNoticed() throws ScriptFile.Unusable {
        assertThat(ScriptFile.whole("int a = 1;\n//> a ==> 1\n")).endsWith("1\n");
        assertThat(ScriptFile.whole("int a = 1;")).isEqualTo("int a = 1;");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ScriptFile.whole("int a = 1;\n//> a ==> [1, 2"))
                .hasMessageContaining("line 2");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ScriptFile.whole("int a = 1;\nint b = 1"))
                .hasMessageContaining("int b = 1");
    }

    @Test
    void headerKeepsEveryDataFileWithItsChecksum() {
        Script script = Script.parse("// nnshell: 0.1.0\n// seed: 5\n"
                + "// data: /d/student-mat.csv 0a1b\n// data: /d/student-por.csv ff00\n"
                + "int a = 1;\n//> a ==> 1\n");

        assertThat(script.header()).containsEntry("seed", "5").doesNotContainKey("data");
        assertThat(script.data()).containsEntry("/d/student-mat.csv", "0a1b")
                .containsEntry("/d/student-por.csv", "ff00");
        assertThat(script.steps()).singleElement()
                .satisfies(s -> assertThat(s.line()).isEqualTo(5));
    }

    @Test
    void stepsRememberTheLineTheyStartOn() {
        Script script = Script.parse("// h: 1\n\nint a = 1;\n//> a ==> 1\n\n\nint b = 2;\n"
                + "//> b ==> 2\n");

        assertThat(script.steps()).extracting(Script.Step::line).containsExactly(3, 7);
    }

    @Test
    void jshellCommandsAreLeftToJshell() {
        Script script = Script.parse("int a = 4\n    / 2;\n//> a ==> 2\n/exit\n");

        assertThat(script.steps()).singleElement()
                .satisfies(s -> assertThat(s.code()).isEqualTo("int a = 4\n    / 2;"));
    }

    @Test
    void editDistanceFindsTypos() {
        assertThat(ScriptFile.distance("session.jsh", "sesion.jsh")).isEqualTo(1);
        assertThat(ScriptFile.distance("abc", "xyz")).isEqualTo(3);
    }
}
