package nnshell.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.cli.Main;

/** {@code lessons --check} on small lessons with deliberate mistakes. */
class LessonVerifierTest {
    private static final String GOOD = """
            # Good | Dobra

            ## Add | Dodaj

            <!-- en -->
            Put 2 + 2 into `four`.

            <!-- pl -->
            Zapisz 2 + 2 w `four`.

            ```java
            int two = 2;
            ```

            ```check
            value: four
            equals: 4
            ```

            ```solution
            int four = two + two;
            ```

            ```wrong
            int four = two;
            ```
            """;

    @TempDir
    Path dir;

    private String step(String title, String code, String check, String solution,
            String wrong) {
        return "\n## " + title + " | " + title + "\n\n<!-- en -->\nText.\n\n<!-- pl -->\nTekst.\n"
                + "\n```java\n" + code + "\n```\n\n```check\n" + check + "\n```\n"
                + "\n```solution\n" + solution + "\n```\n\n```wrong\n" + wrong + "\n```\n";
    }

    @Test
    void reportsWrongAnswersThatPassSolutionsThatFailAndCodeThatBreaks() throws Exception {
        Files.writeString(dir.resolve("01-good.md"), GOOD);
        Files.writeString(dir.resolve("02-bad.md"), "# Bad | Zła\n"
                + step("Lenient", "int x = 1;", "predicate: x >= 0", "x = 3;", "x = 5;")
                + step("Broken", "int y = 1;", "value: y\nequals: 2", "y = 7;", "y = 0;")
                + step("Typo", "int z = undefinedName;", "value: z\nequals: 1", "int z = 1;",
                        "int z = 0;"));
        Files.writeString(dir.resolve("03-format.md"), "# Format\n");
        ByteArrayOutputStream report = new ByteArrayOutputStream();

        List<String> problems = new LessonVerifier(new PrintStream(report, true,
                StandardCharsets.UTF_8), Locale.ENGLISH).verifyAll(dir);

        String text = report.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("lesson 1 (good) [en]: 1 steps, 1 exercises: ok",
                "lesson 1 (good) [pl]: 1 steps, 1 exercises: ok",
                "lesson 2 (bad) [pl]: 3 steps, 3 exercises: PROBLEMS");
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("02-bad.md:3 [en]")
                .contains("wrong answer 1 passes every check"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("02-bad.md:27 [pl]")
                .contains("the reference solution fails its check: `y`: oczekiwano 2, jest 7."));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("02-bad.md:52 [en] java")
                .contains("\"int z = undefinedName;\" ended with COMPILE_ERROR: ")
                .contains("cannot find symbol").doesNotContain("^---"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("03-format.md:1:")
                .contains("needs both languages"));
        assertThat(text).contains(problems.size() + " problem(s) found in the lessons.");
    }

    @Test
    void theCommandLineExitsZeroOnlyWhenEveryLessonPasses() throws Exception {
        Files.writeString(dir.resolve("01-good.md"), GOOD);
        assertThat(Main.commandLine().execute("lessons", "--check", "--dir", dir.toString()))
                .isEqualTo(0);
        Files.writeString(dir.resolve("02-good.md"), GOOD.replace("int four = two;",
                "int four = 4;"));
        assertThat(Main.commandLine().execute("lessons", "--check", "--dir", dir.toString()))
                .isEqualTo(1);
    }
}
