package nnshell.dsl;

import java.util.Random;
import java.util.SplittableRandom;

/**
 * The session's random seed. Everything random in the DSL (initial weights, shuffling,
 * dropout, generated datasets) draws from generators made here, so one seed fixes a run.
 *
 * <pre>{@code Seeds.set(42);}</pre>
 */
public final class Seeds {
    private static volatile long seed = 42;
    private static SplittableRandom root = new SplittableRandom(42);

    private Seeds() {
    }

    /** Sets the session's seed and restarts every stream drawn from it. */
    public static synchronized void set(long newSeed) {
        seed = newSeed;
        root = new SplittableRandom(newSeed);
    }

    /** The seed set last (42 until one is set). */
    public static long get() {
        return seed;
    }

    /** A new generator for one use (one layer's weights, one fit's shuffling). */
    public static synchronized Random next() {
        return new Random(root.nextLong());
    }

    /** A generator fixed by an explicit seed, independent of the session's. */
    public static Random of(long explicitSeed) {
        return new Random(explicitSeed);
    }
}
