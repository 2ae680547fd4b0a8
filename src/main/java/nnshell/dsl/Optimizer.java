package nnshell.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * Updates parameters from their gradients: SGD (with momentum, Nesterov), Adam, RMSprop.
 * {@code compile} attaches it to a model; for hand-written loops use {@link #attach}.
 *
 * <pre>{@code var opt = SGD(0.1).attach(model); ... opt.step(); opt.zeroGrad();}</pre>
 */
public abstract class Optimizer {
    private final double initialRate;
    private double rate;
    private Schedule schedule;
    List<Parameter> params = List.of();
    final List<double[]> slots = new ArrayList<>();
    long steps;

    Optimizer(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(Msg.text("optimizer.rate",
                    getClass().getSimpleName(), learningRate));
        }
        initialRate = learningRate;
        rate = learningRate;
    }

    /** A new optimizer called {@code name} with Keras's default learning rate. */
    public static Optimizer of(String name) {
        switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "sgd":
                return new SGD(0.01);
            case "adam":
                return new Adam(0.001);
            case "rmsprop":
                return new RMSprop(0.001);
            default:
                List<String> names = List.of("sgd", "adam", "rmsprop");
                throw new IllegalArgumentException(Msg.text("optimizer.unknown", name,
                        String.join(", ", names), Names.nearest(name, names)));
        }
    }

    /** Updates these parameters from now on (state such as momentum starts at zero). */
    public Optimizer attach(List<Parameter> parameters) {
        params = List.copyOf(parameters);
        reset();
        return this;
    }

    /** Updates {@code model}'s parameters from now on. */
    public Optimizer attach(Sequential model) {
        return attach(model.parameters());
    }

    /** Forgets momentum and step counts, as if new. */
    public void reset() {
        slots.clear();
        steps = 0;
        rate = initialRate;
        for (Parameter p : params) {
            for (int i = 0; i < slotsPerParameter(); i++) {
                slots.add(new double[p.size()]);
            }
        }
    }

    /** Uses {@code s} to set the learning rate at each epoch; returns this optimizer. */
    public Optimizer schedule(Schedule s) {
        schedule = s;
        return this;
    }

    /** The learning rate in force now. */
    public double learningRate() {
        return rate;
    }

    /** The learning rate this optimizer was made with. */
    public double initialLearningRate() {
        return initialRate;
    }

    /** Sets the learning rate for an epoch from the schedule, if there is one. */
    public void onEpochBegin(int epoch) {
        if (schedule != null) {
            rate = schedule.rate(epoch, initialRate);
        }
    }

    /** Moves every parameter one step against its gradient. */
    public void step() {
        if (params.isEmpty()) {
            throw new IllegalStateException(Msg.text("optimizer.unattached", this));
        }
        steps++;
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            update(i, p.value().data(), p.grad().data(), rate);
        }
    }

    /** Sets every attached parameter's gradient to zero. */
    public void zeroGrad() {
        for (Parameter p : params) {
            p.zeroGrad();
        }
    }

    abstract int slotsPerParameter();

    /** Updates weights {@code w} of parameter number {@code index} from gradient {@code g}. */
    abstract void update(int index, double[] w, double[] g, double lr);

    double[] slot(int index, int which) {
        return slots.get(index * slotsPerParameter() + which);
    }

    /** Stochastic gradient descent, with optional momentum and Nesterov's correction. */
    public static final class SGD extends Optimizer {
        private final double momentum;
        private final boolean nesterov;

        /** Plain SGD: w -= lr * g. */
        public SGD(double learningRate) {
            this(learningRate, 0, false);
        }

        /** SGD with momentum: v = m v - lr g; w += v (Nesterov: w += m v - lr g). */
        public SGD(double learningRate, double momentum, boolean nesterov) {
            super(learningRate);
            if (!(momentum >= 0 && momentum < 1)) {
                throw new IllegalArgumentException(Msg.text("optimizer.momentum", momentum));
            }
            this.momentum = momentum;
            this.nesterov = nesterov;
        }

        @Override
        int slotsPerParameter() {
            return momentum == 0 ? 0 : 1;
        }

        @Override
        void update(int index, double[] w, double[] g, double lr) {
            if (momentum == 0) {
                for (int i = 0; i < w.length; i++) {
                    w[i] -= lr * g[i];
                }
                return;
            }
            double[] v = slot(index, 0);
            for (int i = 0; i < w.length; i++) {
                v[i] = momentum * v[i] - lr * g[i];
                w[i] += nesterov ? momentum * v[i] - lr * g[i] : v[i];
            }
        }

        @Override
        public String toString() {
            return "SGD(lr=" + learningRate() + (momentum == 0 ? "" : ", momentum=" + momentum)
                    + (nesterov ? ", nesterov" : "") + ")";
        }
    }

    /** Adam: momentum and per-weight step sizes from running moments of the gradient. */
    public static final class Adam extends Optimizer {
        private final double beta1;
        private final double beta2;
        private final double epsilon;

        /** Adam with beta1 0.9, beta2 0.999, epsilon 1e-7 (as Keras). */
        public Adam(double learningRate) {
            this(learningRate, 0.9, 0.999, 1e-7);
        }

        /** Adam with the given moment decays and epsilon. */
        public Adam(double learningRate, double beta1, double beta2, double epsilon) {
            super(learningRate);
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
        }

        @Override
        int slotsPerParameter() {
            return 2;
        }

        @Override
        void update(int index, double[] w, double[] g, double lr) {
            double[] m = slot(index, 0);
            double[] v = slot(index, 1);
            double c1 = 1 - Math.pow(beta1, steps);
            double c2 = 1 - Math.pow(beta2, steps);
            for (int i = 0; i < w.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                w[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + epsilon);
            }
        }

        @Override
        public String toString() {
            return "Adam(lr=" + learningRate() + ")";
        }
    }

    /** RMSprop: divides each step by a running root mean square of the gradient. */
    public static final class RMSprop extends Optimizer {
        private final double rho;
        private final double epsilon;

        /** RMSprop with rho 0.9 and epsilon 1e-7 (as Keras). */
        public RMSprop(double learningRate) {
            this(learningRate, 0.9, 1e-7);
        }

        /** RMSprop with the given decay and epsilon. */
        public RMSprop(double learningRate, double rho, double epsilon) {
            super(learningRate);
            this.rho = rho;
            this.epsilon = epsilon;
        }

        @Override
        int slotsPerParameter() {
            return 1;
        }

        @Override
        void update(int index, double[] w, double[] g, double lr) {
            double[] s = slot(index, 0);
            for (int i = 0; i < w.length; i++) {
                s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
                w[i] -= lr * g[i] / (Math.sqrt(s[i]) + epsilon);
            }
        }

        @Override
        public String toString() {
            return "RMSprop(lr=" + learningRate() + ")";
        }
    }
}
