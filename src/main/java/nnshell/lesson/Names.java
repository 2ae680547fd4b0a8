package nnshell.lesson;

import java.util.Collection;
import java.util.Optional;

import nnshell.console.Suggest;

/** Finds the nearest name to a typo by edit distance. */
final class Names {

    private Names() {
    }

    /** The candidate nearest to {@code typed}, if one is close enough to be a likely typo. */
    static Optional<String> nearest(String typed, Collection<String> candidates) {
        return Suggest.closest(typed, candidates, Math.max(1, typed.length() / 3));
    }
}
