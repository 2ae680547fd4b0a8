package nnshell.lesson;

/**
 * Where a check's expression, evaluated in the student's session, leaves its value for the
 * lesson to read. Works because snippets run in the shell's JVM and class loader.
 */
public final class Answer {
    private static Object value;

    private Answer() {
    }

    /** Called from a snippet: keeps {@code v} for {@link #take}. */
    public static synchronized void put(Object v) {
        value = v;
    }

    /** The value put last, leaving nothing behind. */
    static synchronized Object take() {
        Object v = value;
        value = null;
        return v;
    }
}
