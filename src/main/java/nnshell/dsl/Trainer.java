package nnshell.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One run of {@code fit}: shuffles, gathers batches into reused buffers, steps the optimizer
 * and logs each epoch. The hot loop allocates nothing when the batch size stays the same.
 */
final class Trainer {
    private final Sequential model;
    private final FitOptions options;
    private final Loss loss;
    private final Optimizer optimizer;
    private final List<Metric> metrics;
    private final List<Callback> callbacks = new ArrayList<>();
    private final History history = new History();
    private Tensor x;
    private Tensor y;
    private Tensor valX;
    private Tensor valY;
    private int rows;
    private int xCols;
    private int yCols;
    private double[] gradBuffer;
    private Tensor lastOut;
    private List<Parameter> params;

    Trainer(Sequential model, Tensor x, Tensor y, FitOptions options) {
        this.model = model;
        this.options = options;
        this.loss = model.loss();
        this.optimizer = model.optimizer();
        this.metrics = model.metrics();
        prepare(x, y);
    }

    private void prepare(Tensor xIn, Tensor yIn) {
        if (xIn.rank() == 0 || xIn.shape(0) == 0) {
            throw new IllegalArgumentException(Msg.text("fit.empty", Arrays.toString(xIn.shape())));
        }
        if (yIn.rank() == 0 || yIn.shape(0) != xIn.shape(0)) {
            throw new IllegalArgumentException(Msg.text("fit.rows", xIn.shape(0),
                    yIn.rank() == 0 ? 0 : yIn.shape(0)));
        }
        checkOptions();
        Tensor targets = loss.targets(yIn, model.outputShapeFor(xIn));
        int n = xIn.shape(0);
        int keep = n;
        if (options.validationSplit > 0) {
            keep = (int) Math.round(n * (1 - options.validationSplit));
            valX = xIn.rows(keep, n);
            valY = targets.rows(keep, n);
            warnIfOneClass(targets, keep, n);
        } else if (options.validationX != null) {
            valX = options.validationX;
            valY = loss.targets(options.validationY, model.outputShapeFor(valX));
        }
        x = keep == n ? xIn : xIn.rows(0, keep);
        y = keep == n ? targets : targets.rows(0, keep);
        rows = keep;
        xCols = x.size() / rows;
        yCols = y.size() / rows;
        if (!optimizer.params.equals(model.parameters())) {
            optimizer.attach(model.parameters());
        }
        params = model.parameters();
        callbacks.addAll(options.callbacks);
        if (options.verbose > 0) {
            callbacks.addAll(Callbacks.forNewRun());
        }
    }

    /**
     * validationSplit holds out the last rows, as Keras does; data sorted by class then gives
     * a validation set of one class, and val_accuracy makes no sense. Says so, and what to do.
     */
    private void warnIfOneClass(Tensor targets, int keep, int n) {
        int cols = targets.size() / n;
        double[] t = targets.data();
        java.util.Set<Integer> training = new java.util.HashSet<>();
        java.util.Set<Integer> held = new java.util.HashSet<>();
        for (int r = 0; r < n; r++) {
            int label;
            if (cols == 1) {
                double v = t[r];
                if (v != Math.rint(v) || v < 0 || v > 1000) {
                    return; // a regression target: no classes to compare
                }
                label = (int) v;
            } else {
                label = Metric.predictedClass(t, r, cols);
            }
            (r < keep ? training : held).add(label);
        }
        if (held.size() == 1 && training.size() > 1) {
            nnshell.console.Console.current().println(Msg.text("fit.split.oneClass",
                    n - keep, held.iterator().next()));
        }
    }

    private void checkOptions() {
        if (options.epochs < 1 || options.batchSize < 1) {
            throw new IllegalArgumentException(Msg.text("fit.options", options.epochs,
                    options.batchSize));
        }
        if (options.validationSplit < 0 || options.validationSplit >= 1) {
            throw new IllegalArgumentException(Msg.text("fit.split", options.validationSplit));
        }
    }

    History run() {
        Random rng = options.seed != null ? new Random(options.seed) : Seeds.next();
        int batch = Math.min(options.batchSize, rows);
        int batches = (rows + batch - 1) / batch;
        Progress progress = new Progress(options.epochs, batches, options.verbose);
        int[] perm = new int[rows];
        for (int i = 0; i < rows; i++) {
            perm[i] = i;
        }
        Layer first = model.layer(0);
        boolean keep = first.needsInputGrad;
        first.needsInputGrad = false;
        callbacks.forEach(c -> c.onTrainBegin(options.epochs, batches));
        Map<String, Double> logs = Map.of();
        try {
            for (int epoch = 0; epoch < options.epochs; epoch++) {
                logs = epoch(epoch, batch, batches, perm, rng, progress);
                if (history.stopReason() != null) {
                    break;
                }
                if (stopRequested()) {
                    if (epoch + 1 < options.epochs) {
                        progress.message(Msg.text("progress.stopped", epoch + 1, options.epochs));
                    }
                    break;
                }
            }
        } finally {
            first.needsInputGrad = keep;
            progress.finish();
            Map<String, Double> lastLogs = logs;
            callbacks.forEach(c -> c.onTrainEnd(lastLogs));
        }
        return history;
    }

