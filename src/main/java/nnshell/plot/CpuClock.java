package nnshell.plot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time of the current thread, for charging drawing against its budget: unlike
 * wall time it does not grow when a busy machine makes the thread wait.
 */
final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private CpuClock() {
    }

    /** Nanoseconds of processor time of this thread (wall time where that is not measured). */
    static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
