package nnshell.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Every chart drawn in this process, as a PNG, in order; a session's HTML export shows them.
 * The sequence number tells which snippet drew which chart.
 */
public final class ChartLog {
    private static final List<Entry> CHARTS = new ArrayList<>();

    /** One drawn chart. */
    public record Entry(int sequence, String title, byte[] png) {
    }

    private ChartLog() {
    }

    /** Records a chart; returns its sequence number. */
    public static synchronized int record(String title, byte[] png) {
        CHARTS.add(new Entry(CHARTS.size(), title, png.clone()));
        return CHARTS.size() - 1;
    }

    /** How many charts were drawn so far. */
    public static synchronized int count() {
        return CHARTS.size();
    }

    /** The charts drawn since {@code sequence} (inclusive). */
    public static synchronized List<Entry> since(int sequence) {
        return List.copyOf(CHARTS.subList(Math.min(sequence, CHARTS.size()), CHARTS.size()));
    }

    /** Forgets every chart (for a new session). */
    public static synchronized void clear() {
        CHARTS.clear();
    }

    /** All charts, for tests. */
    static synchronized List<Entry> all() {
        return new ArrayList<>(CHARTS);
    }
}
