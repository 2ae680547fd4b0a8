package nnshell.data;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import nnshell.dsl.Tensor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Readers for the committed files: scikit-learn's CSV files and the IDX image format. */
final class Loaders {

    private Loaders() {
    }

    /** The committed, checked file {@code file} of dataset {@code name}. */
    static Path committed(String name, String file) {
        DatasetInfo info = Catalog.get(name);
        Path path = DataDirs.find(info.folder(), file)
                .orElseThrow(() -> Msg.error("dataset.fileMissing", file, name,
                        DataDirs.committed().resolve(info.folder())));
        Sha256.verify(path, info.files().get(file));
        return path;
    }

    /**
     * A scikit-learn table file: a header "rows,features,class names...", then rows of
     * numbers with the class number last; the class becomes a text column {@code label}.
     */
    static Table sklearnTable(String name, String file, List<String> features, String label) {
        Path path = committed(name, file);
        List<String> lines = lines(path);
        String[] head = lines.get(0).split(",");
        List<String> classes = List.of(head).subList(2, head.length);
        double[][] columns = new double[features.size()][lines.size() - 1];
        String[] labels = new String[lines.size() - 1];
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",");
            for (int c = 0; c < features.size(); c++) {
                columns[c][r - 1] = number(path, r + 1, c + 1, cells[c]);
            }
            String last = cells[cells.length - 1];
            labels[r - 1] = classes.get((int) number(path, r + 1, cells.length, last));
        }
        Table table = Table.create(name);
        for (int c = 0; c < features.size(); c++) {
            table.addColumns(DoubleColumn.create(features.get(c), columns[c]));
        }
        return DataTable.of(table.addColumns(StringColumn.create(label, labels)));
    }

    /** The digits: 64 pixel values then the label per line, gzip-compressed. */
    static ImageSet digits() {
        Path path = committed("digits", "digits.csv.gz");
        List<String> lines = lines(path);
        double[] pixels = new double[lines.size() * 64];
        int[] labels = new int[lines.size()];
        for (int r = 0; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",");
            for (int c = 0; c < 64; c++) {
                pixels[r * 64 + c] = number(path, r + 1, c + 1, cells[c]);
            }
            labels[r] = (int) number(path, r + 1, 65, cells[64]);
        }
        List<String> classes = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        return new ImageSet("digits", Tensor.wrap(pixels, lines.size(), 1, 8, 8), labels,
                classes, 16);
    }

    /** Fashion-MNIST's test set from its two IDX files. */
    static ImageSet fashionMnist() {
        Path images = committed("fashion-mnist", "t10k-images-idx3-ubyte.gz");
        Path labelFile = committed("fashion-mnist", "t10k-labels-idx1-ubyte.gz");
        int[] labels = idxLabels(labelFile);
        Tensor pixels = idxImages(images);
        List<String> classes = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
        return new ImageSet("fashion-mnist", pixels, labels, classes, 255);
    }

    static Tensor idxImages(Path file) {
        try (DataInputStream in = idx(file, 2051)) {
            int n = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            byte[] bytes = new byte[n * rows * cols];
            in.readFully(bytes);
            double[] pixels = new double[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                pixels[i] = bytes[i] & 0xff;
            }
            return Tensor.wrap(pixels, n, 1, rows, cols);
        } catch (IOException e) {
            throw Msg.error("idx.broken", file, e.getMessage());
        }
    }

    static int[] idxLabels(Path file) {
        try (DataInputStream in = idx(file, 2049)) {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            int[] labels = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                labels[i] = bytes[i] & 0xff;
            }
            return labels;
        } catch (IOException e) {
            throw Msg.error("idx.broken", file, e.getMessage());
        }
    }

    private static DataInputStream idx(Path file, int magic) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file)));
        int found = in.readInt();
        if (found != magic) {
            in.close();
            throw Msg.error("idx.magic", file, found, magic);
        }
        return in;
    }

    private static List<String> lines(Path path) {
        try (InputStream raw = Files.newInputStream(path);
                InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(Path file, int line, int column, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw Msg.error("csv.notNumber", file, line, column, "", text);
        }
    }
}
