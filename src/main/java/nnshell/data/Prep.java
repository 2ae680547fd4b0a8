package nnshell.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;

import nnshell.dsl.Seeds;
import nnshell.dsl.Tensor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Preparing data for a network: splits, one-hot encoding, tables and labels to tensors,
 * batches. Scaling is in {@link Scaler}.
 *
 * <pre>{@code Tensor x = Prep.tensor(students, "studytime", "failures", "absences");}</pre>
 */
public final class Prep {

    private Prep() {
    }

    /** The named numeric columns as a tensor of shape [rows, columns]. */
    public static Tensor tensor(Table table, String... columns) {
        List<NumericColumn<?>> cols = new ArrayList<>();
        for (String name : columns) {
            Column<?> column = Tables.column(table, name);
            if (!(column instanceof NumericColumn<?> numeric)) {
                throw Msg.error("prep.textColumn", name, table.name());
            }
            cols.add(numeric);
        }
        int n = table.rowCount();
        double[] data = new double[n * cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            for (int r = 0; r < n; r++) {
                data[r * cols.size() + c] = value(table, cols.get(c), r);
            }
        }
        return Tensor.wrap(data, n, cols.size());
    }

    /** Every column except the named ones (usually the label) as a tensor [rows, columns]. */
    public static Tensor features(Table table, String... except) {
        Tables.require(table, except);
        List<String> keep = new ArrayList<>(table.columnNames());
        keep.removeAll(List.of(except));
        return tensor(table, keep.toArray(String[]::new));
    }

    /** One column's values as a tensor of shape [rows, 1] (a regression target). */
    public static Tensor target(Table table, String column) {
        return tensor(table, column);
    }

    /** The classes of a column, sorted: text values alphabetically, numbers by value. */
    public static List<String> classes(Table table, String column) {
        Column<?> col = Tables.column(table, column);
        if (col instanceof NumericColumn<?> numeric) {
            TreeSet<Double> values = new TreeSet<>();
            for (int r = 0; r < numeric.size(); r++) {
                values.add(numeric.getDouble(r));
            }
            return values.stream().map(Prep::plain).toList();
        }
        return new ArrayList<>(new TreeSet<>(col.asStringColumn().asList()));
    }

    /**
     * Each row's class number, in {@link #classes} order.
     * Example: {@code Prep.labels(iris, "species")}.
     */
    public static int[] labels(Table table, String column) {
        List<String> classes = classes(table, column);
        Column<?> col = Tables.column(table, column);
        int[] labels = new int[table.rowCount()];
        for (int r = 0; r < labels.length; r++) {
            String v = col instanceof NumericColumn<?> num ? plain(num.getDouble(r))
                    : col.getString(r);
            labels[r] = classes.indexOf(v);
        }
        return labels;
    }

