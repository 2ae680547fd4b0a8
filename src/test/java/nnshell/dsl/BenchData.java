package nnshell.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the shared benchmark CSVs (last column the label) for tests. */
final class BenchData {
    static final Path DIR = Path.of(System.getProperty("nnshell.bench.dir",
            "/work/shared/bench/data"));

    private BenchData() {
    }

    /** Features [rows, cols-1] and labels [rows, 1]. */
    static Tensor[] read(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file));
            int cols = lines.get(0).split(",").length;
            int rows = lines.size() - 1;
            double[] x = new double[rows * (cols - 1)];
            double[] y = new double[rows];
            for (int r = 0; r < rows; r++) {
                String[] cells = lines.get(r + 1).split(",");
                for (int j = 0; j < cols - 1; j++) {
                    x[r * (cols - 1) + j] = Double.parseDouble(cells[j]);
                }
                y[r] = Double.parseDouble(cells[cols - 1]);
            }
            return new Tensor[] {Tensor.wrap(x, rows, cols - 1), Tensor.wrap(y, rows, 1)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
