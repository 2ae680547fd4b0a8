package nnshell.research;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nnshell.dsl.Tensor;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The numeric columns of the real Student Performance (maths) data, for tests. */
final class StudentData {
    static final Path FILE = Path.of("/work/shared/datasets/student-performance/student-mat.csv");
    static final List<String> NAMES = List.of("age", "Medu", "Fedu", "studytime", "failures",
            "goout", "absences", "G1", "G2");

    private StudentData() {
    }

    static boolean present() {
        return Files.isRegularFile(FILE);
    }

    /** [395, 9] features in the order of {@link #NAMES}. */
    static Tensor features() {
        Table t = Table.read().csv(CsvReadOptions.builder(FILE.toFile()).separator(';'));
        double[][] rows = new double[t.rowCount()][NAMES.size()];
        for (int j = 0; j < NAMES.size(); j++) {
            var col = t.numberColumn(NAMES.get(j));
            for (int i = 0; i < t.rowCount(); i++) {
                rows[i][j] = col.getDouble(i);
            }
        }
        return Tensor.of(rows);
    }
}
