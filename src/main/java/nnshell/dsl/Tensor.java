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
