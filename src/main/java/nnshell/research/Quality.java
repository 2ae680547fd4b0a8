package nnshell.research;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import nnshell.dsl.Tensor;

/**
 * A named quality measure of predictions against targets, and the ones known by name:
 * accuracy, auc, logLoss, f1Macro, f1Micro, mse, mae.
 *
 * <pre>{@code Quality.named("auc").of(model.predict(x), y)}</pre>
 */
public record Quality(String name, boolean higherIsBetter,
        BiFunction<Tensor, Tensor, Double> measure) {

    private static final Map<String, Quality> KNOWN = known();

    /** The measure of {@code predictions} against {@code targets}. */
    public double of(Tensor predictions, Tensor targets) {
        return measure.apply(predictions, targets);
    }

    /**
     * The measure called {@code name}; a typo gets the nearest name.
     *
     * <pre>{@code Quality.named("f1Macro")}</pre>
     */
    public static Quality named(String name) {
        Quality q = KNOWN.get(name);
        if (q == null) {
            List<String> names = List.copyOf(KNOWN.keySet());
            throw Msg.bad("quality.unknown", name, Names.nearest(name, names), names);
        }
        return q;
    }

    private static Map<String, Quality> known() {
        Map<String, Quality> m = new LinkedHashMap<>();
        m.put("accuracy", new Quality("accuracy", true, Metrics::accuracy));
        m.put("auc", new Quality("auc", true, Metrics::rocAuc));
        m.put("logLoss", new Quality("logLoss", false, Metrics::logLoss));
        m.put("f1Macro", new Quality("f1Macro", true, Metrics::f1Macro));
        m.put("f1Micro", new Quality("f1Micro", true, Metrics::f1Micro));
        m.put("mse", new Quality("mse", false, (p, y) -> meanError(p, y, 2)));
        m.put("mae", new Quality("mae", false, (p, y) -> meanError(p, y, 1)));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static double meanError(Tensor p, Tensor y, int power) {
        Labels.sameRows(p.size(), y.size(), "predictions", "targets");
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += Math.pow(Math.abs(p.data()[i] - y.data()[i]), power);
        }
        return s / p.size();
    }
}
