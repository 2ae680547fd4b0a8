package nnshell.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TensorTest {
    private final Tensor m = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    @Test
    void tensorsOfWholeNumbersSuchAsLabels() {
        int[] labels = {2, 0, 1};
        assertThat(Tensor.of(labels).data()).containsExactly(2, 0, 1);
        assertThat(Keras.tensor(labels).shape()).containsExactly(3);
    }

    @Test
    void arithmeticBroadcastsRowsAndNumbers() {
        assertThat(m.add(Tensor.of(10, 20, 30)).data()).containsExactly(11, 22, 33, 14, 25, 36);
        assertThat(m.sub(1).data()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(m.mul(m).data()).containsExactly(1, 4, 9, 16, 25, 36);
        assertThat(m.div(2).get(1, 2)).isEqualTo(3);
        assertThat(m.map(v -> -v).sum()).isEqualTo(-21);
    }

    @Test
    void matmulTransposeAndReductions() {
        Tensor p = m.matmul(m.transpose());
        assertThat(p.shape()).containsExactly(2, 2);
        assertThat(p.data()).containsExactly(14, 32, 32, 77);
        assertThat(m.sum(0).data()).containsExactly(5, 7, 9);
        assertThat(m.mean(1).data()).containsExactly(2, 5);
        assertThat(m.argmax(1).data()).containsExactly(2, 2);
        assertThat(m.T().shape()).containsExactly(3, 2);
    }

    @Test
    void largeProductsThroughBlasEqualPlainLoops() {
        Tensor a = Tensor.randn(new java.util.Random(1), 70, 80);
        Tensor b = Tensor.randn(new java.util.Random(2), 80, 60);
        double[] plain = new double[70 * 60];
        for (int i = 0; i < 70; i++) {
            for (int j = 0; j < 60; j++) {
                for (int k = 0; k < 80; k++) {
                    plain[i * 60 + j] += a.get(i, k) * b.get(k, j);
                }
            }
        }
        assertThat(a.matmul(b).allClose(Tensor.wrap(plain, 70, 60), 1e-9)).isTrue();
    }

    @Test
    void rowsSlicesAndConcat() {
        assertThat(m.row(1).data()).containsExactly(4, 5, 6);
        assertThat(m.rows(0, 1).shape()).containsExactly(1, 3);
        assertThat(m.rows(new int[] {1, 0}).data()).containsExactly(4, 5, 6, 1, 2, 3);
        assertThat(Tensor.concat(m, m).shape()).containsExactly(4, 3);
        assertThat(m.column(1).data()).containsExactly(2, 5);
    }

    @Test
    void randomTensorsFollowTheSeed() {
        Seeds.set(3);
        Tensor a = Tensor.randn(2, 2);
        Seeds.set(3);
        assertThat(Tensor.randn(2, 2)).isEqualTo(a);
        assertThat(Tensor.rand(1000).max()).isLessThan(1);
    }

    @Test
    void printsLikeNumpyAndAbbreviatesLargeOnes() {
        assertThat(m.toString()).isEqualTo("tensor([[1., 2., 3.],\n        [4., 5., 6.]],"
                + " shape=[2, 3])");
        String big = Tensor.arange(2000).toString();
        assertThat(big).contains("[   0.,    1.,    2., ..., 1997., 1998., 1999.]");
        assertThat(Tensor.of(0.5, -12.25, 3).toString())
                .isEqualTo("tensor([  0.5000, -12.2500,   3.0000], shape=[3])");
        assertThat(Tensor.of(1e-5, 1).toString()).contains("[1.0000e-05, 1.0000e+00]");
        assertThat(Tensor.zeros(3, 2, 2).toString()).isEqualTo(
                "tensor([[[0., 0.],\n         [0., 0.]],\n        [[0., 0.],\n"
                        + "         [0., 0.]],\n        [[0., 0.],\n         [0., 0.]]],"
                        + " shape=[3, 2, 2])");
    }

    @Test
    void activationsWorkOnTensorsAndByName() {
        Tensor x = Tensor.of(-1, 0, 2);
        assertThat(Activation.of("relu").apply(x).data()).containsExactly(0, 0, 2);
        assertThat(Activation.of("relu").derivative(x).data()).containsExactly(0, 0, 1);
        assertThat(Activation.of("step").apply(x).data()).containsExactly(0, 1, 1);
        assertThat(Activation.of("sign").apply(x).data()).containsExactly(-1, 1, 1);
        assertThat(Activation.leakyRelu(0.1).apply(-2.0)).isEqualTo(-0.2);
        Tensor s = Activation.SOFTMAX.apply(Tensor.of(new double[][] {{1000, 1000}}));
        assertThat(s.data()).containsExactly(0.5, 0.5);
        assertThat(Activation.TANH.apply(x).allClose(x.map(Math::tanh), 1e-15)).isTrue();
    }
}
