package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.console.Console;

/** Tab completion and documentation, asked of a real shell. */
class CompletionTest {
    @TempDir
    Path state;

    private Shell shell;
    private ShellCompleter completer;

    @BeforeEach
    void start() {
        shell = new Shell(new ShellOptions(false, List.of(), state), Console.plain(System.out),
                false);
        shell.engine();
        completer = new ShellCompleter(shell);
    }

    @AfterEach
    void stop() {
        shell.engine().close();
    }

    @Test
    void insideAStringLiteralTabCompletesFileNames() throws Exception {
        java.nio.file.Files.createDirectories(state.resolve("data"));
        java.nio.file.Files.writeString(state.resolve("data/student-mat.csv"), "a\n");
        java.nio.file.Files.writeString(state.resolve("data/student-por.csv"), "a\n");
        String dir = state.toAbsolutePath() + "/";

        String typed = "var t = Csv.read(\"" + dir + "da";
        assertThat(completer.candidates(typed, typed.length())).containsExactly(dir + "data/");
        typed = "var t = Csv.read(\"" + dir + "data/student-m";
        assertThat(completer.candidates(typed, typed.length()))
                .containsExactly(dir + "data/student-mat.csv");
        // a closed string, or a quote inside a char literal, is Java again
        typed = "String s = \"" + dir + "\"; Tens";
        assertThat(completer.candidates(typed, typed.length())).contains("Tensor");
        assertThat(SnippetParser.stringStart("char q = '\"'; Tens", 19)).isEqualTo(-1);
        assertThat(SnippetParser.stringStart("f(\"a\\\"b", 7)).isEqualTo(3);
    }

    @Test
    void completesDslClassesAndStaticMethods() {
        assertThat(completer.candidates("var t = Tens", 12)).contains("Tensor");
        assertThat(completer.candidates("Tensor.ze", 9)).contains("zeros(");
    }

    @Test
    void completesDslNamesThatAreNotImported() {
        shell.submit("/reset");
        shell.submit("/drop 1");
        assertThat(DslIndex.shared().complete("Tens")).contains("Tensor");
        assertThat(DslIndex.shared().qualified("Tensor")).isEqualTo("nnshell.dsl.Tensor");
    }

    @Test
    void completedDslNamesCompileAsTheyAre() {
        // a class of a package the startup does not import comes with its package
        assertThat(completer.candidates("XyCh", 4)).contains("nnshell.plot.XyChart")
                .doesNotContain("XyChart");
        // a static method of a class that is not imported statically comes with its class
        assertThat(completer.candidates("studentM", 8)).contains("Datasets.studentMat()")
                .doesNotContain("studentMat()");
        // statically imported ones stay short
        assertThat(completer.candidates("sequen", 6)).contains("sequential(");
        shell.submit("import nnshell.plot.XyChart;");
        assertThat(completer.candidates("XyCh", 4)).contains("XyChart");
        for (String completed : List.of("nnshell.plot.XyChart.class", "Datasets.studentMat()")) {
            assertThat(shell.engine().eval(completed.endsWith("class") ? completed
                    : "java.util.function.Supplier<?> f = "
                            + completed.replace("()", "").replace(".", "::"))
                    .get(0).ok()).as(completed).isTrue();
        }
    }

    /** Issue 2: Datasets.studentMat came without "(" where jshell's own methods have one. */
    @Test
    void everyCompletedMethodEndsWithAParenthesisAsJshellsDo() {
        // one without arguments closes it, one with arguments leaves it open
        assertThat(completer.candidates("studentP", 8)).containsExactly("Datasets.studentPor()");
        assertThat(completer.candidates("salienc", 7))
                .contains("Explain.saliency(", "Explain.saliencyMap(");
        assertThat(completer.candidates("sequentia", 9)).containsExactly("sequential(");
        assertThat(completer.candidates("Datasets.studentP", 17))
                .containsExactly("studentPor()");
    }

    @Test
    void completesJavaAndSessionNames() {
        shell.submit("int learningRate = 1;");
        assertThat(completer.candidates("learn", 5)).contains("learningRate");
        assertThat(completer.candidates("\"abc\".toUpp", 11)).contains("toUpperCase(");
    }

    @Test
    void completesSlashCommandsAndFilePaths() throws Exception {
        assertThat(completer.candidates("/li", 3)).containsExactly("/list");
        Files.createDirectories(state.resolve("lessons"));
        Files.writeString(state.resolve("xor.jsh"), "1");
        String typed = "/open " + state + "/";
        assertThat(completer.candidates(typed, typed.length()))
                .contains(state + "/lessons/", state + "/xor.jsh");
    }

    @Test
    void documentationComesFromTheShippedSources() {
        String doc = new Docs(shell.engine()).forCode("Tensor.of(", 10);
        assertThat(doc).contains("Tensor.of(double... values)")
                .contains("A vector of the given values, shape [n]");
    }

    @Test
    void documentationKeyWorksAnywhereInAName() {
        Docs docs = new Docs(shell.engine());
        // the cursor inside "of" of Tensor.of, and a method name without its parenthesis
        assertThat(docs.forCursor("Tensor.of", 8)).contains("Tensor.of(double... values)");
        assertThat(docs.forCursor("Tensor", 3)).contains("Tensor");
        // after other code on the line, as in a declaration or an argument
        assertThat(docs.forCursor("var q = Tensor", 10)).contains("Tensor");
        assertThat(docs.forCursor("println(Tensor.randn(2))", 10)).contains("Tensor");
        assertThat(docs.forCursor("Math.abs", 6)).contains("abs(");
    }
}
