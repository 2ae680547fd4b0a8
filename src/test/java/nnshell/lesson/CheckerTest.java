package nnshell.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.testkit.Printed;

/** Checks run against a real JShell session holding answers in many forms. */
class CheckerTest {
    private static HeadlessContext context;

    @BeforeAll
    static void start(@TempDir Path state) {
        context = new Printed().session(state);
    }

    @AfterAll
    static void stop() {
        context.close();
        // a static field outlives the class's tests: let the closed engine go
        context = null;
    }

    private static List<String> failures(Check... checks) {
        Step step = new Step(1, Text.EMPTY, Text.EMPTY, List.of(), List.of(), List.of(),
                List.of(checks), List.of(), "x", List.of("y"));
        return new Checker(context, Locale.ENGLISH).failures(step, 0);
    }

    private static Check value(String name, Object expected) {
        return new Check.Value(1, name, expected, 1e-6);
    }

    @Test
    void numbersPassWhateverTheirJavaType() {
        context.eval("int i = 3; double d = 3.0000001; Integer boxed = 3; long l = 3L;"
                + " float f = 3f; String s = \" 3 \";");
        for (String name : List.of("i", "d", "boxed", "l", "f", "s")) {
            assertThat(failures(value(name, 3.0))).as(name).isEmpty();
        }
        assertThat(failures(value("i", 4.0))).containsExactly("`i`: expected 4, found 3.");
    }

    @Test
    void listsPassAsArraysListsOrTensors() {
        context.eval("double[] a = {1, 2, 3}; int[] ints = {1, 2, 3};"
                + " var list = java.util.List.of(1, 2.0, 3L);"
                + " var t = nnshell.dsl.Tensor.of(1, 2, 3);"
                + " var grid = new double[][] {{1, 2}, {3, 4}};"
                + " var matrix = nnshell.dsl.Tensor.of(new double[][] {{1, 2}, {3, 4}});");
        for (String name : List.of("a", "ints", "list", "t")) {
            assertThat(failures(value(name, List.of(1.0, 2.0, 3.0)))).as(name).isEmpty();
        }
        List<Object> square = List.of(List.of(1.0, 2.0), List.of(3.0, 4.0));
        assertThat(failures(value("grid", square), value("matrix", square))).isEmpty();
    }

    @Test
    void aDifferenceIsDescribed() {
        context.eval("double[] weights = {0.5, 1};");
        assertThat(failures(value("weights", List.of(0.5, 1.0, 2.0))))
                .containsExactly("Expected 3 values in `weights`, found 2.");
        assertThat(failures(value("weights", List.of(0.5, 2.0))))
                .containsExactly("`weights[1]`: expected 2, found 1.");
        context.eval("double one = 1;");
        assertThat(failures(value("one", List.of(1.0, 2.0)))).containsExactly(
                "Expected `one` to hold 2 values (an array, a list or a Tensor), found 1.");
        assertThat(failures(value("nothingHere", 1.0))).containsExactly(
                "There is no variable `nothingHere` yet: define it, for example"
                        + " `var nothingHere = ...;`.");
    }

    @Test
    void textAndBooleansCompare() {
        context.eval("String word = \"hello \"; boolean yes = true;");
        assertThat(failures(value("word", "hello"), value("yes", true))).isEmpty();
        assertThat(failures(value("word", "bye"))).containsExactly(
                "`word`: expected \"bye\", found \"hello\".");
    }

    @Test
    void predicatesRunInTheSessionAndShowWhatDiffers() {
        context.eval("int twice(int n) { return n + 2; }");
        Check good = new Check.Predicate(1, "twice(2) == 4", "", Text.EMPTY);
        Check bad = new Check.Predicate(1, "twice(3) == 6", "twice(3)",
                new Text("twice is wrong.", "twice jest źle."));
        assertThat(failures(good)).isEmpty();
        assertThat(failures(bad)).containsExactly("twice is wrong. (`twice(3)` is 5.)");
        Check sentence = new Check.Predicate(1, "twice(3) == 6",
                "\"twice(3) = \" + twice(3)", new Text("twice is wrong.", "twice jest źle."));
        assertThat(failures(sentence)).containsExactly("twice is wrong. (Now: twice(3) = 5.)");
        Check plain = new Check.Predicate(1, "twice(0) == 1", "", Text.EMPTY);
        assertThat(failures(plain)).containsExactly(
                "The condition `twice(0) == 1` is not true yet.");
    }

