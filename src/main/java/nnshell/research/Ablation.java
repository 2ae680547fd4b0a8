package nnshell.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nnshell.console.Console;
import nnshell.dsl.FitOptions;
import nnshell.dsl.Model;
import nnshell.dsl.Optimizer;
import nnshell.dsl.Seeds;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/**
 * An ablation study: variants of a model (a layer removed, an activation changed) or of its
 * inputs (a group of features made uninformative), each trained from several seeds and
 * measured on the test set by two quality measures.
 *
 * <pre>{@code
 * Ablation.of(xTrain, yTrain, xTest, yTest).training(() -> Adam(0.05), "mse", 40, 32)
 *     .model("full", () -> sequential(Input(9), Dense(16, "relu"), Dense(1)))
 *     .model("no hidden", () -> sequential(Input(9), Dense(1)))
 *     .withoutFeatures("no grades", 7, 8)
 *     .measures("mae", "mse").seeds(1, 2, 3).run()
 * }</pre>
 */
public final class Ablation {
    private final Tensor xTrain;
    private final Tensor yTrain;
    private final Tensor xTest;
    private final Tensor yTest;
    private final Map<String, Variant> variants = new LinkedHashMap<>();
    private Quality first = Quality.named("accuracy");
    private Quality second = Quality.named("logLoss");
    private long[] seeds = {1, 2, 3};
    private Supplier<Optimizer> optimizer = () -> new Optimizer.Adam(0.01);
    private String loss = "binaryCrossentropy";
    private int epochs = 30;
    private int batchSize = 32;

    /** Builds and fits a model on the given training data from the given seed. */
    @FunctionalInterface
    public interface Trainer {
        /** A model trained on {@code x}, {@code y}, everything random drawn from {@code seed}. */
        Model train(Tensor x, Tensor y, long seed);
    }

    private record Variant(Trainer trainer, int[] dropped) {
    }

    private Ablation(Tensor xTrain, Tensor yTrain, Tensor xTest, Tensor yTest) {
        Labels.sameRows(xTrain.shape(0), yTrain.shape(0), "xTrain", "yTrain");
        Labels.sameRows(xTest.shape(0), yTest.shape(0), "xTest", "yTest");
        this.xTrain = xTrain;
        this.yTrain = yTrain;
        this.xTest = xTest;
        this.yTest = yTest;
    }

    /**
     * A study on these training and test sets.
     *
     * <pre>{@code Ablation.of(xTrain, yTrain, xTest, yTest)}</pre>
     */
    public static Ablation of(Tensor xTrain, Tensor yTrain, Tensor xTest, Tensor yTest) {
        return new Ablation(xTrain, yTrain, xTest, yTest);
    }

    /** Adds a variant of the model; the first one added is the baseline. */
    public Ablation variant(String name, Trainer trainer) {
        return add(name, new Variant(trainer, new int[0]));
    }

    /**
     * Adds a variant built by {@code factory} (a layer removed, an activation changed ...) and
     * trained by the recipe of {@link #training}; the first variant added is the baseline.
     *
     * <pre>{@code .model("tanh", () -> sequential(Input(2), Dense(8, "tanh"), Dense(1)))}</pre>
     */
    public Ablation model(String name, Supplier<Sequential> factory) {
        return variant(name, (x, y, seed) -> fit(factory.get(), x, y));
    }

    /**
     * How {@link #model} variants are trained: a fresh optimizer from {@code optimizer}, the
     * loss by name, epochs and batch size (default Adam(0.01), binaryCrossentropy, 30, 32).
     *
     * <pre>{@code .training(() -> Adam(0.05), "mse", 50, 16)}</pre>
     */
    public Ablation training(Supplier<Optimizer> newOptimizer, String lossName, int epochCount,
            int batch) {
        optimizer = newOptimizer;
        loss = lossName;
        epochs = epochCount;
        batchSize = batch;
        return this;
    }

