package nnshell.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the names nearest to a mistyped one, for "did you mean ...?" hints. */
final class Names {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Names() {
    }

    /** Up to three candidates close to {@code typed}, nearest first; empty if none is close. */
    static List<String> nearest(String typed, Collection<String> candidates) {
        String key = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, key.length() / 3);
        return candidates.stream()
                .filter(c -> distance(key, c) <= limit || contains(key, c))
                .sorted(Comparator.comparingInt(c -> distance(key, c)))
                .limit(3)
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

    private static int distance(String key, String candidate) {
        return DISTANCE.apply(key, candidate.toLowerCase(Locale.ROOT));
    }

    private static boolean contains(String key, String candidate) {
        String c = candidate.toLowerCase(Locale.ROOT);
        return key.length() >= 3 && (c.contains(key) || key.contains(c));
    }

    private static String quoteAll(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
