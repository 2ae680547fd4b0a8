package nnshell.data;

import nnshell.console.Console;
import tech.tablesaw.api.Table;

/**
 * A Tablesaw table that prints to fit the terminal: its size, then its first rows in blocks of
 * columns no wider than the console. The shell shows values with {@code toString()}, so a
 * table a student loads or computes reads well at the prompt.
 */
final class DataTable extends Table {
    private static final int ALL_ROWS_UP_TO = 40;
    private static final int FIRST_ROWS = 10;

    private DataTable(Table table) {
        super(table.name(), table.columns());
    }

    /** The same columns (not copied) in a table that prints to fit the terminal. */
    static Table of(Table table) {
        return table instanceof DataTable ? table : new DataTable(table);
    }

    @Override
    public String toString() {
        int width = Console.current().width();
        if (rowCount() <= ALL_ROWS_UP_TO) {
            return Tables.render(this, width, rowCount());
        }
        // a wide table prints in several blocks of columns: fewer rows keep it on one screen
        int rows = columnCount() > 12 ? FIRST_ROWS / 2 : FIRST_ROWS;
        return Tables.render(this, width, rows) + "\n"
                + Msg.text("table.size", name(), rowCount(), columnCount());
    }
}
