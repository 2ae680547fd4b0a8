package nnshell.dsl;

/**
 * Matrix products on row-major {@code double[]}: plain loops for small ones (no call overhead),
 * ND4J's BLAS for large ones, loaded only when the first large product comes.
 */
final class Linalg {
    /** Products with more multiply-adds than this go to BLAS. */
    static final long BLAS_THRESHOLD = 64L * 64 * 64;
    private static final int BLOCK = 512;
    private static final ThreadLocal<double[]> SCRATCH =
            ThreadLocal.withInitial(() -> new double[0]);

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
        if (!transA && !transB && (n < 16 && k >= 16 || n < 4)) {
            // a narrow B: dot products over the long side run faster than short row updates
            double[] bt = scratch(n * k);
            transpose(b, k, n, bt);
            nt(m, n, k, a, bt, c);
        } else if (!transA && !transB) {
            nn(m, n, k, a, b, c);
        } else if (transA && !transB && n < 16 && (m >= 16 || n < m)) {
            tnNarrow(m, n, k, a, b, c);
        } else if (transA && !transB) {
            tn(m, n, k, a, b, c);
        } else if (!transA && (k < 8 || k < 16 && n >= 16)) {
            // short dot products: transpose B and update whole rows instead
            double[] bt = scratch(n * k);
            transpose(b, n, k, bt);
            nn(m, n, k, a, bt, c);
        } else if (!transA) {
            nt(m, n, k, a, b, c);
        } else {
            tt(m, n, k, a, b, c);
        }
    }

    private static void nn(int m, int n, int k, double[] a, double[] b, double[] c) {
        // columns in blocks, so that a block of B and of C stays in the fastest cache; four
        // rows of B per pass, so that each value of C is loaded and stored a quarter as often
        for (int j0 = 0; j0 < n; j0 += BLOCK) {
            int j1 = Math.min(n, j0 + BLOCK);
            for (int i = 0; i < m; i++) {
                int ci = i * n;
                int ai = i * k;
                int p = 0;
                for (; p + 3 < k; p += 4) {
                    double a0 = a[ai + p];
                    double a1 = a[ai + p + 1];
                    double a2 = a[ai + p + 2];
                    double a3 = a[ai + p + 3];
                    int b0 = p * n;
                    int b1 = b0 + n;
                    int b2 = b1 + n;
                    int b3 = b2 + n;
                    for (int j = j0; j < j1; j++) {
                        c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j]
                                + a3 * b[b3 + j];
                    }
                }
                for (; p < k; p++) {
                    double aip = a[ai + p];
                    int bp = p * n;
                    for (int j = j0; j < j1; j++) {
                        c[ci + j] += aip * b[bp + j];
                    }
                }
            }
        }
    }

    /** Writes the transpose of {@code rows} x {@code cols} matrix {@code x} into {@code out}. */
    static void transpose(double[] x, int rows, int cols, double[] out) {
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < cols; col++) {
                out[col * rows + r] = x[r * cols + col];
            }
        }
    }

    private static double[] scratch(int size) {
        double[] s = SCRATCH.get();
        if (s.length < size) {
            s = new double[size];
            SCRATCH.set(s);
        }
        return s;
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

    /** A^T B for narrow B: builds C^T row by row over the long side m, then adds it to C. */
    private static void tnNarrow(int m, int n, int k, double[] a, double[] b, double[] c) {
        double[] ct = scratch(n * m);
        java.util.Arrays.fill(ct, 0, n * m, 0.0);
        for (int j = 0; j < n; j++) {
            int cj = j * m;
            for (int p = 0; p < k; p++) {
                double bpj = b[p * n + j];
                int ap = p * m;
                for (int i = 0; i < m; i++) {
                    ct[cj + i] += bpj * a[ap + i];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] += ct[j * m + i];
            }
        }
    }

    private static void nt(int m, int n, int k, double[] a, double[] b, double[] c) {
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            for (int j = 0; j < n; j++) {
                c[i * n + j] += dot(a, ai, b, j * k, k);
            }
        }
    }

    /** A dot product with eight independent sums, so the adds do not wait on each other. */
    static double dot(double[] a, int ai, double[] b, int bi, int k) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int p = 0;
        for (; p + 7 < k; p += 8) {
            s0 += a[ai + p] * b[bi + p];
            s1 += a[ai + p + 1] * b[bi + p + 1];
            s2 += a[ai + p + 2] * b[bi + p + 2];
            s3 += a[ai + p + 3] * b[bi + p + 3];
            s4 += a[ai + p + 4] * b[bi + p + 4];
            s5 += a[ai + p + 5] * b[bi + p + 5];
            s6 += a[ai + p + 6] * b[bi + p + 6];
            s7 += a[ai + p + 7] * b[bi + p + 7];
        }
        for (; p < k; p++) {
            s0 += a[ai + p] * b[bi + p];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
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
