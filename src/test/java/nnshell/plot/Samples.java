package nnshell.plot;

import java.util.Random;

import nnshell.dsl.Tensor;

/** Small made-up data for chart tests: blobs, losses, digits-like images. */
final class Samples {
    private Samples() {
    }

    /** Two blobs of 2-D points: the first half around (-1, -1), the rest around (1, 1). */
    static Tensor blobs(int n) {
        Random r = new Random(1);
        double[][] rows = new double[n][2];
        for (int i = 0; i < n; i++) {
            double c = i < n / 2 ? -1 : 1;
            rows[i][0] = c + r.nextGaussian() * 0.4;
            rows[i][1] = c + r.nextGaussian() * 0.4;
        }
        return Tensor.of(rows);
    }

    /** 0 for the first half of the blobs, 1 for the rest. */
    static Tensor blobLabels(int n) {
        double[] y = new double[n];
        for (int i = n / 2; i < n; i++) {
            y[i] = 1;
        }
        return Tensor.of(y);
    }

    /** A falling loss curve with a little noise. */
    static double[] losses(int n) {
        Random r = new Random(2);
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = 0.7 * Math.exp(-i / 12.0) + 0.05 + 0.01 * r.nextDouble();
        }
        return l;
    }

    /** Normally distributed numbers. */
    static double[] normal(int n) {
        Random r = new Random(n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian();
        }
        return v;
    }

    /** sigmoid(x1 + x2) for each row of [n, 2]: a model with a straight boundary. */
    static Tensor sigmoidOfSum(Tensor in) {
        double[] out = new double[in.shape(0)];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1 / (1 + Math.exp(-3 * (in.get(i, 0) + in.get(i, 1))));
        }
        return Tensor.wrap(out, out.length, 1);
    }

    /** Four tanh neurons with fixed weights: [n, 2] to [n, 4]. */
    static Tensor hiddenLayer(Tensor in) {
        double[][] w = {{1, 0}, {0, 1}, {1, 1}, {1, -1}};
        double[] out = new double[in.shape(0) * 4];
        for (int i = 0; i < in.shape(0); i++) {
            for (int k = 0; k < 4; k++) {
                out[i * 4 + k] = Math.tanh(2 * (w[k][0] * in.get(i, 0) + w[k][1] * in.get(i, 1)));
            }
        }
        return Tensor.wrap(out, in.shape(0), 4);
    }

    /** n 8x8 images, [n, 64]: image i has a bar at column i mod 8 and a ring. */
    static Tensor digits(int n) {
        double[] d = new double[n * 64];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    double ring = Math.abs(Math.hypot(x - 3.5, y - 3.5) - 2.5) < 0.8 ? 10 : 0;
                    d[i * 64 + y * 8 + x] = x == i % 8 ? 16 : ring;
                }
            }
        }
        return Tensor.wrap(d, n, 64);
    }

    /** A Gaussian blob in an n x n mask, centred a little off the middle. */
    static Tensor blob(int n) {
        double[] m = new double[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                m[y * n + x] = Math.exp(-(Math.pow(x - n * 0.6, 2) + Math.pow(y - n * 0.4, 2))
                        / (n * 0.8));
            }
        }
        return Tensor.wrap(m, n, n);
    }

    /** Logs of a made-up epoch: a falling loss and accuracy rising. */
    static java.util.Map<String, Double> logs(int epoch) {
        return java.util.Map.of("loss", 1.0 / (epoch + 1), "accuracy", 1 - 0.5 / (epoch + 1));
    }
}
