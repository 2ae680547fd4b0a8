package nnshell.research;

import java.util.ArrayList;
import java.util.List;

import nnshell.console.Suggest;

/** Feature names: defaults and the nearest name to a typo. */
final class Names {

    private Names() {
    }

    /** x0, x1, ... for {@code n} features. */
    static List<String> defaults(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("x" + i);
        }
        return out;
    }

    /** {@code given} if it has one name per feature, else a sentence saying what is wrong. */
    static List<String> check(List<String> given, int n) {
        if (given == null) {
            return defaults(n);
        }
        if (given.size() != n) {
            throw Msg.bad("names.features", given.size(), n);
        }
        return List.copyOf(given);
    }

    /** The name in {@code names} closest to {@code typed} by edit distance. */
    static String nearest(String typed, List<String> names) {
        return Suggest.closest(typed, names).orElse("");
    }
}
