package nnshell.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every data file read in this process with its SHA-256, so that a saved session can record
 * exactly which data it used.
 */
public final class DataLog {
    private static final Map<String, String> READ = Collections.synchronizedMap(
            new LinkedHashMap<>());

    private DataLog() {
    }

    /** Records that {@code file} (a path or a dataset name) with this SHA-256 was read. */
    public static void record(String file, String sha256) {
        READ.put(file, sha256);
    }

    /** The files read so far, in the order first read, with their SHA-256 sums. */
    public static Map<String, String> filesRead() {
        synchronized (READ) {
            return Map.copyOf(new LinkedHashMap<>(READ));
        }
    }

    /** Forgets what was read (for a new session). */
    public static void clear() {
        READ.clear();
    }
}
