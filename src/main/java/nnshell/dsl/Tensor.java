package nnshell.dsl;

import java.util.Arrays;

/**
 * An n-dimensional array of doubles in row-major order, with a shape that prints like numpy's.
 *
 * <p>Small tensors live in plain Java arrays so that each operation costs nanoseconds, not the
 * tens of microseconds a native call costs; large matrix products go to ND4J's BLAS.
 *
 * <pre>{@code Tensor x = Tensor.of(new double[][] {{0, 1}, {1, 0}});  // shape [2, 2]}</pre>
 */
public final class Tensor {
    private final double[] data;
    private final int[] shape;

    private Tensor(double[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    /** Wraps {@code data} (not copied) as a tensor of the given shape. */
    public static Tensor wrap(double[] data, int... shape) {
        int size = sizeOf(shape);
        if (size != data.length) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " holds "
                    + size + " values, but " + data.length + " were given.");
        }
        return new Tensor(data, shape.clone());
    }

    /** A vector of the given values, shape [n]. Example: {@code Tensor.of(1, 2, 3)}. */
    public static Tensor of(double... values) {
        return new Tensor(values.clone(), new int[] {values.length});
    }

    /** A vector of whole numbers (class labels), shape [n]. Example: {@code Tensor.of(labels)}. */
    public static Tensor of(int[] values) {
        double[] data = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            data[i] = values[i];
        }
        return new Tensor(data, new int[] {values.length});
    }

    /** A matrix of the given rows, shape [rows, columns]; every row must be as long. */
    public static Tensor of(double[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] data = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("Row " + r + " has " + rows[r].length
                        + " values, but row 0 has " + cols + ": every row must be as long.");
            }
            System.arraycopy(rows[r], 0, data, r * cols, cols);
        }
        return new Tensor(data, new int[] {rows.length, cols});
    }

    /** A tensor of zeros. Example: {@code Tensor.zeros(3, 2)}. */
    public static Tensor zeros(int... shape) {
        return new Tensor(new double[sizeOf(shape)], shape.clone());
    }

    /** The shape, one entry per dimension (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** The size of dimension {@code dim}; negative counts from the end. */
    public int shape(int dim) {
        return shape[dim < 0 ? shape.length + dim : dim];
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Number of values. */
    public int size() {
        return data.length;
    }

    /** The backing values in row-major order (not a copy: writes change the tensor). */
    public double[] data() {
        return data;
    }

    /** The value at the given indices, one per dimension. */
    public double get(int... index) {
        return data[offset(index)];
    }

    /** Sets the value at the given indices and returns this tensor. */
    public Tensor set(double value, int... index) {
        data[offset(index)] = value;
        return this;
    }

    /** The single value of a one-element tensor. */
    public double item() {
        if (data.length != 1) {
            throw new IllegalStateException("item() needs a tensor with one value, but this one"
                    + " has shape " + Arrays.toString(shape) + ".");
        }
        return data[0];
    }

    /** A copy with the same shape. */
    public Tensor copy() {
        return new Tensor(data.clone(), shape.clone());
    }

    /** The same values seen with another shape of equal size; -1 stands for the rest. */
    public Tensor reshape(int... newShape) {
        int[] resolved = newShape.clone();
        int known = 1;
        int unknown = -1;
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] == -1) {
                unknown = i;
            } else {
                known *= resolved[i];
            }
        }
        if (unknown >= 0 && known > 0) {
            resolved[unknown] = data.length / known;
        }
        if (sizeOf(resolved) != data.length) {
            throw new IllegalArgumentException("Cannot reshape " + Arrays.toString(shape) + " ("
                    + data.length + " values) to " + Arrays.toString(newShape) + ".");
        }
        return new Tensor(data, resolved);
    }

    /** Rows as Java arrays, for a tensor of rank 2. */
    public double[][] toArray2() {
        requireRank(2, "toArray2()");
        double[][] rows = new double[shape[0]][shape[1]];
        for (int r = 0; r < shape[0]; r++) {
            System.arraycopy(data, r * shape[1], rows[r], 0, shape[1]);
        }
        return rows;
    }

    /** Throws a sentence naming {@code what} unless this tensor has the given rank. */
    public void requireRank(int rank, String what) {
        if (shape.length != rank) {
            throw new IllegalArgumentException(what + " needs a tensor of rank " + rank
                    + ", but got shape " + Arrays.toString(shape) + ".");
        }
    }

    /** A tensor of ones. Example: {@code Tensor.ones(2, 3)}. */
    public static Tensor ones(int... shape) {
        return full(1.0, shape);
    }

    /** A tensor filled with {@code value}. Example: {@code Tensor.full(0.5, 2, 2)}. */
    public static Tensor full(double value, int... shape) {
        Tensor t = zeros(shape);
        Arrays.fill(t.data, value);
        return t;
    }

    /** The numbers 0, 1, ..., n-1 as a vector. Example: {@code Tensor.arange(5)}. */
    public static Tensor arange(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return new Tensor(v, new int[] {n});
    }

    /** Standard normal values drawn from the session seed. Example: {@code Tensor.randn(3, 2)}. */
    public static Tensor randn(int... shape) {
        return randn(Seeds.next(), shape);
    }

    /** Standard normal values drawn from {@code rng}. */
    public static Tensor randn(java.util.Random rng, int... shape) {
        Tensor t = zeros(shape);
        for (int i = 0; i < t.data.length; i++) {
            t.data[i] = rng.nextGaussian();
        }
        return t;
    }

    /** Uniform values in [0, 1) drawn from the session seed. Example: {@code Tensor.rand(3)}. */
    public static Tensor rand(int... shape) {
        return rand(Seeds.next(), shape);
    }

    /** Uniform values in [0, 1) drawn from {@code rng}. */
    public static Tensor rand(java.util.Random rng, int... shape) {
        Tensor t = zeros(shape);
        for (int i = 0; i < t.data.length; i++) {
            t.data[i] = rng.nextDouble();
        }
        return t;
    }

    /** Integer labels as a vector. Example: {@code Tensor.labels(0, 2, 1)}. */
    public static Tensor labels(int... classes) {
        double[] v = new double[classes.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = classes[i];
        }
        return new Tensor(v, new int[] {v.length});
    }

    /** Number of rows (the first dimension), 1 for a scalar. */
    public int rows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** This tensor plus {@code other} (same shape, a scalar, or a row broadcast on each row). */
    public Tensor add(Tensor other) {
        return zip(other, "add", Double::sum);
    }

    /** This tensor minus {@code other}, broadcast as in {@link #add(Tensor)}. */
    public Tensor sub(Tensor other) {
        return zip(other, "sub", (a, b) -> a - b);
    }

    /** Element-wise product with {@code other}, broadcast as in {@link #add(Tensor)}. */
    public Tensor mul(Tensor other) {
        return zip(other, "mul", (a, b) -> a * b);
    }

    /** Element-wise quotient by {@code other}, broadcast as in {@link #add(Tensor)}. */
    public Tensor div(Tensor other) {
        return zip(other, "div", (a, b) -> a / b);
    }

    /** This tensor plus a number. Example: {@code x.add(1)}. */
    public Tensor add(double v) {
        return map(a -> a + v);
    }

    /** This tensor minus a number. */
    public Tensor sub(double v) {
        return map(a -> a - v);
    }

    /** This tensor times a number. Example: {@code x.mul(0.5)}. */
    public Tensor mul(double v) {
        return map(a -> a * v);
    }

    /** This tensor divided by a number. */
    public Tensor div(double v) {
        return map(a -> a / v);
    }

    /** The same shape with {@code f} applied to every value. Example: {@code x.map(Math::exp)}. */
    public Tensor map(java.util.function.DoubleUnaryOperator f) {
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(data[i]);
        }
        return new Tensor(out, shape.clone());
    }

    /** Matrix product of [n, k] and [k, m], shape [n, m]. Example: {@code x.matmul(w)}. */
    public Tensor matmul(Tensor other) {
        requireRank(2, "matmul");
        other.requireRank(2, "matmul");
        int n = shape[0];
        int k = shape[1];
        int m = other.shape[1];
        if (other.shape[0] != k) {
            throw new IllegalArgumentException(Msg.text("tensor.matmul", Arrays.toString(shape),
                    Arrays.toString(other.shape), k, other.shape[0]));
        }
        double[] out = new double[n * m];
        Linalg.gemm(false, false, n, m, k, data, other.data, out, false);
        return new Tensor(out, new int[] {n, m});
    }

    /** The transpose of a matrix, shape [m, n] for [n, m]. Example: {@code w.transpose()}. */
    public Tensor transpose() {
        requireRank(2, "transpose");
        int n = shape[0];
        int m = shape[1];
        double[] out = new double[data.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                out[j * n + i] = data[i * m + j];
            }
        }
        return new Tensor(out, new int[] {m, n});
    }

    /** Shorthand for {@link #transpose()}. */
    public Tensor T() {
        return transpose();
    }

    /** The sum of all values. */
    public double sum() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return s;
    }

    /** The mean of all values. */
    public double mean() {
        return data.length == 0 ? Double.NaN : sum() / data.length;
    }

    /** The largest value. */
    public double max() {
        return Arrays.stream(data).max().orElse(Double.NaN);
    }

    /** The smallest value. */
    public double min() {
        return Arrays.stream(data).min().orElse(Double.NaN);
    }

    /** Sums along dimension {@code axis}, which disappears. Example: {@code x.sum(0)}. */
    public Tensor sum(int axis) {
        return reduce(axis, false);
    }

    /** Means along dimension {@code axis}, which disappears. Example: {@code x.mean(0)}. */
    public Tensor mean(int axis) {
        return reduce(axis, true);
    }

    /** Index of the largest value along {@code axis}. Example: {@code probs.argmax(1)}. */
    public Tensor argmax(int axis) {
        int ax = axis(axis);
        int outer = 1;
        int inner = 1;
        for (int d = 0; d < ax; d++) {
            outer *= shape[d];
        }
        for (int d = ax + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int n = shape[ax];
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int best = 0;
                for (int j = 1; j < n; j++) {
                    if (data[(o * n + j) * inner + i] > data[(o * n + best) * inner + i]) {
                        best = j;
                    }
                }
                out[o * inner + i] = best;
            }
        }
        return new Tensor(out, without(shape, ax));
    }

    /** Row {@code i} (the first dimension), one rank lower; a copy. Example: {@code x.row(0)}. */
    public Tensor row(int i) {
        if (shape.length == 0 || i < 0 || i >= shape[0]) {
            throw new IndexOutOfBoundsException(Msg.text("tensor.row", i, Arrays.toString(shape)));
        }
        int stride = data.length / shape[0];
        return new Tensor(Arrays.copyOfRange(data, i * stride, (i + 1) * stride),
                Arrays.copyOfRange(shape, 1, shape.length));
    }

    /** Rows {@code from} to {@code to} (exclusive), a copy. Example: {@code x.rows(0, 10)}. */
    public Tensor rows(int from, int to) {
        if (shape.length == 0 || from < 0 || to > shape[0] || from > to) {
            throw new IndexOutOfBoundsException(Msg.text("tensor.rows", from, to,
                    Arrays.toString(shape)));
        }
        int stride = data.length / shape[0];
        int[] s = shape.clone();
        s[0] = to - from;
        return new Tensor(Arrays.copyOfRange(data, from * stride, to * stride), s);
    }

    /** The rows at the given indices, in order (a copy). Example: {@code x.rows(idx)}. */
    public Tensor rows(int[] indices) {
        int stride = shape.length == 0 ? 1 : data.length / Math.max(1, shape[0]);
        int[] s = shape.clone();
        s[0] = indices.length;
        double[] out = new double[indices.length * stride];
        for (int r = 0; r < indices.length; r++) {
            if (indices[r] < 0 || indices[r] >= shape[0]) {
                throw new IndexOutOfBoundsException(Msg.text("tensor.row", indices[r],
                        Arrays.toString(shape)));
            }
            System.arraycopy(data, indices[r] * stride, out, r * stride, stride);
        }
        return new Tensor(out, s);
    }

    /** Column {@code j} of a matrix as a vector. Example: {@code table.column(2)}. */
    public Tensor column(int j) {
        requireRank(2, "column");
        double[] out = new double[shape[0]];
        for (int i = 0; i < out.length; i++) {
            out[i] = data[i * shape[1] + j];
        }
        return new Tensor(out, new int[] {shape[0]});
    }

    /** Stacks tensors along the first dimension; the other dimensions must agree. */
    public static Tensor concat(Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException(Msg.text("tensor.concat.empty"));
        }
        int[] s = parts[0].shape.clone();
        int total = 0;
        for (Tensor p : parts) {
            if (p.rank() != s.length || !Arrays.equals(Arrays.copyOfRange(p.shape, 1, p.rank()),
                    Arrays.copyOfRange(s, 1, s.length))) {
                throw new IllegalArgumentException(Msg.text("tensor.concat.shape",
                        Arrays.toString(parts[0].shape), Arrays.toString(p.shape)));
            }
            total += p.data.length;
        }
        double[] out = new double[total];
        int at = 0;
        s[0] = 0;
        for (Tensor p : parts) {
            System.arraycopy(p.data, 0, out, at, p.data.length);
            at += p.data.length;
            s[0] += p.shape[0];
        }
        return new Tensor(out, s);
    }

    /** Whether every value is within {@code tolerance} of the other tensor's (same shape). */
    public boolean allClose(Tensor other, double tolerance) {
        if (!Arrays.equals(shape, other.shape)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            if (Math.abs(data[i] - other.data[i]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    private Tensor zip(Tensor other, String op, java.util.function.DoubleBinaryOperator f) {
        double[] out = new double[data.length];
        double[] b = other.data;
        if (Arrays.equals(shape, other.shape) || b.length == 1 || isSuffix(other.shape)) {
            int m = b.length;
            for (int i = 0; i < out.length; i++) {
                out[i] = f.applyAsDouble(data[i], b[m == 1 ? 0 : i % m]);
            }
            return new Tensor(out, shape.clone());
        }
        throw new IllegalArgumentException(Msg.text("tensor.broadcast", op,
                Arrays.toString(shape), Arrays.toString(other.shape)));
    }

    private boolean isSuffix(int[] other) {
        if (other.length > shape.length || other.length == 0) {
            return false;
        }
        int off = shape.length - other.length;
        return Arrays.equals(other, Arrays.copyOfRange(shape, off, shape.length));
    }

    private Tensor reduce(int axis, boolean mean) {
        int ax = axis(axis);
        int outer = 1;
        int inner = 1;
        for (int d = 0; d < ax; d++) {
            outer *= shape[d];
        }
        for (int d = ax + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int n = shape[ax];
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < inner; i++) {
                    out[o * inner + i] += data[(o * n + j) * inner + i];
                }
            }
        }
        if (mean) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= n;
            }
        }
        return new Tensor(out, without(shape, ax));
    }

    private int axis(int axis) {
        int ax = axis < 0 ? shape.length + axis : axis;
        if (ax < 0 || ax >= shape.length) {
            throw new IllegalArgumentException(Msg.text("tensor.axis", axis,
                    Arrays.toString(shape)));
        }
        return ax;
    }

    private static int[] without(int[] shape, int ax) {
        int[] s = new int[shape.length - 1];
        for (int d = 0, k = 0; d < shape.length; d++) {
            if (d != ax) {
                s[k++] = shape[d];
            }
        }
        return s;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tensor t && Arrays.equals(shape, t.shape)
                && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    /** Prints like numpy: nested brackets, abbreviated with "..." when large, then the shape. */
    @Override
    public String toString() {
        return TensorFormat.format(this);
    }

    private int offset(int[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("Tensor of shape " + Arrays.toString(shape)
                    + " needs " + shape.length + " indices, but got " + index.length + ".");
        }
        int offset = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("Index " + index[d] + " is outside dimension "
                        + d + " of size " + shape[d] + " (shape " + Arrays.toString(shape) + ").");
            }
            offset = offset * shape[d] + index[d];
        }
        return offset;
    }

    static int sizeOf(int[] shape) {
        int size = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("A shape cannot have a negative size: "
                        + Arrays.toString(shape) + ".");
            }
            size = Math.multiplyExact(size, s);
        }
        return size;
    }
}