    private boolean stopRequested() {
        for (Callback c : callbacks) {
            if (c.stopRequested()) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Double> epoch(int epoch, int batch, int batches, int[] perm, Random rng,
            Progress progress) {
        optimizer.onEpochBegin(epoch);
        if (options.shuffle) {
            shuffle(perm, rng);
        }
        double[] xb = new double[batch * xCols];
        double[] yb = new double[batch * yCols];
        double lossSum = 0;
        double[] metricSums = new double[metrics.size()];
        int seen = 0;
        for (int b = 0; b < batches; b++) {
            int from = b * batch;
            int n = Math.min(batch, rows - from);
            if (n != batch) {
                xb = new double[n * xCols];
                yb = new double[n * yCols];
            }
            gather(perm, from, n, xb, yb);
            double l = step(xb, yb, n);
            if (!Double.isFinite(l)) {
                return diverged(epoch, l, progress);
            }
            lossSum += l * n;
            seen += n;
            double[] out = lastOut.data();
            for (int m = 0; m < metrics.size(); m++) {
                metricSums[m] += n * metrics.get(m).compute(out, yb, n, yCols, yCols);
            }
            if (!callbacks.isEmpty()) {
                batchEnd(epoch, b, l, metricSums, seen);
            }
            progress.batch(epoch, b + 1, lossSum / seen, metrics, metricSums, seen);
        }
        Map<String, Double> logs = epochLogs(lossSum / seen, metricSums, seen);
        history.add(logs);
        progress.epochEnd(epoch, logs);
        callbacks.forEach(c -> c.onEpochEnd(epoch, logs));
        return logs;
    }

    /** One optimizer step on a gathered batch; returns the batch's loss before the step. */
    private double step(double[] xb, double[] yb, int n) {
        int[] shape = x.shape();
        shape[0] = n;
        Tensor out = model.forwardShared(Tensor.wrap(xb, shape), true);
        lastOut = out;
        int cols = out.size() / n;
        Dense fused = model.fusedDense();
        double l;
        gradBuffer = Layer.ensure(gradBuffer, n * cols);
        for (Parameter p : params) {
            p.zeroGrad();
        }
        if (fused != null) {
            l = loss.fusedValue(fused.logits(), fused.outputs(), yb, n, cols);
            loss.fusedGradient(fused.outputs(), yb, gradBuffer, n, cols);
            if (!Double.isFinite(l)) {
                return l;
            }
            backwardFrom(fused.backwardFromLogits(gradBuffer), model.layers().size() - 2);
        } else {
            l = loss.value(out.data(), yb, n, cols);
            loss.gradient(out.data(), yb, gradBuffer, n, cols);
            if (!Double.isFinite(l)) {
                return l;
            }
            backwardFrom(Tensor.wrap(gradBuffer, out.shape()), model.layers().size() - 1);
        }
        optimizer.step();
        return l;
    }

    private void backwardFrom(Tensor g, int layer) {
        for (int i = layer; i >= 0 && g != null; i--) {
            g = model.layer(i).backwardShared(g);
        }
    }

    private void gather(int[] perm, int from, int n, double[] xb, double[] yb) {
        double[] xs = x.data();
        double[] ys = y.data();
        for (int i = 0; i < n; i++) {
            int r = perm[from + i];
            System.arraycopy(xs, r * xCols, xb, i * xCols, xCols);
            System.arraycopy(ys, r * yCols, yb, i * yCols, yCols);
        }
    }

    private static void shuffle(int[] perm, Random rng) {
        for (int i = perm.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
    }

    private Map<String, Double> epochLogs(double lossMean, double[] metricSums, int seen) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", lossMean);
        for (int m = 0; m < metrics.size(); m++) {
            logs.put(metrics.get(m).name(), metricSums[m] / seen);
        }
        if (valX != null) {
            Tensor out = model.forwardShared(valX, false);
            logs.put("val_loss", model.lossOf(out, valY));
            for (Metric m : metrics) {
                logs.put("val_" + m.name(), m.compute(out, valY));
            }
        }
        return logs;
    }

    private void batchEnd(int epoch, int b, double l, double[] metricSums, int seen) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", l);
        for (int m = 0; m < metrics.size(); m++) {
            logs.put(metrics.get(m).name(), metricSums[m] / seen);
        }
        callbacks.forEach(c -> c.onBatchEnd(epoch, b, logs));
    }

    private Map<String, Double> diverged(int epoch, double l, Progress progress) {
        String reason = Msg.text("fit.diverged", epoch + 1, TensorFormat.number(l),
                optimizer.learningRate(), optimizer.learningRate() / 10);
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", l);
        metrics.forEach(m -> logs.put(m.name(), Double.NaN));
        history.add(logs);
        history.stop(reason);
        progress.message(reason);
        return logs;
    }
}
