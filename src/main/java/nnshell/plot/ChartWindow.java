package nnshell.plot;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/** A Swing window per chart that stays open and repaints when the chart changes. */
final class ChartWindow {
    private static final Map<Chart, JFrame> OPEN = new ConcurrentHashMap<>();
    private static final AtomicInteger DELAYED = new AtomicInteger();

    private ChartWindow() {
    }

    /** Opens a window for {@code chart}, or brings its window to the front. */
    static void open(Chart chart) {
        onEdt(() -> {
            JFrame frame = OPEN.get(chart);
            if (frame == null || !frame.isDisplayable()) {
                frame = newFrame(chart);
                OPEN.put(chart, frame);
            }
            frame.setTitle(windowTitle(chart));
            frame.setVisible(true);
            frame.repaint();
        });
    }

    /** Repaints the chart's window, if it has one; any thread may call this. */
    static void repaint(Chart chart) {
        JFrame frame = OPEN.get(chart);
        if (frame != null) {
            frame.repaint();
        }
    }

    /**
     * Repaints the chart's window {@code millis} from now, so that the thread asking (training,
     * about to return) finishes first instead of being pushed off a busy processor by the
     * window's painting.
     */
    static void repaintAfter(Chart chart, int millis) {
        DELAYED.incrementAndGet();
        Timer timer = new Timer(millis, e -> {
            repaint(chart);
            DELAYED.decrementAndGet();
        });
        timer.setRepeats(false);
        timer.start();
    }

    /**
     * Waits (at most 2 s) until the windows have painted what they were asked to before now,
     * delayed repaints included: repaints wait in Swing's event queue, so an empty task queued
     * after them runs once they are done.
     */
    static void awaitPainted() throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) {
            return;
        }
        long end = System.nanoTime() + 2_000_000_000L;
        while (DELAYED.get() > 0 && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        onEdt(() -> { });
    }

    /** Whether the chart has an open window. */
    static boolean isOpen(Chart chart) {
        JFrame frame = OPEN.get(chart);
        return frame != null && frame.isDisplayable();
    }

    private static JFrame newFrame(Chart chart) {
        JFrame frame = new JFrame(windowTitle(chart));
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.add(new ChartPanel(chart));
        frame.pack();
        frame.setLocationByPlatform(true);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                OPEN.remove(chart);
            }
        });
        return frame;
    }

    private static String windowTitle(Chart chart) {
        return chart.title().isBlank() ? "nnshell" : chart.title() + " - nnshell";
    }

    private static void onEdt(Runnable action) {
        if (SwingUtilities.isEventDispatchThread()) {
            action.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(action);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Paints a chart at the panel's size. */
    private static final class ChartPanel extends JPanel {
        private final transient Chart chart;

        ChartPanel(Chart chart) {
            this.chart = chart;
            setPreferredSize(new Dimension(chart.width(), chart.height()));
        }

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                        RenderingHints.VALUE_ANTIALIAS_ON);
                long start = CpuClock.now();
                // paint a copy, so that training can add points while the window paints
                Chart still = chart.frozen();
                synchronized (still) {
                    still.paint(g2, getWidth(), getHeight());
                }
                chart.addWindowPaintNanos(CpuClock.now() - start);
            } finally {
                g2.dispose();
            }
        }
    }
}
