package nnshell.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LessonParserTest {
    private static final Path FILE = Path.of("lessons/07-sample.md");
    private static final String GOOD = """
            # Sample | Próbka

            ## First | Pierwszy

            <!-- en -->
            Read **this**.

            - a list item

            <!-- pl -->
            Przeczytaj to.

            ```java
            int a = 1;
            ```

            ```java norun
            Tensr.of(1)
            ```

            ```check
            value: a
            equals: [1, 2.5, "x", true]
            tolerance: 0.01
            ```

            ```check
            predicate: a > 0
            show: a
            en: Too small.
            pl: Za mało.
            ```

            <!-- hint en -->
            Hint one.

            <!-- hint pl -->
            Wskazówka pierwsza.

            ```solution
            int a = 2;
            ```

            ```wrong
            int a = 0;
            ```
            """;

    private static List<String> problems(String source) {
        try {
            LessonParser.parse(FILE, Locale.ENGLISH, source);
            return List.of();
        } catch (LessonFormatException e) {
            return e.problems();
        }
    }

    @Test
    void readsStepsTextsCodeChecksHintsAndAnswers() throws Exception {
        Lesson lesson = LessonParser.parse(FILE, Locale.ENGLISH, GOOD);
        assertThat(lesson.id()).isEqualTo("7");
        assertThat(lesson.slug()).isEqualTo("sample");
        assertThat(lesson.title()).isEqualTo(new Text("Sample", "Próbka"));
        Step step = lesson.steps().get(0);
        assertThat(step.line()).isEqualTo(3);
        assertThat(step.text().en()).contains("Read **this**.", "- a list item");
        assertThat(step.text().pl()).isEqualTo("Przeczytaj to.");
        assertThat(step.tryCode()).containsExactly("int a = 1;", "Tensr.of(1)");
        assertThat(step.tryRun()).containsExactly("int a = 1;");
        assertThat(step.checks()).hasSize(2);
        Check.Value value = (Check.Value) step.checks().get(0);
        assertThat(value.expected()).isEqualTo(List.of(1.0, 2.5, "x", true));
        assertThat(value.tolerance()).isEqualTo(0.01);
        Check.Predicate predicate = (Check.Predicate) step.checks().get(1);
        assertThat(predicate.message().in(Locale.forLanguageTag("pl"))).isEqualTo("Za mało.");
        assertThat(step.hints()).containsExactly(new Text("Hint one.", "Wskazówka pierwsza."));
        assertThat(step.solution()).isEqualTo("int a = 2;");
        assertThat(step.wrong()).containsExactly("int a = 0;");
    }

    @Test
    void aMistypedCodeBlockNamesFileLineAndTheNearestKind() {
        assertThat(problems(GOOD.replace("```check\nvalue", "```chek\nvalue")))
                .anySatisfy(p -> assertThat(p).startsWith("lessons/07-sample.md:21: ")
                        .contains("unknown code block \"```chek\"")
                        .contains("Did you mean ```check?"));
    }

    @Test
    void missingPolishTextAndHeadingLanguageAreReported() {
        String noPolish = GOOD.replace("<!-- pl -->\nPrzeczytaj to.\n", "");
        assertThat(problems(noPolish)).anySatisfy(p -> assertThat(p)
                .isEqualTo("lessons/07-sample.md:3: the step has no text after <!-- pl -->."));
        assertThat(problems(GOOD.replace("## First | Pierwszy", "## First")))
                .anySatisfy(p -> assertThat(p).startsWith("lessons/07-sample.md:3: ")
                        .contains("\"First\" needs both languages"));
    }

    @Test
    void exerciseWithoutSolutionOrWrongAnswerIsReported() {
        String noSolution = GOOD.replace("```solution\nint a = 2;\n```", "");
        assertThat(problems(noSolution)).anySatisfy(p -> assertThat(p)
                .contains(":3: the exercise has a ```check but no ```solution"));
        String noWrong = GOOD.replace("```wrong\nint a = 0;\n```", "");
        assertThat(problems(noWrong)).anySatisfy(p -> assertThat(p)
                .contains(":3: the exercise has no ```wrong answer"));
    }

    @Test
    void badCheckLinesAreReportedAtTheirLine() {
        String badKey = GOOD.replace("tolerance: 0.01", "tolerence: 0.01");
        assertThat(problems(badKey)).anySatisfy(p -> assertThat(p)
                .contains(":21: unknown check key \"tolerence (tolerance?)\""));
        String badValue = GOOD.replace("equals: [1, 2.5, \"x\", true]", "equals: [1, two]");
        assertThat(problems(badValue)).anySatisfy(p -> assertThat(p)
                .contains("cannot read the expected value \"[1, two]\"")
                .contains("'two' is not a number"));
        String oneLanguage = GOOD.replace("pl: Za mało.\n", "");
        assertThat(problems(oneLanguage)).anySatisfy(p -> assertThat(p)
                .contains("needs both \"en:\" and \"pl:\""));
    }

    @Test
    void aLessonMaySetHowLongItsChecksMayRun() throws Exception {
        assertThat(LessonParser.parse(FILE, Locale.ENGLISH, GOOD).checkSeconds()).isZero();
        String slow = GOOD.replace("# Sample | Próbka\n",
                "# Sample | Próbka\n\n<!-- check-seconds 30 -->\n");
        Lesson lesson = LessonParser.parse(FILE, Locale.ENGLISH, slow);
        assertThat(lesson.checkSeconds()).isEqualTo(30.0);
        assertThat(lesson.checkMillis()).isEqualTo(30_000L);
    }

    @Test
    void proseOutsideALanguageAndUnknownMarkersAreReported() {
        String stray = GOOD.replace("## First | Pierwszy\n", "## First | Pierwszy\n\nStray.\n");
        assertThat(problems(stray)).anySatisfy(p -> assertThat(p)
                .isEqualTo("lessons/07-sample.md:5: text outside a language section:"
                        + " put <!-- en --> or <!-- pl --> on the line before it."));
        assertThat(problems(GOOD.replace("<!-- hint pl -->", "<!-- hint pk -->")))
                .anySatisfy(p -> assertThat(p).contains("unknown marker <!-- hint pk -->")
                        .contains("Did you mean <!-- hint pl -->?"));
    }

    @Test
    void problemsAreDescribedInPolishToo() {
        assertThatThrownBy(() -> LessonParser.parse(FILE, Locale.forLanguageTag("pl"),
                GOOD.replace("## First | Pierwszy", "## First")))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("potrzebuje obu języków");
    }

    @Test
    void aBadFileNameIsReported() {
        assertThatThrownBy(() -> LessonParser.parse(Path.of("lessons/neuron.md"),
                Locale.ENGLISH, GOOD)).hasMessageContaining(
                        "lessons/neuron.md:1: the file name \"neuron.md\" does not have the form");
    }
}
