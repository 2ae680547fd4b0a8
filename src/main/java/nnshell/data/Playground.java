package nnshell.data;

import java.util.Random;

import nnshell.dsl.Seeds;
import nnshell.dsl.Tensor;

/**
 * The 2-D datasets of TensorFlow Playground, generated the way it generates them: x has
 * shape [n, 2]; y has shape [n, 1], a class 0/1 for classification, a value about -1..1 for
 * regression (the plane reaches +-1.2 in its corners, as in Playground). {@code noise} is
 * Playground's noise slider as a fraction (0 to 0.5 for 0-50).
 *
 * <pre>{@code XY data = Playground.spiral(500, 0.1, 42);}</pre>
 *
 * <p>Playground labels classes +1 and -1; here they are 1 and 0. The spiral's first arm (angle
 * offset 0) is class 0 and the second (offset pi) class 1, as in the course's benchmark file.
 */
public final class Playground {

    private Playground() {
    }

    /** Points inside a circle of radius 2.5 (class 1) and in a ring 3.5-5 around it (class 0). */
    public static XY circle(int n, double noise, long seed) {
        Sampler s = new Sampler(n, noise, seed);
        for (int i = 0; i < n; i++) {
            boolean inside = i < n / 2;
            double r = inside ? s.uniform(0, 2.5) : s.uniform(3.5, 5);
            double angle = s.uniform(0, 2 * Math.PI);
            double x = r * Math.sin(angle);
            double y = r * Math.cos(angle);
            double nx = s.uniform(-5, 5) * noise;
            double ny = s.uniform(-5, 5) * noise;
            s.add(x, y, Math.hypot(x + nx, y + ny) < 2.5 ? 1 : 0);
        }
        return s.data();
    }

    /** Points in the four quadrants: class 1 where x and y have the same sign. */
    public static XY xor(int n, double noise, long seed) {
        Sampler s = new Sampler(n, noise, seed);
        for (int i = 0; i < n; i++) {
            double x = s.uniform(-5, 5);
            x += x > 0 ? 0.3 : -0.3;
            double y = s.uniform(-5, 5);
            y += y > 0 ? 0.3 : -0.3;
            double nx = s.uniform(-5, 5) * noise;
            double ny = s.uniform(-5, 5) * noise;
            s.add(x, y, (x + nx) * (y + ny) >= 0 ? 1 : 0);
        }
        return s.data();
    }

    /** Two gaussian clouds around (2, 2) (class 1) and (-2, -2) (class 0); noise widens them. */
    public static XY gaussian(int n, double noise, long seed) {
        Sampler s = new Sampler(n, noise, seed);
        double variance = 0.5 + noise / 0.5 * 3.5;
        for (int i = 0; i < n; i++) {
            boolean first = i < n / 2;
            double centre = first ? 2 : -2;
            double x = s.normal(centre, variance);
            double y = s.normal(centre, variance);
            s.add(x, y, first ? 1 : 0);
        }
        return s.data();
    }

    /** Two interleaved spiral arms of n/2 points each, 1.75 turns out to radius 5. */
    public static XY spiral(int n, double noise, long seed) {
        Sampler s = new Sampler(n, noise, seed);
        int half = n / 2;
        for (int arm = 0; arm < 2; arm++) {
            int count = arm == 0 ? half : n - half;
            for (int i = 0; i < count; i++) {
                double r = (double) i / count * 5;
                double t = 1.75 * i / count * 2 * Math.PI + arm * Math.PI;
                double x = r * Math.sin(t) + s.uniform(-1, 1) * noise;
                double y = r * Math.cos(t) + s.uniform(-1, 1) * noise;
                s.add(x, y, arm);
            }
        }
        return s.data();
    }

