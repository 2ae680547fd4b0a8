package nnshell.dsl;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Callbacks that every {@code fit} adds to its own, installed by the program around the DSL
 * (the shell adds its progress bar and live chart here); the DSL itself knows none of them.
 */
public final class Callbacks {
    private static final List<Supplier<Callback>> GLOBAL = new CopyOnWriteArrayList<>();

    private Callbacks() {
    }

    /** Adds a factory whose callback joins every later training run. */
    public static void addGlobal(Supplier<Callback> factory) {
        GLOBAL.add(factory);
    }

    /** Removes a factory added with {@link #addGlobal}. */
    public static void removeGlobal(Supplier<Callback> factory) {
        GLOBAL.remove(factory);
    }

    /** Fresh callbacks from every installed factory, for one training run. */
    public static List<Callback> forNewRun() {
        return GLOBAL.stream().map(Supplier::get).toList();
    }
}
