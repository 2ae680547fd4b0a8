package nnshell.dsl;

import java.util.Collection;

import nnshell.console.Suggest;

/** The nearest name to a typo, for "did you mean ...?". */
final class Names {
    private Names() {
    }

    /** The candidate closest to {@code typed} by edit distance (case ignored). */
    static String nearest(String typed, Collection<String> candidates) {
        return Suggest.closest(typed, candidates).orElse(null);
    }
}