    @Test
    void aPredicateThatCannotRunSaysWhy() {
        Check mistyped = new Check.Predicate(1, "\"text\" - 1 > 0", "", Text.EMPTY);
        assertThat(failures(mistyped)).singleElement().asString()
                .startsWith("The check `\"text\" - 1 > 0` could not run:")
                .contains("bad operand types").doesNotContain("Answer");
        Check throwing = new Check.Predicate(1, "Integer.parseInt(\"x\") > 0", "", Text.EMPTY);
        assertThat(failures(throwing)).singleElement().asString()
                .contains("NumberFormatException");
        Check notBoolean = new Check.Predicate(1, "42", "", Text.EMPTY);
        assertThat(failures(notBoolean)).containsExactly(
                "The check `42` should give true or false, but gave 42.");
    }

    @Test
    void outputChecksSearchWhatWasPrintedAndChecksLeaveNoHistory() {
        int before = context.history().size();
        context.eval("System.out.println(\"loss 0.25 after 10 epochs\");");
        Check output = new Check.Output(1, "loss 0\\.2\\d");
        Check absent = new Check.Output(1, "accuracy");
        int mark = before;
        Step step = new Step(1, Text.EMPTY, Text.EMPTY, List.of(), List.of(), List.of(),
                List.of(output, absent), List.of(), "x", List.of("y"));
        List<String> found = new Checker(context, Locale.ENGLISH).failures(step, mark);
        assertThat(found).containsExactly("Expected printed output matching `accuracy`;"
                + " the last lines printed were:\nloss 0.25 after 10 epochs");
        assertThat(context.history()).hasSize(before + 1);
    }

    private static Step step(String solution, Check... checks) {
        return new Step(1, Text.EMPTY, Text.EMPTY, List.of(), List.of(), List.of(),
                List.of(checks), List.of(), solution, List.of("y"));
    }

    private static Check predicate(String expression) {
        return new Check.Predicate(1, expression, "", Text.EMPTY);
    }

    @Test
    void aMissingNameIsSaidOnceWithTheStepThatDefinesIt() {
        Step first = step("int unrelated = 1;");
        Step second = step("double[] gateAnd = {1, 1};", predicate("gateAnd.length == 2"));
        Step third = step("", predicate("gateAnd[0] == 1"), predicate("gateAnd[1] == 1"),
                predicate("gateAnd.length > 0"));
        Checker checker = new Checker(context, Locale.ENGLISH, List.of(first, second, third),
                10_000);
        assertThat(checker.failures(third, 0)).containsExactly(
                "`gateAnd` is not defined yet: define it first (step 2).");
        assertThat(checker.failures(second, 0)).containsExactly(
                "`gateAnd` is not defined yet: this step asks you to define it (step 2).");
        assertThat(failures(predicate("nowhereDefined(1) > 0"))).containsExactly(
                "`nowhereDefined` is not defined yet: define it first.");
    }

    @Test
    void endlessRecursionIsOneSentence() {
        context.eval("double mySigmoidPrime(double x) { return mySigmoidPrime(x) * 2; }");
        List<String> failures = failures(predicate("mySigmoidPrime(0) == 0.25"),
                predicate("mySigmoidPrime(1) < 1"));
        assertThat(failures).containsExactly("Your mySigmoidPrime never stops calling itself"
                + " (StackOverflowError): it needs a case that returns without calling itself.");
    }

    @Test
    void anExceptionIsItsTypeMessageAndAFewFrames() {
        context.eval("int divide(int a, int b) { return a / b; }");
        List<String> failures = failures(predicate("divide(1, 0) == 0"));
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0))
                .startsWith("The check `divide(1, 0) == 0` stopped with ArithmeticException:"
                        + " / by zero (at divide (#")
                .doesNotContain("nnshell.lesson.Answer").doesNotContain("\n");
    }

    @Test
    void aCheckThatNeverReturnsIsStoppedByTheTimeLimit() {
        context.eval("boolean spin(int n) { while (n >= 0) { n = n % 7; } return true; }");
        Checker checker = new Checker(context, Locale.ENGLISH, List.of(), 500);
        long start = System.nanoTime();
        List<String> failures = checker.failures(step("", predicate("spin(3)")), 0);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
        assertThat(failures).containsExactly("Stopped: your spin(...) did not return within"
                + " 0.5 s; look for a loop that never ends.");
        context.eval("int afterSpin = 4;");
        assertThat(failures(value("afterSpin", 4.0))).isEmpty();
    }
}
