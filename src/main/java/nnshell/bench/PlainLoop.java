package nnshell.bench;

import java.util.Random;

/**
 * W1 written as one plain Java method over double arrays, with no library: the reference
 * against which the DSL's speed is measured on the same machine.
 */
final class PlainLoop {
    private PlainLoop() {
    }

    /** Trains W1 on {@code x} [500 * 2], {@code y} [500] and returns the training accuracy. */
    static double w1(double[] x, double[] y) {
        int n = y.length;
        Random rng = new Random(42);
        double[] w1 = glorot(rng, 2, 8);
        double[] w2 = glorot(rng, 8, 8);
        double[] w3 = glorot(rng, 8, 1);
        double[] b1 = new double[8];
        double[] b2 = new double[8];
        double[] b3 = new double[1];
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        Random shuffle = new Random(42);
        double[] h1 = new double[8];
        double[] h2 = new double[8];
        double[] g1 = new double[16];
        double[] g2 = new double[64];
        double[] g3 = new double[8];
        double[] gb1 = new double[8];
        double[] gb2 = new double[8];
        double[] gb3 = new double[1];
        double[] d1 = new double[8];
        double[] d2 = new double[8];
        double lr = 0.03;
        for (int epoch = 0; epoch < 100; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int from = 0; from < n; from += 10) {
                java.util.Arrays.fill(g1, 0);
                java.util.Arrays.fill(g2, 0);
                java.util.Arrays.fill(g3, 0);
                java.util.Arrays.fill(gb1, 0);
                java.util.Arrays.fill(gb2, 0);
                gb3[0] = 0;
                for (int s = from; s < from + 10; s++) {
                    int r = perm[s];
                    double x0 = x[2 * r];
                    double x1 = x[2 * r + 1];
                    for (int j = 0; j < 8; j++) {
                        h1[j] = Math.tanh(x0 * w1[j] + x1 * w1[8 + j] + b1[j]);
                    }
                    for (int j = 0; j < 8; j++) {
                        double z = b2[j];
                        for (int i = 0; i < 8; i++) {
                            z += h1[i] * w2[i * 8 + j];
                        }
                        h2[j] = Math.tanh(z);
                    }
                    double z = b3[0];
                    for (int i = 0; i < 8; i++) {
                        z += h2[i] * w3[i];
                    }
                    double p = 1 / (1 + Math.exp(-z));
                    double dz = (p - y[r]) / 10;
                    gb3[0] += dz;
                    for (int i = 0; i < 8; i++) {
                        g3[i] += h2[i] * dz;
                        d2[i] = w3[i] * dz * (1 - h2[i] * h2[i]);
                    }
                    for (int i = 0; i < 8; i++) {
                        double s1 = 0;
                        for (int j = 0; j < 8; j++) {
                            g2[i * 8 + j] += h1[i] * d2[j];
                            s1 += w2[i * 8 + j] * d2[j];
                        }
                        d1[i] = s1 * (1 - h1[i] * h1[i]);
                    }
                    for (int j = 0; j < 8; j++) {
                        g1[j] += x0 * d1[j];
                        g1[8 + j] += x1 * d1[j];
                        gb2[j] += d2[j];
                        gb1[j] += d1[j];
                    }
                }
                step(w1, g1, lr);
                step(w2, g2, lr);
                step(w3, g3, lr);
                step(b1, gb1, lr);
                step(b2, gb2, lr);
                step(b3, gb3, lr);
            }
        }
        return accuracy(x, y, w1, b1, w2, b2, w3, b3);
    }

    private static double accuracy(double[] x, double[] y, double[] w1, double[] b1,
            double[] w2, double[] b2, double[] w3, double[] b3) {
        int right = 0;
        double[] h1 = new double[8];
        for (int r = 0; r < y.length; r++) {
            for (int j = 0; j < 8; j++) {
                h1[j] = Math.tanh(x[2 * r] * w1[j] + x[2 * r + 1] * w1[8 + j] + b1[j]);
            }
            double z = b3[0];
            for (int j = 0; j < 8; j++) {
                double s = b2[j];
                for (int i = 0; i < 8; i++) {
                    s += h1[i] * w2[i * 8 + j];
                }
                z += Math.tanh(s) * w3[j];
            }
            if ((z > 0 ? 1 : 0) == (int) y[r]) {
                right++;
            }
        }
        return (double) right / y.length;
    }

    private static double[] glorot(Random rng, int in, int out) {
        double limit = Math.sqrt(6.0 / (in + out));
        double[] w = new double[in * out];
        for (int i = 0; i < w.length; i++) {
            w[i] = (rng.nextDouble() * 2 - 1) * limit;
        }
        return w;
    }

    private static void step(double[] w, double[] g, double lr) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= lr * g[i];
        }
    }
}
