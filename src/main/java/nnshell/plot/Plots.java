package nnshell.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import nnshell.dsl.History;
import nnshell.dsl.Model;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/**
 * Charts with short names for the REPL. Every chart shows itself where charts go now (a
 * window, the terminal, a file; see {@code /plot mode}) and can be saved as PNG or SVG.
 *
 * <pre>{@code import static nnshell.plot.Plots.*;  plot(losses);}</pre>
 */
public final class Plots {
    private Plots() {
    }

    /** A line through {@code y} against 0, 1, 2, ... Example: {@code plot(losses)}. */
    public static XyChart plot(double... y) {
        return show(new XyChart("").line("y", indices(y.length), y));
    }

    /** A titled line through {@code y} against 0, 1, 2, ... Example: {@code plot("Loss", l)}. */
    public static XyChart plot(String title, double... y) {
        return show(new XyChart(title).line("y", indices(y.length), y));
    }

    /** A titled line through a list of numbers. Example: {@code plot("Loss", h.get("loss"))}. */
    public static XyChart plot(String title, List<? extends Number> y) {
        return plot(title, y.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /** A line through a list of numbers. Example: {@code plot(h.get("loss"))}. */
    public static XyChart plot(List<? extends Number> y) {
        return plot(y.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /**
     * What {@code fit} returned, drawn as the live chart draws it: each loss and metric by
     * epoch, validation dashed, metrics on a right-hand axis. Example: {@code plot(history)}.
     */
    public static XyChart plot(History history) {
        return plot(Messages.text("live.title"), history);
    }

    /** As {@link #plot(History)} with a title. Example: {@code plot("Run 2", history)}. */
    public static XyChart plot(String title, History history) {
        XyChart chart = new XyChart(title).axes(Messages.text("live.epoch"), "");
        for (String key : history.keys()) {
            List<Double> values = history.get(key);
            for (int epoch = 0; epoch < values.size(); epoch++) {
                Double v = values.get(epoch);
                if (v != null && Double.isFinite(v)) {
                    chart.appendQuietly(key, epoch + 1, v);
                }
            }
        }
        return show(chart);
    }

    /** A line through the points (x[i], y[i]). Example: {@code plot(xs, ys)}. */
    public static XyChart plot(double[] x, double[] y) {
        return show(new XyChart("").line("y", x, y));
    }

    /** A line through two tensors of equal size. Example: {@code plot(x, model.predict(x))}. */
    public static XyChart plot(Tensor x, Tensor y) {
        return plot(x.data(), y.data());
    }

    /**
     * The curve of {@code f} over [from, to]; add more with {@link XyChart#add}.
     * Example: {@code plot(Math::tanh, -4, 4).add("sigmoid", v -> 1 / (1 + Math.exp(-v)))}
     */
    public static XyChart plot(DoubleUnaryOperator f, double from, double to) {
        return show(new XyChart("").line("f", grid(from, to), f));
    }

    /** An activation function and its derivative over [-4, 4]. */
    public static XyChart activation(String name, DoubleUnaryOperator f, DoubleUnaryOperator df) {
        double[] x = grid(-4, 4);
        XyChart chart = new XyChart(name).line(name, x, f).line(name + "'", x, df);
        return show(chart);
    }

    /** Dots at the points (x[i], y[i]). Example: {@code scatter(heights, weights)}. */
    public static XyChart scatter(double[] x, double[] y) {
        return show(new XyChart("").points("points", x, y));
    }

    /**
     * 2-D data coloured by class: {@code x} has shape [n, 2]; {@code labels} holds one class per
     * row (shape [n], [n, 1] or one-hot [n, k]). Example: {@code scatter(x, y)}.
     */
    public static XyChart scatter(Tensor x, Tensor labels) {
        return scatter("", x, labels);
    }

    /** Titled 2-D data coloured by class. Example: {@code scatter("Spiral", x, y)}. */
    public static XyChart scatter(String title, Tensor x, Tensor labels) {
        double[][] p = rows2(x, "scatter");
        int[] cls = Labels.of(labels, p.length);
        XyChart chart = new XyChart(title);
        for (int c : Arrays.stream(cls).distinct().sorted().toArray()) {
            double[] xs = java.util.stream.IntStream.range(0, p.length).filter(i -> cls[i] == c)
                    .mapToDouble(i -> p[i][0]).toArray();
            double[] ys = java.util.stream.IntStream.range(0, p.length).filter(i -> cls[i] == c)
                    .mapToDouble(i -> p[i][1]).toArray();
            chart.addSeries("class " + c, false, Palette.forClass(c), xs, ys);
        }
        return show(chart.axes("x1", "x2"));
    }

    /**
     * The model's output over the plane around 2-D data {@code x} ([n, 2]) as a blue (class 1)
     * and orange (class 0) heatmap, with the points coloured by {@code labels}.
     *
     * <pre>{@code decisionBoundary(model, x, y)}</pre>
     */
    public static Chart decisionBoundary(Model model, Tensor x, Tensor labels) {
        int[] cls = Labels.of(labels, x.shape(0));
        return show(new DecisionBoundary("Decision boundary", model, x, cls, 120));
    }

    /**
     * Each output column of {@code layer} (one hidden neuron each) over the plane around the
     * 2-D data {@code x}, as small heatmaps. {@code layer} maps [n, 2] to [n, neurons].
     *
     * <pre>{@code neuronOutputs(in -> hidden.forward(in), x)}</pre>
     */
    public static Chart neuronOutputs(Model layer, Tensor x) {
        double[] box = Grids.box(rows2(x, "neuronOutputs"));
        Tensor probe = layer.predict(Grids.inputs(box, 2));
        int neurons = probe.rank() == 2 ? probe.shape(1) : 1;
        List<TileGrid.Tile> tiles = new ArrayList<>();
        for (int k = 0; k < neurons; k++) {
            double[][] g = Grids.evaluate(layer, box, 60, k);
            tiles.add(new TileGrid.Tile("neuron " + (k + 1), Grids.image(g, Palette::diverging)));
        }
        return show(new TileGrid("Neuron outputs", tiles, Math.min(neurons, 6), true));
    }

    /**
     * Each neuron of layer {@code layer} (counted from 0) of a model on 2-D data, over the
     * plane around {@code x}: the model's layers up to that one, one small heatmap per unit.
     *
     * <pre>{@code neuronOutputs(model, 0, x)}</pre>
     */
    public static Chart neuronOutputs(Sequential model, int layer, Tensor x) {
        int count = model.layers().size();
        if (layer < 0 || layer >= count) {
            throw new IllegalArgumentException(Messages.text("layer.index", layer, count,
                    count - 1));
        }
        return neuronOutputs(in -> {
            Tensor t = in;
            for (int i = 0; i <= layer; i++) {
                t = model.layer(i).predict(t);
            }
            return t;
        }, x);
    }

    /** A histogram of the values in 20 bins. Example: {@code histogram(weights)}. */
    public static Chart histogram(double... values) {
        return histogram(values, 20);
    }

    /** A histogram of the values in {@code bins} bins. */
    public static Chart histogram(double[] values, int bins) {
        return show(CategoryCharts.histogram("", values, bins));
    }

    /** A titled histogram in 20 bins. Example: {@code histogram("Weights", w)}. */
    public static Chart histogram(String title, double... values) {
        return show(CategoryCharts.histogram(title, values, 20));
    }

    /** A titled histogram of a tensor's values in 20 bins. Example: {@code histogram("W", w)}. */
    public static Chart histogram(String title, Tensor values) {
        return histogram(title, values.data());
    }

    /** A histogram of a tensor's values (all of them). */
    public static Chart histogram(Tensor values) {
        return histogram(values.data(), 20);
    }

    /** One bar per label. Example: {@code bar(new String[] {"a", "b"}, new double[] {3, 5})}. */
    public static Chart bar(String[] labels, double[] values) {
        return show(CategoryCharts.bar("", labels, values, false));
    }

    /** One bar per entry of a map, in its order. Example: {@code bar(Map.of("a", 3))}. */
    public static Chart bar(Map<String, ? extends Number> values) {
        String[] labels = values.keySet().toArray(new String[0]);
        double[] v = values.values().stream().mapToDouble(Number::doubleValue).toArray();
        return bar(labels, v);
    }

    /** One box (median, quartiles, whiskers) per group. Example: {@code boxPlot(names, a, b)}. */
    public static Chart boxPlot(String[] names, double[]... groups) {
        return show(CategoryCharts.box("", names, groups));
    }

    /** A matrix as coloured cells with values; rows and columns numbered from 0. */
    public static Chart heatmap(double[][] matrix) {
        int cols = matrix.length == 0 ? 0 : matrix[0].length;
        return heatmap(matrix, numbers(matrix.length), numbers(cols));
    }

    /** A matrix as coloured cells with values and labelled rows and columns. */
    public static Chart heatmap(double[][] matrix, String[] rowLabels, String[] colLabels) {
        return show(CategoryCharts.matrix("", matrix, rowLabels, colLabels, false));
    }

    /** A correlation matrix (values in [-1, 1]): orange negative, blue positive. */
    public static Chart correlation(double[][] matrix, String[] labels) {
        return show(CategoryCharts.matrix("Correlation", matrix, labels, labels, true));
    }

    /**
     * A correlation table as {@code Explore.correlation} makes it (names in the first column,
     * one column per name) as a heatmap. Example: {@code correlation(Explore.correlation(df))}.
     */
    public static Chart correlation(tech.tablesaw.api.Table table) {
        int n = table.columnCount() - 1;
        if (n < 1 || table.rowCount() != n
                || !(table.column(0) instanceof tech.tablesaw.api.StringColumn names)) {
            throw new IllegalArgumentException(Messages.text("correlation.table",
                    table.rowCount(), table.columnCount()));
        }
        double[][] m = new double[n][n];
        for (int c = 0; c < n; c++) {
            if (!(table.column(c + 1) instanceof tech.tablesaw.api.NumericColumn<?> col)) {
                throw new IllegalArgumentException(Messages.text("correlation.table",
                        table.rowCount(), table.columnCount()));
            }
            for (int r = 0; r < n; r++) {
                m[r][c] = col.getDouble(r);
            }
        }
        return show(CategoryCharts.matrix(table.name(), m, names.asObjectArray(),
                names.asObjectArray(), true));
    }

    /**
     * The confusion matrix of class labels: rows are the true classes, columns the predicted.
     *
     * <pre>{@code confusionMatrix(yTest, model.predict(xTest))}</pre>
     */
    public static Chart confusionMatrix(Tensor actual, Tensor predicted) {
        int n = actual.shape(0);
        int[] a = Labels.of(actual, n);
        int[] p = Labels.of(predicted, n);
        int k = Math.max(Arrays.stream(a).max().orElse(0), Arrays.stream(p).max().orElse(0)) + 1;
        double[][] m = new double[k][k];
        for (int i = 0; i < n; i++) {
            m[a[i]][p[i]]++;
        }
        Chart chart = CategoryCharts.matrix("Confusion matrix (rows: true, columns: predicted)",
                m, numbers(k), numbers(k), false);
        return show(chart);
    }

    /**
     * Images in a grid: shape [n, h, w], [n, 1, h, w], [n, 3, h, w], or [n, h*w] with square
     * images (8x8 digits); each image is scaled to its own range. Example: {@code images(x)}.
     */
    public static Chart images(Tensor images) {
        return images(images, null);
    }

    /** Images in a grid, each captioned with its label. Example: {@code images(x, y)}. */
    public static Chart images(Tensor images, Tensor labels) {
        List<java.awt.image.BufferedImage> pictures = Images.split(images);
        int[] cls = labels == null ? null : Labels.of(labels, pictures.size());
        List<TileGrid.Tile> tiles = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            tiles.add(new TileGrid.Tile(cls == null ? "" : String.valueOf(cls[i]),
                    pictures.get(i)));
        }
        int columns = (int) Math.ceil(Math.sqrt(pictures.size() * 1.5));
        return show(new TileGrid("", tiles, columns, false));
    }

    /**
     * An image beside a mask (saliency, Grad-CAM, LIME) and the mask laid over the image:
     * {@code image} [h, w] or [c, h, w], {@code mask} [h', w'] (scaled to the image).
     *
     * <pre>{@code overlay(x0, saliency)}</pre>
     */
    public static Chart overlay(Tensor image, Tensor mask) {
        return show(new TileGrid("", Images.overlay(image, mask), 3, false));
    }

    /** {@code n} numbers evenly spaced from {@code from} to {@code to}, both included. */
    public static double[] linspace(double from, double to, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
        }
        return x;
    }

    /**
     * About 200 x values from {@code from} to {@code to} with a round step, so that XChart,
     * which puts ticks on evenly spaced data, shows round tick labels.
     */
    static double[] grid(double from, double to) {
        double raw = Math.abs(to - from) / 200;
        if (raw == 0 || !Double.isFinite(raw)) {
            return new double[] {from};
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 2 ? 2 * mag : raw / mag < 5 ? 5 * mag : 10 * mag;
        int n = (int) Math.floor(Math.abs(to - from) / step + 1e-9) + 1;
        double[] x = new double[n];
        double sign = Math.signum(to - from);
        for (int i = 0; i < n; i++) {
            x[i] = Math.round((from + sign * i * step) / step * 1e6) / 1e6 * step;
        }
        return x;
    }

    /** The chart shown last, or null. Example: {@code lastChart().save("last.png")}. */
    public static Chart lastChart() {
        return Display.last();
    }

    /** Sets where charts go: "window", "terminal", "file" or "off". */
    public static PlotMode plotMode(String mode) {
        return Display.mode(PlotMode.parse(mode));
    }

    /** The rows of a tensor of shape [n, 2], or an error naming {@code what}. */
    static double[][] rows2(Tensor x, String what) {
        if (x.rank() != 2 || x.shape(1) != 2) {
            throw new IllegalArgumentException(Messages.text("need.2d", what,
                    Arrays.toString(x.shape())));
        }
        return x.toArray2();
    }

    private static <C extends Chart> C show(C chart) {
        chart.show();
        return chart;
    }

    private static double[] indices(int n) {
        double[] x = new double[n];
        Arrays.setAll(x, i -> i);
        return x;
    }

    private static String[] numbers(int n) {
        String[] s = new String[n];
        Arrays.setAll(s, String::valueOf);
        return s;
    }
}
