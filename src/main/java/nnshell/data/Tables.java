package nnshell.data;

import java.util.ArrayList;
import java.util.List;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Small helpers on Tablesaw tables: columns by name with "did you mean" hints, and printing
 * that fits the terminal's width.
 *
 * <pre>{@code Tables.show(Datasets.iris())}</pre>
 */
public final class Tables {

    private Tables() {
    }

    /** The column {@code name}; a missing one names the nearest columns of the table. */
    public static Column<?> column(Table table, String name) {
        if (name != null && table.containsColumn(name)) {
            return table.column(name);
        }
        throw Msg.error("column.missing", table.name(), name,
                Names.hint(String.valueOf(name), table.columnNames()));
    }

    /** The numeric column {@code name}; a text column is an error saying what to do. */
    public static NumericColumn<?> numeric(Table table, String name) {
        Column<?> column = column(table, name);
        if (column instanceof NumericColumn<?> numeric) {
            return numeric;
        }
        throw Msg.error("column.notNumeric", name, table.name(), column.type());
    }

    /** Checks that every named column exists (nearest names suggested for a typo). */
    public static void require(Table table, String... names) {
        for (String name : names) {
            column(table, name);
        }
    }

    /** Prints the table through the console, split into blocks that fit its width. */
    public static void show(Table table) {
        nnshell.console.Console console = nnshell.console.Console.current();
        console.println(render(table, console.width()));
    }

    /**
     * The table as text no wider than {@code width}: wide tables are cut into blocks of
     * columns, each repeating the first column; at most 40 rows are shown.
     */
    public static String render(Table table, int width) {
        return render(table, width, 40);
    }

    /** The table as text no wider than {@code width}, showing at most {@code maxRows} rows. */
    public static String render(Table table, int width, int maxRows) {
        Table shown = table.rowCount() > maxRows ? table.first(maxRows) : table;
        StringBuilder out = new StringBuilder();
        for (List<String> block : blocks(shown, width)) {
            String text = Table.create(shown.name(), block.stream().map(shown::column)
                    .toArray(Column<?>[]::new)).printAll();
            out.append(out.length() == 0 ? text : "\n" + stripTitle(text)).append('\n');
        }
        if (shown != table) {
            out.append(Msg.text("table.moreRows", table.rowCount() - maxRows)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static List<List<String>> blocks(Table table, int width) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> names = table.columnNames();
        List<String> current = new ArrayList<>();
        int used = 0;
        for (String name : names) {
            int w = columnWidth(table.column(name)) + 5;
            if (!current.isEmpty() && used + w > width) {
                blocks.add(current);
                current = new ArrayList<>(List.of(names.get(0)));
                used = columnWidth(table.column(0)) + 5;
            }
            current.add(name);
            used += w;
        }
        blocks.add(current);
        return blocks;
    }

    private static int columnWidth(Column<?> column) {
        int width = column.name().length();
        for (int row = 0; row < Math.min(column.size(), 40); row++) {
            width = Math.max(width, column.getString(row).length());
        }
        return width;
    }

    private static String stripTitle(String printed) {
        int newline = printed.indexOf('\n');
        return newline < 0 ? printed : printed.substring(newline + 1);
    }
}
