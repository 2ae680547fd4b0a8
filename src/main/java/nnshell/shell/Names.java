package nnshell.shell;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the nearest known name to a misspelt one, by edit distance.
 *
 * <p>It keeps a measure of its own rather than {@link nnshell.console.Suggest}'s Levenshtein:
 * Java names are short and typed fast, so a swap of two neighbours counts one edit ("lsit"
 * finds "list" within a four-letter name's limit), and a change of case alone counts half, so
 * that among near names the one differing only in case wins.
 */
final class Names {

    private Names() {
    }

    /**
     * The candidate closest to {@code typed}, if one is close enough to be a likely typo:
     * at most one edit for short names, about a third of the length for longer ones.
     * Case differences count half, so {@code tensor} finds {@code Tensor}.
     */
    static Optional<String> nearest(String typed, Collection<String> candidates) {
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(typed) || candidate.isEmpty()) {
                continue;
            }
            double d = distance(typed, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        double limit = Math.max(1.0, typed.length() / 3.0);
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /**
     * Edit distance (insert, delete, change, swap of two neighbours) where a change of letter
     * case alone costs one half.
     */
    static double distance(String a, String b) {
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                double change = changeCost(a.charAt(i - 1), b.charAt(j - 1));
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1),
                        d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static double changeCost(char x, char y) {
        if (x == y) {
            return 0;
        }
        String lx = String.valueOf(x).toLowerCase(Locale.ROOT);
        return lx.equals(String.valueOf(y).toLowerCase(Locale.ROOT)) ? 0.5 : 1;
    }
}
