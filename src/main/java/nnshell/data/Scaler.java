package nnshell.data;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import nnshell.dsl.Tensor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Scales each feature column, learning the scale from the training part only: standardisation
 * (mean 0, standard deviation 1) or min-max (0 to 1).
 *
 * <pre>{@code Scaler s = Scaler.standard().fit(train); Tensor t = s.transform(test);}</pre>
 *
 * <p>Works on tensors of shape [N, features] and on named columns of tables.
 */
public final class Scaler {
    private final boolean standard;
    private double[] shift;
    private double[] scale;
    private List<String> columns;

    private Scaler(boolean standard) {
        this.standard = standard;
    }

    /** A scaler to mean 0 and standard deviation 1 per column. */
    public static Scaler standard() {
        return new Scaler(true);
    }

    /** A scaler to the range 0..1 per column (minimum to 0, maximum to 1). */
    public static Scaler minMax() {
        return new Scaler(false);
    }

    /** Learns each column's shift and scale from {@code train}, shape [N, features]. */
    public Scaler fit(Tensor train) {
        train.requireRank(2, "Scaler.fit");
        double[][] rows = train.toArray2();
        int f = train.shape(1);
        shift = new double[f];
        scale = new double[f];
        for (int c = 0; c < f; c++) {
            int col = c;
            learn(c, Arrays.stream(rows).mapToDouble(r -> r[col]).toArray());
        }
        columns = null;
        return this;
    }

    /** Learns the shift and scale of the named numeric columns of {@code train}. */
    public Scaler fit(Table train, String... names) {
        shift = new double[names.length];
        scale = new double[names.length];
        for (int c = 0; c < names.length; c++) {
            NumericColumn<?> column = Tables.numeric(train, names[c]);
            learn(c, IntStream.range(0, column.size())
                    .filter(r -> !column.isMissing(r)).mapToDouble(column::getDouble).toArray());
        }
        columns = List.of(names);
        return this;
    }

    /** The scaled copy of {@code x} (shape [N, features], as in fit). */
    public Tensor transform(Tensor x) {
        requireFitted(columns == null);
        x.requireRank(2, "Scaler.transform");
        if (x.shape(1) != shift.length) {
            throw Msg.error("scaler.width", Arrays.toString(x.shape()), shift.length);
        }
        double[] out = x.data().clone();
        for (int i = 0; i < out.length; i++) {
            int c = i % shift.length;
            out[i] = (out[i] - shift[c]) / scale[c];
        }
        return Tensor.wrap(out, x.shape());
    }

    /** A copy of {@code table} with the fitted columns scaled. */
    public Table transform(Table table) {
        requireFitted(columns != null);
        Table out = table.copy();
        for (int c = 0; c < columns.size(); c++) {
            NumericColumn<?> column = Tables.numeric(out, columns.get(c));
            DoubleColumn scaled = DoubleColumn.create(column.name(), column.size());
            for (int r = 0; r < column.size(); r++) {
                if (!column.isMissing(r)) {
                    scaled.set(r, (column.getDouble(r) - shift[c]) / scale[c]);
                }
            }
            out.replaceColumn(column.name(), scaled);
        }
        return out;
    }

    /** Fits on {@code train} and returns it scaled. */
    public Tensor fitTransform(Tensor train) {
        return fit(train).transform(train);
    }

    /** Scaled values back to the original units. */
    public Tensor inverse(Tensor scaled) {
        requireFitted(columns == null);
        double[] out = scaled.data().clone();
        for (int i = 0; i < out.length; i++) {
            int c = i % shift.length;
            out[i] = out[i] * scale[c] + shift[c];
        }
        return Tensor.wrap(out, scaled.shape());
    }

    /** Like "standard scaler: shift [...], scale [...]". */
    @Override
    public String toString() {
        String kind = standard ? "standard" : "min-max";
        if (shift == null) {
            return kind + " scaler (not fitted)";
        }
        return kind + " scaler: shift " + Arrays.toString(round(shift)) + ", scale "
                + Arrays.toString(round(scale));
    }

    private void learn(int c, double[] values) {
        if (values.length == 0) {
            throw Msg.error("scaler.empty");
        }
        double mean = Arrays.stream(values).average().orElse(0);
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        double var = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
                / values.length;
        shift[c] = standard ? mean : min;
        double s = standard ? Math.sqrt(var) : max - min;
        // a constant column stays constant instead of dividing by zero
        scale[c] = s == 0 ? 1 : s;
    }

    private void requireFitted(boolean sameKind) {
        if (shift == null) {
            throw Msg.error("scaler.notFitted");
        }
        if (!sameKind) {
            throw Msg.error("scaler.kind");
        }
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).toArray();
    }
}
