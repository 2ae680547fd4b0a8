package nnshell.dsl;

import java.util.List;

/**
 * A function applied to a neuron's weighted sum, with its derivative: step, sign, linear,
 * sigmoid, tanh, relu, leakyRelu, softmax. Use an object or its name.
 *
 * <pre>{@code Activation.of("tanh").apply(0.5)}</pre>
 */
public abstract class Activation {
    private final String name;

    /** An activation called {@code name}. */
    protected Activation(String name) {
        this.name = name;
    }

    /** The value at {@code x}. Example: {@code Activation.SIGMOID.apply(0)} is 0.5. */
    public abstract double apply(double x);

    /** The derivative at {@code x}. Example: {@code Activation.SIGMOID.derivative(0)} is 0.25. */
    public abstract double derivative(double x);

    /** Applied to every value (softmax: to every row). Example: {@code relu.apply(x)}. */
    public Tensor apply(Tensor x) {
        Tensor out = Tensor.zeros(x.shape());
        forward(x.data(), out.data(), x.rank() == 0 ? 1 : x.shape(-1));
        return out;
    }

    /** The derivative at every value. Example: {@code tanh.derivative(x)}. */
    public Tensor derivative(Tensor x) {
        return x.map(this::derivative);
    }

    /** The name used in {@code Dense(8, "tanh")}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** {@code out[i] = f(z[i])}; rows of {@code cols} values (softmax needs them). */
    void forward(double[] z, double[] out, int cols) {
        forward(z, out, z.length, cols);
    }

    void forward(double[] z, double[] out, int len, int cols) {
        for (int i = 0; i < len; i++) {
            out[i] = apply(z[i]);
        }
    }

    /** {@code gz = ga * f'(z)}, given the inputs {@code z} and outputs {@code a}. */
    void backward(double[] z, double[] a, double[] ga, double[] gz, int len, int cols) {
        for (int i = 0; i < len; i++) {
            gz[i] = ga[i] * derivative(z[i]);
        }
    }

    /** 1 for x >= 0, else 0: the McCulloch-Pitts threshold (derivative 0). */
    public static final Activation STEP = new Activation("step") {
        @Override
        public double apply(double x) {
            return x >= 0 ? 1 : 0;
        }

        @Override
        public double derivative(double x) {
            return 0;
        }
    };

    /** 1 for x >= 0, else -1 (derivative 0). */
    public static final Activation SIGN = new Activation("sign") {
        @Override
        public double apply(double x) {
            return x >= 0 ? 1 : -1;
        }

        @Override
        public double derivative(double x) {
            return 0;
        }
    };

    /** The identity, x (derivative 1). */
    public static final Activation LINEAR = new Activation("linear") {
        @Override
        public double apply(double x) {
            return x;
        }

        @Override
        public double derivative(double x) {
            return 1;
        }

        @Override
        void forward(double[] z, double[] out, int len, int cols) {
            System.arraycopy(z, 0, out, 0, len);
        }

        @Override
        void backward(double[] z, double[] a, double[] ga, double[] gz, int len, int cols) {
            System.arraycopy(ga, 0, gz, 0, len);
        }
    };

    /** 1 / (1 + e^-x), derivative s(x)(1 - s(x)). */
    public static final Activation SIGMOID = new Activation("sigmoid") {
        @Override
        public double apply(double x) {
            return 1 / (1 + Math.exp(-x));
        }

        @Override
        public double derivative(double x) {
            double s = apply(x);
            return s * (1 - s);
        }

        @Override
        void forward(double[] z, double[] out, int len, int cols) {
            for (int i = 0; i < len; i++) {
                out[i] = 1 / (1 + Math.exp(-z[i]));
            }
        }

        @Override
        void backward(double[] z, double[] a, double[] ga, double[] gz, int len, int cols) {
            for (int i = 0; i < len; i++) {
                gz[i] = ga[i] * a[i] * (1 - a[i]);
            }
        }
    };

    /** The hyperbolic tangent, derivative 1 - tanh(x)^2. */
    public static final Activation TANH = new Activation("tanh") {
        @Override
        public double apply(double x) {
            return Math.tanh(x);
        }

        @Override
        public double derivative(double x) {
            double t = Math.tanh(x);
            return 1 - t * t;
        }

        @Override
        void forward(double[] z, double[] out, int len, int cols) {
            for (int i = 0; i < len; i++) {
                out[i] = fastTanh(z[i]);
            }
        }

        @Override
        void backward(double[] z, double[] a, double[] ga, double[] gz, int len, int cols) {
            for (int i = 0; i < len; i++) {
                gz[i] = ga[i] * (1 - a[i] * a[i]);
            }
        }
    };

