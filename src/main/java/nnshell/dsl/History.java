package nnshell.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code fit} returns: every logged value ("loss", "accuracy", "val_loss", ...) per epoch.
 *
 * <pre>{@code history.get("loss")}</pre>
 */
public final class History {
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private String stopReason;

    void add(Map<String, Double> logs) {
        logs.forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    }

    void stop(String reason) {
        stopReason = reason;
    }

    /** The values of {@code key} per epoch; fails with a sentence for an unknown key. */
    public List<Double> get(String key) {
        List<Double> v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(Msg.text("history.unknown", key,
                    String.join(", ", values.keySet()),
                    Names.nearest(key, values.isEmpty() ? List.of("loss") : values.keySet())));
        }
        return Collections.unmodifiableList(v);
    }

    /** The value of {@code key} at the last epoch. */
    public double last(String key) {
        List<Double> v = get(key);
        return v.get(v.size() - 1);
    }

    /** Names of the logged values, in order. */
    public List<String> keys() {
        return List.copyOf(values.keySet());
    }

    /** Number of epochs run. */
    public int epochs() {
        return values.isEmpty() ? 0 : values.values().iterator().next().size();
    }

    /** Why training stopped early (a sentence), or null if it ran every epoch. */
    public String stopReason() {
        return stopReason;
    }

    /** Every logged value per epoch (read-only). */
    public Map<String, List<Double>> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("History(epochs=" + epochs());
        values.forEach((k, v) -> sb.append(", ").append(k).append(' ')
                .append(TensorFormat.number(v.get(0))).append(" -> ")
                .append(TensorFormat.number(v.get(v.size() - 1))));
        if (stopReason != null) {
            sb.append(", stopped: ").append(stopReason);
        }
        return sb.append(')').toString();
    }
}
