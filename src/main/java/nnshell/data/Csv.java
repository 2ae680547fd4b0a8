package nnshell.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads CSV files into Tablesaw tables and turns what goes wrong into sentences naming the
 * file, line and column: a missing or empty file, a wrong separator, text in a numeric column.
 */
public final class Csv {
    private static final List<Character> SEPARATORS = List.of(',', ';', '\t', '|');

    private Csv() {
    }

    /** Reads {@code file}, guessing the separator from its header line. */
    public static Table read(Path file) {
        return read(file, guessSeparator(header(file)));
    }

    /** Reads {@code file} whose values are separated by {@code separator}. */
    public static Table read(Path file, char separator) {
        String header = header(file);
        checkSeparator(file, header, separator);
        checkRows(file, separator, fields(header, separator));
        try {
            return Table.read().usingOptions(CsvReadOptions.builder(file.toFile())
                    .separator(separator).tableName(file.getFileName().toString()));
        } catch (RuntimeException e) {
            throw Msg.error("csv.unreadable", file, e.getMessage());
        }
    }

    /**
     * Checks that every named column of {@code table} (read from {@code file}) holds numbers,
     * naming the first line and column that does not.
     */
    public static void requireNumeric(Table table, Path file, List<String> columns) {
        for (String name : columns) {
            Column<?> column = Tables.column(table, name);
            if (!isNumeric(column.type())) {
                throw notNumber(table, file, column);
            }
        }
    }

    /** Checks that the table has exactly {@code count} columns. */
    static void requireColumnCount(Table table, Path file, int count) {
        if (table.columnCount() != count) {
            throw Msg.error("csv.columnCount", file, table.columnCount(), count);
        }
    }

    static boolean isNumeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DOUBLE
                || type == ColumnType.LONG || type == ColumnType.FLOAT
                || type == ColumnType.SHORT;
    }

    private static DataException notNumber(Table table, Path file, Column<?> column) {
        int col = table.columnIndex(column) + 1;
        for (int row = 0; row < column.size(); row++) {
            String value = column.getString(row);
            if (!value.isBlank() && !looksNumeric(value)) {
                String named = " (\"" + column.name() + "\")";
                return Msg.error("csv.notNumber", file, row + 2, col, named, value);
            }
        }
        return Msg.error("csv.notNumericColumn", file, col, column.name(), column.type());
    }

    private static boolean looksNumeric(String value) {
        try {
            Double.parseDouble(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The first line of the file; an absent or empty file is an error. */
    static String header(Path file) {
        if (!Files.isRegularFile(file)) {
            throw Msg.error("csv.missing", file);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || line.isBlank()) {
                throw Msg.error("csv.empty", file);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line must have as many values as the header names. */
    private static void checkRows(Path file, char separator, int columns) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                int count = fields(line, separator);
                if (!line.isBlank() && count != columns) {
                    throw Msg.error("csv.ragged", file, number, count, columns);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of values on a line: separators outside double quotes, plus one. */
    private static int fields(String line, char separator) {
        int count = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** A header without the chosen separator but with another one means the wrong one. */
    private static void checkSeparator(Path file, String header, char separator) {
        if (header.indexOf(separator) >= 0) {
            return;
        }
        Optional<Character> other = SEPARATORS.stream()
                .filter(c -> header.indexOf(c) >= 0).findFirst();
        if (other.isPresent()) {
            throw Msg.error("csv.separator", file, abbreviate(header), shown(separator),
                    shown(other.get()));
        }
    }

    private static char guessSeparator(String header) {
        char best = ',';
        long most = 0;
        for (char c : SEPARATORS) {
            long count = header.chars().filter(ch -> ch == c).count();
            if (count > most) {
                best = c;
                most = count;
            }
        }
        return best;
    }

    private static String shown(char separator) {
        return separator == '\t' ? "\\t" : String.valueOf(separator);
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }
}