    /** max(0, x), derivative 1 for x > 0, else 0. */
    public static final Activation RELU = new Activation("relu") {
        @Override
        public double apply(double x) {
            return x > 0 ? x : 0;
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? 1 : 0;
        }

        @Override
        void forward(double[] z, double[] out, int len, int cols) {
            for (int i = 0; i < len; i++) {
                out[i] = Math.max(z[i], 0.0);
            }
        }

        @Override
        void backward(double[] z, double[] a, double[] ga, double[] gz, int len, int cols) {
            // min(1, a * 2^1023) is 1 where the output is positive (above 1e-308) and 0
            // where it is 0: a mask without branches, which the JIT turns into vector code
            for (int i = 0; i < len; i++) {
                gz[i] = ga[i] * Math.min(1.0, a[i] * 0x1p1023);
            }
        }
    };

    /** Softmax over each row: e^x_i / sum_j e^x_j, stable (the row's maximum is subtracted). */
    public static final Activation SOFTMAX = new Activation("softmax") {
        @Override
        public double apply(double x) {
            throw new UnsupportedOperationException(Msg.text("activation.softmax.scalar"));
        }

        @Override
        public double derivative(double x) {
            throw new UnsupportedOperationException(Msg.text("activation.softmax.scalar"));
        }

        @Override
        public Tensor derivative(Tensor x) {
            throw new UnsupportedOperationException(Msg.text("activation.softmax.scalar"));
        }

        @Override
        void forward(double[] z, double[] out, int len, int cols) {
            for (int r = 0; r < len; r += cols) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    max = Math.max(max, z[r + j]);
                }
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    out[r + j] = Math.exp(z[r + j] - max);
                    sum += out[r + j];
                }
                for (int j = 0; j < cols; j++) {
                    out[r + j] /= sum;
                }
            }
        }

        @Override
        void backward(double[] z, double[] a, double[] ga, double[] gz, int len, int cols) {
            // the Jacobian-vector product: gz_i = a_i (ga_i - sum_j ga_j a_j)
            for (int r = 0; r < len; r += cols) {
                double dot = 0;
                for (int j = 0; j < cols; j++) {
                    dot += ga[r + j] * a[r + j];
                }
                for (int j = 0; j < cols; j++) {
                    gz[r + j] = a[r + j] * (ga[r + j] - dot);
                }
            }
        }
    };

    /**
     * tanh through {@code Math.exp}, which the JIT compiles to a fast instruction sequence
     * ({@code Math.tanh} is several times slower); within about 1e-16 of it.
     */
    static double fastTanh(double x) {
        double e = Math.exp(-2 * Math.abs(x));
        return Math.copySign((1 - e) / (1 + e), x);
    }

    /** x for x > 0, else alpha * x. Example: {@code Activation.leakyRelu(0.01)}. */
    public static Activation leakyRelu(double alpha) {
        return new Activation("leakyRelu(" + TensorFormat.number(alpha) + ")") {
            @Override
            public double apply(double x) {
                return x > 0 ? x : alpha * x;
            }

            @Override
            public double derivative(double x) {
                return x > 0 ? 1 : alpha;
            }
        };
    }

    private static final List<Activation> NAMED = List.of(STEP, SIGN, LINEAR, SIGMOID, TANH,
            RELU, SOFTMAX);

    /** The activation called {@code name} ("relu", "tanh", "leakyRelu", ...), or null for none. */
    public static Activation of(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("none")) {
            return LINEAR;
        }
        String key = name.trim().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        if (key.equals("leakyrelu")) {
            return leakyRelu(0.01);
        }
        for (Activation a : NAMED) {
            if (a.name.equals(key)) {
                return a;
            }
        }
        List<String> names = List.of("step", "sign", "linear", "sigmoid", "tanh", "relu",
                "leakyRelu", "softmax");
        throw new IllegalArgumentException(Msg.text("activation.unknown", name,
                String.join(", ", names), Names.nearest(name, names)));
    }
}
