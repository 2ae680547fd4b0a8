package nnshell.dsl;

import java.util.Map;

/**
 * Something told about training as it happens: a progress bar, a live chart, early stopping.
 * Every method does nothing by default; override the ones you need.
 *
 * <pre>{@code model.fit(x, y, 10, Callback.onEpoch((e, logs) -> println(logs)))}</pre>
 */
public interface Callback {

    /** Called once before the first epoch with the planned number of epochs. */
    default void onTrainBegin(int epochs, int batchesPerEpoch) {
    }

    /** Called after each batch with that batch's loss and metrics. */
    default void onBatchEnd(int epoch, int batch, Map<String, Double> logs) {
    }

    /** Called after each epoch with its loss and metrics ("loss", "val_loss", ...). */
    default void onEpochEnd(int epoch, Map<String, Double> logs) {
    }

    /** Called once when training ends, normally or not. */
    default void onTrainEnd(Map<String, Double> lastLogs) {
    }

    /** Whether training should stop after the current epoch (early stopping says yes). */
    default boolean stopRequested() {
        return false;
    }

    /** A callback made of one epoch-end action. */
    static Callback onEpoch(java.util.function.BiConsumer<Integer, Map<String, Double>> action) {
        return new Callback() {
            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs) {
                action.accept(epoch, logs);
            }
        };
    }
}
