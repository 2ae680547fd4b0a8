package nnshell.console;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Work that makes later steps faster but must not slow the start down: loading the classes of
 * drawing, letting the compiler see the whole class path. Tasks wait until the interactive
 * shell says it is idle (its engine ready and no snippet typed yet), then run one after another
 * on a low-priority daemon thread.
 *
 * <p>Without an interactive shell (piped input, a lesson check, a test) nobody says idle and
 * the tasks never run: whatever they prepare is then done when it is first needed.
 */
public final class Background {
    private static final Object LOCK = new Object();
    private static final List<Runnable> pending = new ArrayList<>();
    private static boolean idle;
    private static int running;

    private Background() {
    }

    /** Runs {@code task} once the shell is idle; at once (in the background) if it is now. */
    public static void whenIdle(Runnable task) {
        synchronized (LOCK) {
            pending.add(task);
            if (idle) {
                startPending();
            }
        }
    }

    /** Called by the shell when it waits for the student: pending tasks start now. */
    public static void idle() {
        synchronized (LOCK) {
            idle = true;
            startPending();
        }
    }

    /**
     * Waits until no task is pending or running, at most {@code timeout}; true if none is.
     * The class-data warm-up waits so that what the tasks load is archived too.
     */
    public static boolean awaitQuiet(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        synchronized (LOCK) {
            while (running > 0 || (idle && !pending.isEmpty())) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(LOCK, left);
            }
            return true;
        }
    }

    private static void startPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<Runnable> tasks = new ArrayList<>(pending);
        pending.clear();
        running++;
        Thread worker = new Thread(() -> runAll(tasks), "nnshell-background");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    private static void runAll(List<Runnable> tasks) {
        try {
            for (Runnable task : tasks) {
                try {
                    task.run();
                } catch (RuntimeException | LinkageError e) {
                    // preparation only: the work is done again when it is needed
                    System.getLogger("nnshell.console").log(System.Logger.Level.DEBUG,
                            "a background task failed", e);
                }
            }
        } finally {
            synchronized (LOCK) {
                running--;
                LOCK.notifyAll();
            }
        }
    }
}
