package nnshell.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Threads a student's snippets started that are still alive: JShell runs snippets in a
 * thread group of its own, and threads started there stay in it after Ctrl-C or /reset.
 */
final class StudentThreads {
    private static final String GROUP_PREFIX = "JShell";

    private StudentThreads() {
    }

    /** The live threads snippets started, except the one running a snippet now. */
    static List<Thread> alive(Thread runningSnippet) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t != runningSnippet && t != Thread.currentThread())
                .filter(StudentThreads::startedBySnippet)
                .toList();
    }

    /**
     * The live threads snippets started, found through the thread groups: cheap enough to
     * ask before and after every snippet (no stack traces are taken).
     */
    static Set<Thread> live() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() * 2 + 16];
        int n = root.enumerate(all, true);
        return Arrays.stream(all, 0, n).filter(Thread::isAlive)
                .filter(StudentThreads::startedBySnippet).collect(Collectors.toSet());
    }

    private static boolean startedBySnippet(Thread t) {
        for (ThreadGroup g = t.getThreadGroup(); g != null; g = g.getParent()) {
            if (g.getName().startsWith(GROUP_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** One line per thread: "spinner (RUNNABLE)". */
    static String describe(List<Thread> threads) {
        StringBuilder text = new StringBuilder();
        for (Thread t : threads) {
            text.append("  ").append(t.getName()).append(" (").append(t.getState()).append(")\n");
        }
        return text.toString().stripTrailing();
    }

    /** Stops the threads (Thread.stop, still there on Java 17); returns how many it asked. */
    @SuppressWarnings({"deprecation", "removal"})
    static int stop(List<Thread> threads) {
        int asked = 0;
        for (Thread t : threads) {
            try {
                t.stop();
                asked++;
            } catch (UnsupportedOperationException | SecurityException e) {
                System.getLogger("nnshell.shell").log(System.Logger.Level.DEBUG,
                        "cannot stop " + t.getName() + ": " + e);
            }
        }
        return asked;
    }
}
