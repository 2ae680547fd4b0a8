package nnshell.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The settings of one {@code fit}: epochs, batch size, validation, shuffling, callbacks,
 * verbosity. Each setter returns the options, so they chain.
 *
 * <pre>{@code model.fit(x, y, options().epochs(50).batchSize(10).validationSplit(0.2))}</pre>
 */
public final class FitOptions {
    int epochs = 1;
    int batchSize = 32;
    double validationSplit;
    Tensor validationX;
    Tensor validationY;
    boolean shuffle = true;
    Long seed;
    int verbose = 1;
    final List<Callback> callbacks = new ArrayList<>();

    /** Training for {@code n} passes over the data (default 1). */
    public FitOptions epochs(int n) {
        epochs = n;
        return this;
    }

    /** Updating the weights after every {@code n} examples (default 32). */
    public FitOptions batchSize(int n) {
        batchSize = n;
        return this;
    }

    /** Holding out the last {@code fraction} of the rows (before shuffling) to validate on. */
    public FitOptions validationSplit(double fraction) {
        validationSplit = fraction;
        return this;
    }

    /** Validating on {@code x}, {@code y} after each epoch ("val_loss", "val_accuracy"). */
    public FitOptions validationData(Tensor x, Tensor y) {
        validationX = x;
        validationY = y;
        return this;
    }

    /** Whether to shuffle the rows before each epoch (default yes). */
    public FitOptions shuffle(boolean on) {
        shuffle = on;
        return this;
    }

    /** Shuffling with a generator seeded by {@code s} (default: drawn from the session seed). */
    public FitOptions seed(long s) {
        seed = s;
        return this;
    }

    /**
     * 0 prints nothing and draws no live chart, 1 one progress line updated in place (default),
     * 2 one line per epoch. Example: {@code options().verbose(2)}.
     */
    public FitOptions verbose(int level) {
        verbose = level;
        return this;
    }

    /** Adds callbacks told about every batch and epoch. */
    public FitOptions callbacks(Callback... more) {
        callbacks.addAll(Arrays.asList(more));
        return this;
    }

    @Override
    public String toString() {
        return "FitOptions(epochs=" + epochs + ", batchSize=" + batchSize
                + (validationSplit > 0 ? ", validationSplit=" + validationSplit : "")
                + (validationX != null ? ", validationData" : "")
                + ", shuffle=" + shuffle + (seed != null ? ", seed=" + seed : "")
                + ", verbose=" + verbose + ")";
    }
}
