package nnshell.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every chart drawn in this process, as a PNG, in order; a session's HTML export shows them.
 * The sequence number tells which snippet drew which chart. A chart may be recorded before its
 * PNG is rendered: it is rendered when first read, so that training never waits for it.
 */
public final class ChartLog {
    private static final List<Slot> CHARTS = new ArrayList<>();

    /** One drawn chart. */
    public record Entry(int sequence, String title, byte[] png) {
    }

    /** A recorded chart whose PNG is made on first use. */
    private static final class Slot {
        private String title;
        private Supplier<byte[]> render;
        private byte[] png;

        Slot(String title, Supplier<byte[]> render) {
            this.title = title;
            this.render = render;
        }

        synchronized byte[] png() {
            if (png == null) {
                png = render.get();
                render = null;
            }
            return png;
        }

        synchronized void replace(String newTitle, Supplier<byte[]> newRender) {
            title = newTitle;
            render = newRender;
            png = null;
        }

        synchronized String title() {
            return title;
        }
    }

    private ChartLog() {
    }

    /** Records a chart; returns its sequence number. */
    public static synchronized int record(String title, byte[] png) {
        byte[] copy = png.clone();
        CHARTS.add(new Slot(title, () -> copy));
        return CHARTS.size() - 1;
    }

    /**
     * Records a chart now whose PNG {@code render} makes when the log is first read (it must
     * draw a snapshot that no longer changes); returns its sequence number.
     */
    public static synchronized int recordLater(String title, Supplier<byte[]> render) {
        CHARTS.add(new Slot(title, render));
        return CHARTS.size() - 1;
    }

    /**
     * Replaces what chart {@code sequence} shows, after the chart changed once shown (a series
     * added, a new title); {@code render} runs when the log is next read.
     */
    static void update(int sequence, String title, Supplier<byte[]> render) {
        Slot slot;
        synchronized (ChartLog.class) {
            if (sequence < 0 || sequence >= CHARTS.size()) {
                return;
            }
            slot = CHARTS.get(sequence);
        }
        slot.replace(title, render);
    }

    /** How many charts were drawn so far. */
    public static synchronized int count() {
        return CHARTS.size();
    }

    /** The charts drawn since {@code sequence} (inclusive), rendering any not yet made. */
    public static List<Entry> since(int sequence) {
        List<Slot> slots;
        int from;
        synchronized (ChartLog.class) {
            from = Math.min(Math.max(0, sequence), CHARTS.size());
            slots = List.copyOf(CHARTS.subList(from, CHARTS.size()));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            byte[] png = slot.png();
            entries.add(new Entry(from + i, slot.title(), png));
        }
        return entries;
    }

    /** Forgets every chart (for a new session). */
    public static synchronized void clear() {
        CHARTS.clear();
    }

    /** All charts, for tests. */
    static List<Entry> all() {
        return since(0);
    }
}
