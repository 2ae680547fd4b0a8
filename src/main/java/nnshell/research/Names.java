package nnshell.research;

import java.util.ArrayList;
import java.util.List;

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
        String best = names.isEmpty() ? "" : names.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = distance(typed.toLowerCase(), name.toLowerCase());
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int same = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + same);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
