package nnshell.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a recorded value with a replayed one: exactly, or with the numbers in both allowed
 * to differ by a tolerance while the text around them stays the same.
 */
public final class ValueMatch {
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|NaN|-?Infinity");

    /** Object.toString's identity hash ("java.util.Random@5c86a017"): differs every run. */
    private static final Pattern IDENTITY = Pattern.compile("\\b([\\w.$]+)@[0-9a-f]{1,8}\\b");

    /** A chart's plot mode after its title ("... \"Loss\" (terminal)"): depends on the run. */
    private static final Pattern PLOT_MODE = Pattern.compile(
            "(\"[^\"\n]*\")\\s*\\((?:window|terminal|file|off)\\)(?=\\s*$)", Pattern.MULTILINE);

    private final double tolerance;

    /** A comparison that lets numbers differ by at most {@code tolerance} (0 for exact). */
    public ValueMatch(double tolerance) {
        this.tolerance = tolerance;
    }

    /** Whether the replayed value matches the recorded one. */
    public boolean matches(String expected, String actual) {
        String e = normalize(expected);
        String a = normalize(actual);
        if (e.equals(a)) {
            return true;
        }
        return tolerance > 0 && sameShape(e, a) && numbersClose(numbers(e), numbers(a));
    }

    /**
     * The value with line ends unified, trailing blanks of each line removed and identity
     * hashes and a chart's plot mode masked, since no run can reproduce those.
     */
    static String normalize(String value) {
        String text = String.join("\n", value.lines().map(String::stripTrailing).toList());
        text = PLOT_MODE.matcher(text).replaceAll("$1");
        return IDENTITY.matcher(text.strip()).replaceAll("$1@#");
    }

    private static boolean sameShape(String e, String a) {
        return NUMBER.matcher(e).replaceAll("#").equals(NUMBER.matcher(a).replaceAll("#"));
    }

    private boolean numbersClose(List<Double> e, List<Double> a) {
        if (e.size() != a.size()) {
            return false;
        }
        for (int i = 0; i < e.size(); i++) {
            double x = e.get(i);
            double y = a.get(i);
            if (!(Double.compare(x, y) == 0 || Math.abs(x - y) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static List<Double> numbers(String text) {
        List<Double> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(Double.parseDouble(m.group()));
        }
        return found;
    }
}
