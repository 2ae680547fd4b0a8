package nnshell.dsl;

import java.util.Arrays;
import java.util.Random;

/** What MaxPool2D and AvgPool2D share: windows of size x size moved by a stride, no padding. */
abstract class Pool2D extends Layer {
    final int size;
    final int stride;
    int n;
    int c;
    int h;
    int w;
    int oh;
    int ow;
    double[] out;
    double[] gx;

    Pool2D(int size, int stride) {
        if (size < 1 || stride < 1) {
            throw new IllegalArgumentException(Msg.text("pool.args", size, stride));
        }
        this.size = size;
        this.stride = stride;
    }

    @Override
    int[] doBuild(int[] input, Random rng) {
        if (input.length != 3) {
            throw new IllegalArgumentException(Msg.text("conv.input.rank", describe(),
                    batchShape(input)));
        }
        return new int[] {input[0], outSize(input[1]), outSize(input[2])};
    }

    int outSize(int in) {
        return in < size ? 0 : (in - size) / stride + 1;
    }

    @Override
    void checkInput(Tensor x) {
        if (x.rank() != 4 || x.shape(1) != inputShape()[0]
                || outSize(x.shape(2)) < 1 || outSize(x.shape(3)) < 1) {
            throw new IllegalArgumentException(Msg.text("pool.input.shape", describe(),
                    Arrays.toString(x.shape()), inputShape()[0], size));
        }
    }

    void sizes(Tensor x) {
        checkInput(x);
        n = x.shape(0);
        c = x.shape(1);
        h = x.shape(2);
        w = x.shape(3);
        oh = outSize(h);
        ow = outSize(w);
        out = ensure(out, n * c * oh * ow);
    }

    String args() {
        return size + "x" + size + (stride == size ? "" : ", stride " + stride);
    }
}