    /**
     * Adds a variant of the baseline (the first variant) whose inputs lose the given feature
     * columns (set to their training mean).
     *
     * <pre>{@code .withoutFeatures("no grades", 7, 8)}</pre>
     */
    public Ablation withoutFeatures(String name, int... columns) {
        if (variants.isEmpty()) {
            throw Msg.bad("ablation.noBaseline", name);
        }
        return withoutFeatures(name, variants.values().iterator().next().trainer(), columns);
    }

    /**
     * Adds a variant whose inputs lose the given feature columns: in training and test data
     * they are set to their training mean, so they carry no information but the model keeps
     * its input size.
     */
    public Ablation withoutFeatures(String name, Trainer trainer, int... columns) {
        Tabular.requireMatrix(xTrain, "xTrain");
        for (int c : columns) {
            Tabular.requireFeature(xTrain, c);
        }
        return add(name, new Variant(trainer, columns.clone()));
    }

    /** The two quality measures to report, by name (accuracy, auc, logLoss, f1Macro ...). */
    public Ablation measures(String firstName, String secondName) {
        first = Quality.named(firstName);
        second = Quality.named(secondName);
        return this;
    }

    /** The seeds each variant is trained from (at least two, for a standard deviation). */
    public Ablation seeds(long... values) {
        if (values.length < 2) {
            throw Msg.bad("ablation.seeds", values.length);
        }
        seeds = values.clone();
        return this;
    }

    /**
     * Trains and measures every variant from every seed; shows progress on the console. The
     * session seed is set to each seed before its training, and back afterwards.
     */
    public AblationResult run() {
        if (variants.isEmpty()) {
            throw Msg.bad("ablation.empty");
        }
        long session = Seeds.get();
        try {
            return runAll();
        } finally {
            Seeds.set(session);
            Console.current().endStatus();
        }
    }

    private AblationResult runAll() {
        List<AblationResult.Row> rows = new ArrayList<>();
        int done = 0;
        int total = variants.size() * seeds.length;
        for (Map.Entry<String, Variant> e : variants.entrySet()) {
            double[] a = new double[seeds.length];
            double[] b = new double[seeds.length];
            for (int s = 0; s < seeds.length; s++) {
                Console.current().status(Msg.text("ablation.progress", ++done, total,
                        e.getKey(), seeds[s]));
                double[] scores = trainAndMeasure(e.getKey(), e.getValue(), seeds[s]);
                a[s] = scores[0];
                b[s] = scores[1];
            }
            rows.add(new AblationResult.Row(e.getKey(), a, b));
        }
        return new AblationResult(first, second, seeds, rows);
    }

    private double[] trainAndMeasure(String name, Variant v, long seed) {
        double[] means = Tabular.mean(xTrain.rank() == 2 ? xTrain : Tensor.zeros(1, 1));
        Tensor train = blanked(xTrain, v.dropped(), means);
        Tensor test = blanked(xTest, v.dropped(), means);
        Model model;
        Seeds.set(seed);
        try {
            model = v.trainer().train(train, yTrain, seed);
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException(Msg.text("ablation.trainFailed", name, seed,
                    ex.getMessage()), ex);
        }
        Tensor predictions = Outputs.predict(model, test);
        return new double[] {first.of(predictions, yTest), second.of(predictions, yTest)};
    }

    private Model fit(Sequential m, Tensor x, Tensor y) {
        m.compile(optimizer.get(), loss);
        m.fit(x, y, new FitOptions().epochs(epochs).batchSize(batchSize).verbose(0));
        return m;
    }

    private static Tensor blanked(Tensor x, int[] columns, double[] means) {
        Tensor out = x;
        for (int c : columns) {
            out = Tabular.withColumn(out, c, means[c]);
        }
        return out;
    }

    private Ablation add(String name, Variant v) {
        if (variants.containsKey(name)) {
            throw Msg.bad("ablation.duplicate", name);
        }
        variants.put(name, v);
        return this;
    }
}
