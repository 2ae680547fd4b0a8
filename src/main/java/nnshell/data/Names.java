package nnshell.data;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import nnshell.console.Suggest;

/** Finds the names nearest to a mistyped one, for "did you mean ...?" hints. */
final class Names {
    private Names() {
    }

    /** Up to three candidates close to {@code typed}, nearest first; empty if none is close. */
    static List<String> nearest(String typed, Collection<String> candidates) {
        String key = typed.toLowerCase(Locale.ROOT);
        int limit = Suggest.limit(key);
        return Suggest.nearest(key, candidates, Integer.MAX_VALUE).stream()
                .filter(m -> m.distance() <= limit || contains(key, m.name()))
                .limit(3)
                .map(Suggest.Match::name)
                .toList();
    }

    /** The hint sentence for {@code typed}: "Did you mean ...?" or the list of all names. */
    static String hint(String typed, Collection<String> candidates) {
        List<String> near = nearest(typed, candidates);
        if (!near.isEmpty()) {
            return Msg.text("names.didYouMean", quoteAll(near));
        }
        return Msg.text("names.available", quoteAll(List.copyOf(candidates)));
    }

    private static boolean contains(String key, String candidate) {
        String c = candidate.toLowerCase(Locale.ROOT);
        return key.length() >= 3 && (c.contains(key) || key.contains(c));
    }

    private static String quoteAll(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
