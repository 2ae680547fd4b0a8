package nnshell.dsl;

import java.util.Random;

/**
 * How a layer's weights start: Glorot (Xavier) uniform, He normal or uniform, uniform, constant.
 * Random ones draw from the generator they are given, which comes from {@link Seeds}.
 *
 * <pre>{@code Dense(8, "relu").kernelInitializer(Initializer.heNormal())}</pre>
 */
public interface Initializer {

    /** Fills {@code w} for a layer with {@code fanIn} inputs and {@code fanOut} outputs. */
    void fill(double[] w, int fanIn, int fanOut, Random rng);

    /**
     * The same initializer drawing from its own generator seeded with {@code seed}, instead of
     * the session's. Example: {@code Initializer.heNormal().withSeed(7)}.
     */
    default Initializer withSeed(long seed) {
        Initializer self = this;
        return named(self + ".withSeed(" + seed + ")",
                (w, in, out, rng) -> self.fill(w, in, out, new Random(seed)));
    }

    /** U(-l, l) with l = sqrt(6 / (fanIn + fanOut)): Keras's default for Dense and Conv2D. */
    static Initializer glorotUniform() {
        return named("glorotUniform", (w, in, out, rng) -> {
            double limit = Math.sqrt(6.0 / (in + out));
            for (int i = 0; i < w.length; i++) {
                w[i] = (rng.nextDouble() * 2 - 1) * limit;
            }
        });
    }

    /** N(0, 2 / fanIn): suits ReLU layers. */
    static Initializer heNormal() {
        return named("heNormal", (w, in, out, rng) -> {
            double std = Math.sqrt(2.0 / in);
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.nextGaussian() * std;
            }
        });
    }

    /** U(-l, l) with l = sqrt(6 / fanIn): suits ReLU layers. */
    static Initializer heUniform() {
        return named("heUniform", (w, in, out, rng) -> {
            double limit = Math.sqrt(6.0 / in);
            for (int i = 0; i < w.length; i++) {
                w[i] = (rng.nextDouble() * 2 - 1) * limit;
            }
        });
    }

    /** U(low, high). Example: {@code Initializer.uniform(-0.05, 0.05)}. */
    static Initializer uniform(double low, double high) {
        return named("uniform(" + low + ", " + high + ")", (w, in, out, rng) -> {
            for (int i = 0; i < w.length; i++) {
                w[i] = low + rng.nextDouble() * (high - low);
            }
        });
    }

    /** Every weight equal to {@code value}. Example: {@code Initializer.constant(0.1)}. */
    static Initializer constant(double value) {
        return named("constant(" + value + ")",
                (w, in, out, rng) -> java.util.Arrays.fill(w, value));
    }

    /** Every weight zero: Keras's default for biases. */
    static Initializer zeros() {
        return constant(0.0);
    }

    private static Initializer named(String name, Initializer body) {
        return new Initializer() {
            @Override
            public void fill(double[] w, int fanIn, int fanOut, Random rng) {
                body.fill(w, fanIn, fanOut, rng);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
