package nnshell.research;

import java.util.Arrays;

import nnshell.dsl.Model;
import nnshell.dsl.Tensor;

/** Which output of a model an explanation looks at, and reading it from predictions. */
final class Outputs {
    /** Stands for "the class the model predicts for the row" (or the only output). */
    static final int PREDICTED = -1;

    private Outputs() {
    }

    /** Predictions of {@code model} with a sentence instead of a stack trace on failure. */
    static Tensor predict(Model model, Tensor x) {
        Tensor out;
        try {
            out = model.predict(x);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Msg.text("model.failed",
                    Arrays.toString(x.shape()), e.getMessage()), e);
        }
        if (out.rank() == 0 || out.shape(0) != x.shape(0)) {
            throw Msg.bad("model.rows", Arrays.toString(out.shape()), x.shape(0));
        }
        return out;
    }

    /** Number of outputs per row. */
    static int width(Tensor predictions) {
        return predictions.size() / predictions.shape(0);
    }

    /** The column to read in each row: {@code output}, or each row's predicted class. */
    static int[] columns(Tensor base, int output) {
        int n = base.shape(0);
        int k = width(base);
        int[] cols = new int[n];
        if (output >= k) {
            throw Msg.bad("output.outside", output, k);
        }
        for (int i = 0; i < n; i++) {
            cols[i] = output >= 0 ? output : k == 1 ? 0 : argmax(base.data(), i * k, k);
        }
        return cols;
    }

    /** Row i's value in column cols[i % cols.length]. */
    static double[] pick(Tensor predictions, int[] cols) {
        int n = predictions.shape(0);
        int k = width(predictions);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = predictions.data()[i * k + cols[i % cols.length]];
        }
        return out;
    }

    static int argmax(double[] d, int from, int k) {
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (d[from + j] > d[from + best]) {
                best = j;
            }
        }
        return best;
    }
}