    /** Class numbers as one-hot rows: shape [N, classes]. Example: {@code oneHot(y, 10)}. */
    public static Tensor oneHot(int[] labels, int classes) {
        double[] data = new double[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw Msg.error("prep.labelRange", i, labels[i], classes);
            }
            data[i * classes + labels[i]] = 1;
        }
        return Tensor.wrap(data, labels.length, classes);
    }

    /** Class numbers as a column tensor [N, 1] (for a sigmoid output). */
    public static Tensor column(int[] labels) {
        return Tensor.wrap(Arrays.stream(labels).asDoubleStream().toArray(), labels.length, 1);
    }

    /**
     * The table with each named text column (every text column when none is named) replaced
     * by one 0/1 column per value, named {@code column=value}.
     * Example: {@code Prep.oneHot(students, "school", "sex")}.
     */
    public static Table oneHot(Table table, String... columns) {
        Table out = table.copy();
        // no names: every text column, as pandas.get_dummies does
        String[] names = columns.length > 0 ? columns : table.columns().stream()
                .filter(c -> c instanceof tech.tablesaw.api.StringColumn)
                .map(Column::name).toArray(String[]::new);
        for (String name : names) {
            Column<?> column = Tables.column(out, name);
            int at = out.columnIndex(column);
            out.removeColumns(column);
            for (String value : classes(table, name)) {
                DoubleColumn dummy = DoubleColumn.create(name + "=" + value, out.rowCount());
                for (int r = 0; r < out.rowCount(); r++) {
                    dummy.set(r, column.getString(r).equals(value) ? 1 : 0);
                }
                out.insertColumn(at++, dummy);
            }
        }
        return out;
    }

    /** Images given as flat rows [N, C*H*W] reshaped to [N, C, H, W]. */
    public static Tensor images(Tensor flat, int channels, int height, int width) {
        return flat.reshape(flat.shape(0), channels, height, width);
    }

    /** A random split of the rows with the session's seed (no stratification). */
    public static Split<Table> split(Table table, double train, double validation) {
        return split(table, null, train, validation, Seeds.next().nextLong());
    }

    /**
     * Splits the rows into train, validation and test (the rest), keeping the share of every
     * value of {@code stratify} (null for none) the same in each part.
     * Example: {@code Prep.split(iris, "species", 0.7, 0.15, 42)}.
     */
    public static Split<Table> split(Table table, String stratify, double train,
            double validation, long seed) {
        String[] keys = new String[table.rowCount()];
        Column<?> by = stratify == null ? null : Tables.column(table, stratify);
        for (int r = 0; r < keys.length; r++) {
            keys[r] = by == null ? "" : by.getString(r);
        }
        return parts(keys, train, validation, seed,
                rows -> rows.length == 0 ? table.emptyCopy() : table.rows(rows));
    }

    /** Splits examples into train, validation and test, stratified by class when y has classes. */
    public static Split<XY> split(XY data, double train, double validation, long seed) {
        String[] keys = new String[data.size()];
        int[] labels = data.classification() ? data.labels() : null;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = labels == null ? "" : String.valueOf(labels[i]);
        }
        return parts(keys, train, validation, seed, data::rows);
    }

    /**
     * The examples in batches of {@code size} (the last may be smaller), shuffled with
     * {@code seed}. Example: {@code for (XY b : Prep.batches(train, 32, 42)) ...}.
     */
    public static List<XY> batches(XY data, int size, long seed) {
        if (size <= 0) {
            throw Msg.error("prep.batchSize", size);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<XY> batches = new ArrayList<>();
        for (int from = 0; from < order.size(); from += size) {
            int[] rows = order.subList(from, Math.min(from + size, order.size())).stream()
                    .mapToInt(Integer::intValue).toArray();
            batches.add(data.rows(rows));
        }
        return batches;
    }

    /** The given rows of a tensor (along its first dimension), in that order. */
    static Tensor rows(Tensor t, int[] rows) {
        int[] shape = t.shape();
        int per = t.size() / Math.max(shape[0], 1);
        double[] data = new double[rows.length * per];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(t.data(), rows[i] * per, data, i * per, per);
        }
        shape[0] = rows.length;
        return Tensor.wrap(data, shape);
    }

    private static <T> Split<T> parts(String[] keys, double train, double validation,
            long seed, Function<int[], T> take) {
        if (train <= 0 || validation < 0 || train + validation > 1) {
            throw Msg.error("prep.fractions", train, validation);
        }
        Map<String, List<Integer>> strata = new LinkedHashMap<>();
        for (int r = 0; r < keys.length; r++) {
            strata.computeIfAbsent(keys[r], k -> new ArrayList<>()).add(r);
        }
        Random random = new Random(seed);
        List<List<Integer>> parts = List.of(new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (List<Integer> rows : strata.values()) {
            Collections.shuffle(rows, random);
            int nTrain = (int) Math.round(rows.size() * train);
            int nVal = Math.min(rows.size() - nTrain, (int) Math.round(rows.size() * validation));
            parts.get(0).addAll(rows.subList(0, nTrain));
            parts.get(1).addAll(rows.subList(nTrain, nTrain + nVal));
            parts.get(2).addAll(rows.subList(nTrain + nVal, rows.size()));
        }
        List<T> taken = parts.stream()
                .map(p -> take.apply(p.stream().mapToInt(Integer::intValue).sorted().toArray()))
                .toList();
        return new Split<>(taken.get(0), taken.get(1), taken.get(2));
    }

    private static double value(Table table, NumericColumn<?> column, int row) {
        if (column.isMissing(row)) {
            throw Msg.error("prep.missingValue", table.name(), row + 1, column.name());
        }
        return column.getDouble(row);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
