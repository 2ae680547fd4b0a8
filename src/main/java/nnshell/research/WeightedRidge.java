package nnshell.research;

/**
 * Weighted ridge regression, the local surrogate of LIME: the intercept b and coefficients w
 * that minimise sum_i weight_i (y_i - b - w . x_i)^2 + lambda |w|^2 (the intercept is not
 * penalised).
 *
 * <pre>{@code WeightedRidge.Fit f = WeightedRidge.fit(xs, ys, weights, 1.0);}</pre>
 */
public final class WeightedRidge {

    /** A fitted surrogate: intercept, one coefficient per column, and weighted R^2. */
    public record Fit(double intercept, double[] coefficients, double r2) {

        /** The surrogate's value at {@code x}. */
        public double predict(double[] x) {
            double y = intercept;
            for (int j = 0; j < x.length; j++) {
                y += coefficients[j] * x[j];
            }
            return y;
        }
    }

    private WeightedRidge() {
    }

    /** Fits rows {@code x} to targets {@code y} with sample weights {@code w} (all >= 0). */
    public static Fit fit(double[][] x, double[] y, double[] w, double lambda) {
        int d = x[0].length;
        double[] xMean = new double[d];
        double yMean = weightedMeans(x, y, w, xMean);

        // normal equations on centred data: (Xc' W Xc + lambda I) beta = Xc' W yc
        double[][] a = new double[d][d + 1];
        for (int i = 0; i < x.length; i++) {
            for (int r = 0; r < d; r++) {
                double xr = w[i] * (x[i][r] - xMean[r]);
                for (int c = 0; c < d; c++) {
                    a[r][c] += xr * (x[i][c] - xMean[c]);
                }
                a[r][d] += xr * (y[i] - yMean);
            }
        }
        for (int r = 0; r < d; r++) {
            a[r][r] += lambda;
        }
        double[] beta = solve(a);
        double intercept = yMean;
        for (int j = 0; j < d; j++) {
            intercept -= beta[j] * xMean[j];
        }
        Fit partial = new Fit(intercept, beta, Double.NaN);
        return new Fit(intercept, beta, r2(partial, x, y, w, yMean));
    }

    private static double weightedMeans(double[][] x, double[] y, double[] w, double[] xMean) {
        double total = 0;
        double yMean = 0;
        for (int i = 0; i < x.length; i++) {
            total += w[i];
            yMean += w[i] * y[i];
            for (int j = 0; j < xMean.length; j++) {
                xMean[j] += w[i] * x[i][j];
            }
        }
        if (!(total > 0)) {
            throw Msg.bad("ridge.weights");
        }
        for (int j = 0; j < xMean.length; j++) {
            xMean[j] /= total;
        }
        return yMean / total;
    }

    /** Weighted R^2: 1 - weighted residual sum of squares / weighted total sum of squares. */
    private static double r2(Fit f, double[][] x, double[] y, double[] w, double yMean) {
        double residual = 0;
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            double e = y[i] - f.predict(x[i]);
            residual += w[i] * e * e;
            total += w[i] * (y[i] - yMean) * (y[i] - yMean);
        }
        return total == 0 ? (residual == 0 ? 1 : 0) : 1 - residual / total;
    }

    /** Gaussian elimination with partial pivoting on the augmented matrix [A | b]. */
    static double[] solve(double[][] a) {
        int d = a.length;
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-300) {
                throw Msg.bad("ridge.singular");
            }
            for (int r = col + 1; r < d; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= d; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] x = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double s = a[r][d];
            for (int c = r + 1; c < d; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
