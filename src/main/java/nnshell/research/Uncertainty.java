package nnshell.research;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import nnshell.dsl.Dropout;
import nnshell.dsl.Model;
import nnshell.dsl.Seeds;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/**
 * How unsure a model is: deep ensembles (several models trained from different seeds) and
 * Monte Carlo dropout (one model predicting many times with dropout left on).
 *
 * <pre>{@code Uncertainty.ensemble(models, xTest).leastCertain(5)}</pre>
 */
public final class Uncertainty {

    private Uncertainty() {
    }

    /**
     * Every model's predictions of {@code x}, summarised.
     *
     * <pre>{@code Uncertainty.ensemble(List.of(m1, m2, m3), x).entropy()}</pre>
     */
    public static Predictive ensemble(List<? extends Model> models, Tensor x) {
        List<Tensor> predictions = new ArrayList<>();
        for (Model m : models) {
            predictions.add(Outputs.predict(m, x));
        }
        return Predictive.of(predictions);
    }

    /**
     * Trains one model per seed with {@code train} (which builds and fits a model for the
     * seed it is given) and returns them, ready for {@link #ensemble(List, Tensor)}. The
     * session seed is set to each seed before its model is built, and back afterwards.
     *
     * <pre>{@code var models = Uncertainty.train(seed -> makeAndFit(seed), 1, 2, 3, 4, 5);}</pre>
     */
    public static List<Model> train(LongFunction<? extends Model> train, long... seeds) {
        if (seeds.length < 2) {
            throw Msg.bad("uncertainty.seeds", seeds.length);
        }
        List<Model> models = new ArrayList<>();
        long session = Seeds.get();
        try {
            for (long seed : seeds) {
                Seeds.set(seed);
                models.add(train.apply(seed));
            }
        } finally {
            Seeds.set(session);
        }
        return models;
    }

    /**
     * Monte Carlo dropout: {@code passes} predictions of {@code x} with the model's Dropout
     * layers left on, summarised.
     *
     * <pre>{@code Uncertainty.mcDropout(model, xTest, 50).leastCertain(5)}</pre>
     */
    public static Predictive mcDropout(Sequential model, Tensor x, int passes) {
        if (model.layers().stream().noneMatch(l -> l instanceof Dropout)) {
            throw Msg.bad("dropout.none", model.toString());
        }
        return sample(() -> model.forward(x, true), passes);
    }

    /**
     * Summarises {@code passes} calls of a stochastic prediction (anything that predicts
     * differently each time it is asked).
     *
     * <pre>{@code Uncertainty.sample(() -> noisyModel.predict(x), 30)}</pre>
     */
    public static Predictive sample(Supplier<Tensor> prediction, int passes) {
        if (passes < 2) {
            throw Msg.bad("uncertainty.passes", passes);
        }
        List<Tensor> predictions = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            predictions.add(prediction.get());
        }
        return Predictive.of(predictions);
    }
}
