package nnshell.shell;

/**
 * A hand-over point between snippets and the shell: a snippet puts a value, the shell takes it.
 * Works because snippets run in the shell's JVM and class loader.
 */
public final class Bridge {
    private static Object value;

    private Bridge() {
    }

    /** Stores a value for the shell to take; returns it unchanged. */
    public static synchronized Object put(Object v) {
        value = v;
        return v;
    }

    /** Takes the last value put, leaving nothing behind. */
    public static synchronized Object take() {
        Object v = value;
        value = null;
        return v;
    }
}
