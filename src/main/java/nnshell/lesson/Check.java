package nnshell.lesson;

/** One condition an exercise's answer must meet, checked against the session's state. */
public sealed interface Check permits Check.Value, Check.Predicate, Check.Output {

    /** The line of the lesson file where the check is written. */
    int line();

    /**
     * A variable must hold a value: numbers within a tolerance, arrays, lists and tensors
     * element by element, text after trimming.
     *
     * @param line the line in the lesson file
     * @param name the variable's name
     * @param expected the expected value, parsed from the lesson file
     * @param tolerance the largest allowed difference between numbers
     */
    record Value(int line, String name, Object expected, double tolerance) implements Check {
    }

    /**
     * A Java boolean expression evaluated in the session must be true.
     *
     * @param line the line in the lesson file
     * @param expression the boolean expression
     * @param show an expression whose value is shown when the check fails, or empty
     * @param message what to tell the student when the check fails, or empty
     */
    record Predicate(int line, String expression, String show, Text message) implements Check {
    }

    /**
     * Something the student printed during the step must match a regular expression.
     *
     * @param line the line in the lesson file
     * @param regex the pattern searched for in the printed output
     */
    record Output(int line, String regex) implements Check {
    }
}
