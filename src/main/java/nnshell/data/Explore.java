package nnshell.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.TTest;

import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Looking at a table before modelling it: summary statistics, group averages, cross-tables,
 * correlations, missing values and value counts. Every method returns a Tablesaw table; print
 * it with {@link Tables#show}.
 *
 * <pre>{@code Tables.show(Explore.groupBy(students, "G3", "studytime"));}</pre>
 */
public final class Explore {

    private Explore() {
    }

    /**
     * One row per column: count, missing, distinct values, then mean, std, min, median and max
     * for numeric columns (blank for text). Example: {@code Explore.summary(students)}.
     */
    public static Table summary(Table table) {
        Table out = Table.create(Msg.text("explore.summary", table.name()));
        StringColumn name = StringColumn.create("column");
        IntColumn count = IntColumn.create("count");
        IntColumn missing = IntColumn.create("missing");
        IntColumn distinct = IntColumn.create("distinct");
        List<DoubleColumn> stats = List.of(DoubleColumn.create("mean"),
                DoubleColumn.create("std"), DoubleColumn.create("min"),
                DoubleColumn.create("median"), DoubleColumn.create("max"));
        for (Column<?> column : table.columns()) {
            name.append(column.name());
            count.append(column.size() - column.countMissing());
            missing.append(column.countMissing());
            distinct.append(column.countUnique());
            appendStats(column, stats);
        }
        out.addColumns(name, count, missing, distinct);
        stats.forEach(out::addColumns);
        return DataTable.of(out);
    }

    /**
     * Count, mean, standard deviation, min and max of {@code value} for each group of
     * {@code by}. Example: {@code Explore.groupBy(students, "G3", "sex", "school")}.
     */
    public static Table groupBy(Table table, String value, String... by) {
        Tables.numeric(table, value);
        Tables.require(table, by);
        Table out = table.summarize(value, AggregateFunctions.count, AggregateFunctions.mean,
                AggregateFunctions.stdDev, AggregateFunctions.min, AggregateFunctions.max)
                .by(by).sortOn(by);
        List<String> names = List.of("count", "mean", "std", "min", "max");
        for (int i = 0; i < names.size(); i++) {
            out.column(by.length + i).setName(names.get(i));
        }
        return rounded(out.setName(Msg.text("explore.groupBy", value, String.join(", ", by))));
    }

    /**
     * Compares the mean of {@code value} between the two groups of {@code by} with Welch's
     * t-test: each group's count and mean, the difference and the two-sided p-value.
     * Example: {@code Explore.compare(students, "G3", "sex")}.
     */
    public static Table compare(Table table, String value, String by) {
        NumericColumn<?> values = Tables.numeric(table, value);
        Column<?> groups = Tables.column(table, by);
        List<String> names = Prep.classes(table, by);
        if (names.size() != 2) {
            throw Msg.error("explore.twoGroups", by, names.size(), names);
        }
        double[] a = valuesWhere(values, groups, names.get(0));
        double[] b = valuesWhere(values, groups, names.get(1));
        double meanA = Arrays.stream(a).average().orElse(Double.NaN);
        double meanB = Arrays.stream(b).average().orElse(Double.NaN);
        Table out = Table.create(Msg.text("explore.compare", value, by),
                StringColumn.create(by, names),
                IntColumn.create("count", a.length, b.length),
                DoubleColumn.create("mean", meanA, meanB),
                DoubleColumn.create("difference", Double.NaN, meanB - meanA),
                DoubleColumn.create("p", Double.NaN, new TTest().tTest(a, b)));
        return rounded(out);
    }

    /**
     * How many rows have each pair of values of {@code rows} and {@code columns}, with totals.
     * Example: {@code Explore.crossTab(students, "school", "sex")}.
     */
    public static Table crossTab(Table table, String rows, String columns) {
        Tables.require(table, rows, columns);
        Table out = table.xTabCounts(rows, columns);
        out.column(0).setName(rows);
        return DataTable.of(out.setName(Msg.text("explore.crossTab", rows, columns)));
    }

    /** Like {@link #crossTab}, as percentages of each row (each row sums to 100). */
    public static Table crossTabPercent(Table table, String rows, String columns) {
        Tables.require(table, rows, columns);
        Table out = table.xTabRowPercents(rows, columns);
        out.column(0).setName(rows);
        for (Column<?> c : List.copyOf(out.columns())) {
            if (c instanceof DoubleColumn d) {
                out.replaceColumn(c.name(), d.multiply(100).setName(c.name()));
            }
        }
        return rounded(out.setName(Msg.text("explore.crossTabPercent", rows, columns)));
    }

    /**
     * Pearson correlations between the named numeric columns (all numeric ones if none).
     * Example: {@code Explore.correlation(students, "G1", "G2", "G3")}.
     */
    public static Table correlation(Table table, String... columns) {
        List<NumericColumn<?>> cols = numericColumns(table, columns);
        double[][] data = new double[table.rowCount()][cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            for (int r = 0; r < data.length; r++) {
                data[r][c] = cols.get(c).getDouble(r);
            }
        }
        double[][] m = new PearsonsCorrelation(data).getCorrelationMatrix().getData();
        Table out = Table.create(Msg.text("explore.correlation", table.name()));
        out.addColumns(StringColumn.create("", cols.stream().map(Column::name)));
        for (int c = 0; c < cols.size(); c++) {
            int col = c;
            out.addColumns(DoubleColumn.create(cols.get(c).name(),
                    Arrays.stream(m).mapToDouble(row -> row[col])));
        }
        return rounded(out);
    }

    /**
     * Every numeric column's correlation with {@code target}, strongest first.
     * Example: {@code Explore.correlationWith(students, "G3")}.
     */
    public static Table correlationWith(Table table, String target) {
        NumericColumn<?> y = Tables.numeric(table, target);
        StringColumn name = StringColumn.create("column");
        DoubleColumn r = DoubleColumn.create("r");
        for (NumericColumn<?> x : numericColumns(table)) {
            if (!x.name().equals(target)) {
                name.append(x.name());
                r.append(new PearsonsCorrelation().correlation(x.asDoubleArray(),
                        y.asDoubleArray()));
            }
        }
        Table out = Table.create(Msg.text("explore.correlationWith", target), name, r);
        out.addColumns(r.abs().setName("|r|"));
        return rounded(out.sortDescendingOn("|r|"));
    }

    /** Missing values per column: count and percent. {@code Explore.missing(students)} */
    public static Table missing(Table table) {
        StringColumn name = StringColumn.create("column");
        IntColumn count = IntColumn.create("missing");
        DoubleColumn percent = DoubleColumn.create("percent");
        for (Column<?> column : table.columns()) {
            name.append(column.name());
            count.append(column.countMissing());
            percent.append(100.0 * column.countMissing() / Math.max(1, column.size()));
        }
        return rounded(Table.create(Msg.text("explore.missing", table.name()),
                name, count, percent));
    }

    /**
     * How often each value of {@code column} occurs, most frequent first, with percents.
     * Example: {@code Explore.valueCounts(students, "Mjob")}.
     */
    public static Table valueCounts(Table table, String column) {
        Column<?> col = Tables.column(table, column);
        Table counts = table.xTabCounts(col.name());
        IntColumn n = counts.intColumn("Count");
        n.setName("count");
        counts.addColumns(n.divide(table.rowCount() / 100.0).setName("percent"));
        Table out = counts.sortDescendingOn("count");
        out.column(0).setName(column);
        return rounded(out.setName(Msg.text("explore.valueCounts", column)));
    }

    private static void appendStats(Column<?> column, List<DoubleColumn> stats) {
        if (column instanceof NumericColumn<?> n && n.size() > n.countMissing()) {
            double[] v = {n.mean(), n.standardDeviation(), n.min(), n.median(), n.max()};
            for (int i = 0; i < v.length; i++) {
                stats.get(i).append(Math.round(v[i] * 1000) / 1000.0);
            }
        } else {
            stats.forEach(DoubleColumn::appendMissing);
        }
    }

    private static double[] valuesWhere(NumericColumn<?> values, Column<?> groups,
            String group) {
        return IntStream.range(0, values.size())
                .filter(r -> !values.isMissing(r) && plain(groups, r).equals(group))
                .mapToDouble(values::getDouble).toArray();
    }

    private static String plain(Column<?> column, int row) {
        if (column instanceof NumericColumn<?> n) {
            double v = n.getDouble(row);
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
        return column.getString(row);
    }

    private static List<NumericColumn<?>> numericColumns(Table table, String... names) {
        List<NumericColumn<?>> cols = new ArrayList<>();
        if (names.length == 0) {
            table.columns().stream().filter(c -> c instanceof NumericColumn<?>)
                    .forEach(c -> cols.add((NumericColumn<?>) c));
        }
        for (String name : names) {
            cols.add(Tables.numeric(table, name));
        }
        return cols;
    }

    /** Double columns rounded to three decimals, so the table prints narrow. */
    private static Table rounded(Table raw) {
        Table table = DataTable.of(raw);
        for (Column<?> c : List.copyOf(table.columns())) {
            if (c instanceof DoubleColumn d) {
                table.replaceColumn(c.name(), d.map(v -> Math.round(v * 1000) / 1000.0)
                        .setName(c.name()));
            }
        }
        return table;
    }
}
