package nnshell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nnshell.dsl.Tensor;

/** The benchmark's CSV files read into tensors: features and labels. */
record BenchData(Tensor x, Tensor y) {

    /** Reads a CSV whose header names the columns and whose last column is the label. */
    static BenchData read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int cols = lines.get(0).split(",").length;
        int rows = lines.size() - 1;
        double[] x = new double[rows * (cols - 1)];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1).split(",");
            if (cells.length != cols) {
                throw new IOException(file + " line " + (r + 2) + " has " + cells.length
                        + " values, but the header names " + cols + ".");
            }
            for (int c = 0; c < cols - 1; c++) {
                x[r * (cols - 1) + c] = Double.parseDouble(cells[c]);
            }
            y[r] = Double.parseDouble(cells[cols - 1]);
        }
        return new BenchData(Tensor.wrap(x, rows, cols - 1), Tensor.wrap(y, rows, 1));
    }
}