    /** Regression on a tilted plane: y = (x1 + x2) / 10 over the square -6..6. */
    public static XY plane(int n, double noise, long seed) {
        Sampler s = new Sampler(n, noise, seed);
        for (int i = 0; i < n; i++) {
            double x = s.uniform(-6, 6);
            double y = s.uniform(-6, 6);
            double nx = s.uniform(-6, 6) * noise;
            double ny = s.uniform(-6, 6) * noise;
            s.add(x, y, (x + nx + y + ny) / 10);
        }
        return s.data();
    }

    /** Regression on six gaussian bumps of alternating sign over the square -6..6. */
    public static XY multiGaussian(int n, double noise, long seed) {
        Sampler s = new Sampler(n, noise, seed);
        for (int i = 0; i < n; i++) {
            double x = s.uniform(-6, 6);
            double y = s.uniform(-6, 6);
            double nx = s.uniform(-6, 6) * noise;
            double ny = s.uniform(-6, 6) * noise;
            s.add(x, y, bumps(x + nx, y + ny));
        }
        return s.data();
    }

    /** {@link #circle(int, double, long)} with a seed drawn from the session's seed. */
    public static XY circle(int n, double noise) {
        return circle(n, noise, Seeds.next().nextLong());
    }

    /** {@link #xor(int, double, long)} with a seed drawn from the session's seed. */
    public static XY xor(int n, double noise) {
        return xor(n, noise, Seeds.next().nextLong());
    }

    /** {@link #gaussian(int, double, long)} with a seed drawn from the session's seed. */
    public static XY gaussian(int n, double noise) {
        return gaussian(n, noise, Seeds.next().nextLong());
    }

    /** {@link #spiral(int, double, long)} with a seed drawn from the session's seed. */
    public static XY spiral(int n, double noise) {
        return spiral(n, noise, Seeds.next().nextLong());
    }

    /** {@link #plane(int, double, long)} with a seed drawn from the session's seed. */
    public static XY plane(int n, double noise) {
        return plane(n, noise, Seeds.next().nextLong());
    }

    /** {@link #multiGaussian(int, double, long)} with a seed drawn from the session's seed. */
    public static XY multiGaussian(int n, double noise) {
        return multiGaussian(n, noise, Seeds.next().nextLong());
    }

    /** The strongest of six signed bumps, each falling linearly from 1 at its centre to 0 at 2. */
    private static double bumps(double x, double y) {
        double[][] centres = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
            {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
        double label = 0;
        for (double[] c : centres) {
            double d = Math.hypot(x - c[0], y - c[1]);
            double v = c[2] * Math.max(0, 1 - d / 2);
            if (Math.abs(v) > Math.abs(label)) {
                label = v;
            }
        }
        return label;
    }

    /** Draws random numbers and collects points. */
    private static final class Sampler {
        private final Random random;
        private final double[] x;
        private final double[] y;
        private int count;

        Sampler(int n, double noise, long seed) {
            if (n <= 0) {
                throw Msg.error("playground.size", n);
            }
            if (!(noise >= 0 && noise <= 1)) {
                throw Msg.error("playground.noise", noise);
            }
            random = new Random(seed);
            x = new double[2 * n];
            y = new double[n];
        }

        double uniform(double from, double to) {
            return from + random.nextDouble() * (to - from);
        }

        /** Playground's normal draw: the polar method, scaled by the variance's square root. */
        double normal(double mean, double variance) {
            double v1;
            double v2;
            double s;
            do {
                v1 = 2 * random.nextDouble() - 1;
                v2 = 2 * random.nextDouble() - 1;
                s = v1 * v1 + v2 * v2;
            } while (s > 1 || s == 0);
            return mean + Math.sqrt(variance) * Math.sqrt(-2 * Math.log(s) / s) * v1;
        }

        void add(double px, double py, double label) {
            x[2 * count] = px;
            x[2 * count + 1] = py;
            y[count++] = label;
        }

        XY data() {
            return new XY(Tensor.wrap(x, y.length, 2), Tensor.wrap(y, y.length, 1));
        }
    }
}
