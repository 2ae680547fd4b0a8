package nnshell.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The nearest names to a typo, for "Did you mean ...?" hints. Every package words its own
 * hint; this class only measures and ranks.
 *
 * <pre>{@code Suggest.closest("rleu", List.of("relu", "tanh"))  // Optional[relu]}</pre>
 */
public final class Suggest {
    private static final LevenshteinDistance LEVENSHTEIN =
            LevenshteinDistance.getDefaultInstance();

    /** A candidate and its edit distance from what was typed. */
    public record Match(String name, int distance) {
    }

    private Suggest() {
    }

    /** Edit distance (insertions, deletions, substitutions) between {@code a} and {@code b}. */
    public static int distance(CharSequence a, CharSequence b) {
        return LEVENSHTEIN.apply(a, b);
    }

    /** The usual closeness for a typo of {@code typed}: a third of its length, at least 2. */
    public static int limit(String typed) {
        return Math.max(2, typed.length() / 3);
    }

    /** Candidates within {@link #limit} edits of {@code typed} (case ignored), nearest first. */
    public static List<Match> nearest(String typed, Collection<String> candidates) {
        return nearest(typed, candidates, limit(typed));
    }

    /**
     * Candidates within {@code maxDistance} edits of {@code typed}, letter case ignored,
     * nearest first; candidates equally near keep their order in {@code candidates}.
     */
    public static List<Match> nearest(String typed, Collection<String> candidates,
            int maxDistance) {
        String key = typed.toLowerCase(Locale.ROOT);
        List<Match> close = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate == null) {
                continue;
            }
            int d = distance(key, candidate.toLowerCase(Locale.ROOT));
            if (d <= maxDistance) {
                close.add(new Match(candidate, d));
            }
        }
        close.sort(Comparator.comparingInt(Match::distance));
        return close;
    }

    /** The candidate nearest to {@code typed} however far; empty only if there are none. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        return closest(typed, candidates, Integer.MAX_VALUE);
    }

    /** The candidate nearest to {@code typed} if it is within {@code maxDistance} edits. */
    public static Optional<String> closest(String typed, Collection<String> candidates,
            int maxDistance) {
        return nearest(typed, candidates, maxDistance).stream().findFirst().map(Match::name);
    }
}
