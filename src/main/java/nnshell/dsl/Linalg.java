package nnshell.dsl;

/**
 * Matrix products on row-major {@code double[]}: plain loops for small ones (no call overhead),
 * ND4J's BLAS for large ones, loaded only when the first large product comes.
 */
final class Linalg {
    /** Products with more multiply-adds than this go to BLAS. */
    static final long BLAS_THRESHOLD = 64L * 64 * 64;

    private Linalg() {
    }

    /**
     * {@code C = op(A) op(B)} (or {@code C += ...} when {@code accumulate}); op(A) is m x k,
     * op(B) is k x n, C is m x n. With {@code transA} A is stored k x m, with {@code transB}
     * B is stored n x k.
     */
    static void gemm(boolean transA, boolean transB, int m, int n, int k, double[] a,
            double[] b, double[] c, boolean accumulate) {
        if ((long) m * n * k > BLAS_THRESHOLD) {
            Blas.gemm(transA, transB, m, n, k, a, b, c, accumulate);
            return;
        }
        if (!accumulate) {
            java.util.Arrays.fill(c, 0, m * n, 0.0);
        }
        if (!transA && !transB) {
            nn(m, n, k, a, b, c);
        } else if (transA && !transB) {
            tn(m, n, k, a, b, c);
        } else if (!transA) {
            nt(m, n, k, a, b, c);
        } else {
            tt(m, n, k, a, b, c);
        }
    }

    private static void nn(int m, int n, int k, double[] a, double[] b, double[] c) {
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }

    private static void tn(int m, int n, int k, double[] a, double[] b, double[] c) {
        for (int p = 0; p < k; p++) {
            int ap = p * m;
            int bp = p * n;
            for (int i = 0; i < m; i++) {
                double api = a[ap + i];
                int ci = i * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += api * b[bp + j];
                }
            }
        }
    }

    private static void nt(int m, int n, int k, double[] a, double[] b, double[] c) {
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            for (int j = 0; j < n; j++) {
                int bj = j * k;
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[ai + p] * b[bj + p];
                }
                c[i * n + j] += s;
            }
        }
    }

    private static void tt(int m, int n, int k, double[] a, double[] b, double[] c) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[p * m + i] * b[j * k + p];
                }
                c[i * n + j] += s;
            }
        }
    }

    /** The ND4J side, in its own class so ND4J loads only when a large product needs it. */
    private static final class Blas {
        private Blas() {
        }

        static void gemm(boolean transA, boolean transB, int m, int n, int k, double[] a,
                double[] b, double[] c, boolean accumulate) {
            var x = org.nd4j.linalg.factory.Nd4j.create(a, transA ? new long[] {k, m}
                    : new long[] {m, k}, 'c');
            var y = org.nd4j.linalg.factory.Nd4j.create(b, transB ? new long[] {n, k}
                    : new long[] {k, n}, 'c');
            var z = org.nd4j.linalg.factory.Nd4j.create(
                    org.nd4j.linalg.api.buffer.DataType.DOUBLE, new long[] {m, n}, 'c');
            org.nd4j.linalg.factory.Nd4j.gemm(x, y, z, transA, transB, 1.0, 0.0);
            double[] out = z.data().asDouble();
            if (accumulate) {
                for (int i = 0; i < m * n; i++) {
                    c[i] += out[i];
                }
            } else {
                System.arraycopy(out, 0, c, 0, m * n);
            }
        }
    }
}
