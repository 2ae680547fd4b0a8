package nnshell.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Every product path (plain loops of each shape, BLAS) against the textbook triple loop. */
class LinalgTest {

    @Test
    void everyTransposeAndSizeMatchesTheTripleLoop() {
        Random rng = new Random(4);
        int[][] sizes = {{3, 5, 7}, {32, 10, 128}, {500, 1, 8}, {8, 8, 500}, {128, 10, 32},
            {32, 128, 10}, {8, 9, 2048}, {70, 60, 80}, {8, 2048, 9}};
        for (int[] s : sizes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            for (int t = 0; t < 4; t++) {
                boolean ta = (t & 1) != 0;
                boolean tb = (t & 2) != 0;
                double[] a = Tensor.randn(rng, m * k).data();
                double[] b = Tensor.randn(rng, k * n).data();
                double[] c = Tensor.randn(rng, m * n).data();
                double[] expected = c.clone();
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        for (int p = 0; p < k; p++) {
                            expected[i * n + j] += (ta ? a[p * m + i] : a[i * k + p])
                                    * (tb ? b[j * k + p] : b[p * n + j]);
                        }
                    }
                }
                Linalg.gemm(ta, tb, m, n, k, a, b, c, true);
                assertThat(Tensor.wrap(c, m, n).allClose(Tensor.wrap(expected, m, n), 1e-9))
                        .as("%dx%dx%d transA=%s transB=%s", m, n, k, ta, tb).isTrue();
            }
        }
    }
}
