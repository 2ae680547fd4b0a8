package nnshell.dsl;

import java.util.Map;

/**
 * Stops training when a logged value ("val_loss" by default) has not improved for
 * {@code patience} epochs. Values whose name ends in "loss" or "error" improve downwards.
 *
 * <pre>{@code options().callbacks(new EarlyStopping("val_loss", 5))}</pre>
 */
public final class EarlyStopping implements Callback {
    private final String monitor;
    private final int patience;
    private final double minDelta;
    private double best = Double.NaN;
    private int wait;
    private boolean stop;
    private int stoppedEpoch = -1;

    /** Watches {@code monitor}, waiting {@code patience} epochs without improvement. */
    public EarlyStopping(String monitor, int patience) {
        this(monitor, patience, 0);
    }

    /** As above; an improvement must exceed {@code minDelta}. */
    public EarlyStopping(String monitor, int patience, double minDelta) {
        this.monitor = monitor;
        this.patience = patience;
        this.minDelta = minDelta;
    }

    @Override
    public void onTrainBegin(int epochs, int batchesPerEpoch) {
        best = Double.NaN;
        wait = 0;
        stop = false;
        stoppedEpoch = -1;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs) {
        Double v = logs.get(monitor);
        if (v == null) {
            throw new IllegalArgumentException(Msg.text("early.unknown", monitor,
                    String.join(", ", logs.keySet())));
        }
        boolean lower = monitor.endsWith("loss") || monitor.endsWith("mae")
                || monitor.endsWith("rmse");
        boolean better = Double.isNaN(best) || (lower ? v < best - minDelta : v > best + minDelta);
        if (better) {
            best = v;
            wait = 0;
        } else if (++wait >= patience) {
            stop = true;
            stoppedEpoch = epoch;
        }
    }

    @Override
    public boolean stopRequested() {
        return stop;
    }

    /** The epoch (from 0) after which it stopped training, or -1. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }

    @Override
    public String toString() {
        return "EarlyStopping(" + monitor + ", patience=" + patience + ")";
    }
}
