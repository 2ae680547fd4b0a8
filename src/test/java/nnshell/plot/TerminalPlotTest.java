package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/** A chart drawn in the terminal puts its braille dots where the data are. */
class TerminalPlotTest {
    private static final int COLS = 60;
    private static final int ROWS = 20;

    @Test
    void theLineYEqualsXRunsAlongTheDiagonal() {
        XyChart chart = new XyChart("y = x").line("y", Plots.linspace(0, 1, 101),
                Plots.linspace(0, 1, 101));
        List<String> rows = plotRows(TerminalPlot.lines(chart, COLS, ROWS, false));
        int width = rows.get(0).length();
        int height = rows.size();

        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (rows.get(r).charAt(c) != '\u2800') {
                    // a marked cell's x fraction and y fraction (from the bottom) agree
                    double fx = (c + 0.5) / width;
                    double fy = 1 - (r + 0.5) / height;
                    assertThat(Math.abs(fx - fy)).as("cell %d,%d", r, c).isLessThan(0.08);
                }
            }
        }
        for (int r = 0; r < height; r++) {
            assertThat(rows.get(r).chars().filter(ch -> ch != '\u2800').count())
                    .as("row %d has marks", r).isPositive();
        }
        assertThat(rows.get(0).charAt(width - 1)).isNotEqualTo('\u2800');
        assertThat(rows.get(height - 1).charAt(0)).isNotEqualTo('\u2800');
    }

    @Test
    void aFlatLineFillsOneRowOnly() {
        XyChart chart = new XyChart("").line("a", new double[] {0, 10}, new double[] {0, 0})
                .line("b", new double[] {0, 10}, new double[] {1, 1});
        List<String> rows = plotRows(TerminalPlot.lines(chart, COLS, ROWS, false));

        assertThat(marked(rows.get(0))).isEqualTo(rows.get(0).length());
        assertThat(marked(rows.get(rows.size() - 1))).isEqualTo(rows.get(0).length());
        for (int r = 1; r < rows.size() - 1; r++) {
            assertThat(marked(rows.get(r))).as("row %d", r).isZero();
        }
    }

    @Test
    void axesTicksTitleAndLegendAreThere() {
        XyChart chart = new XyChart("Loss").axes("epoch", "").line("loss",
                new double[] {1, 2, 3}, new double[] {0.9, 0.5, 0.25})
                .line("val_loss", new double[] {1, 2, 3}, new double[] {1.0, 0.7, 0.6});
        List<String> lines = TerminalPlot.lines(chart, COLS, ROWS, false);

        assertThat(lines).hasSize(ROWS);
        assertThat(lines.get(0).trim()).isEqualTo("Loss");
        assertThat(lines.get(1)).startsWith("1.000 ┤");
        assertThat(lines.get(ROWS - 4)).startsWith("0.250 ┤");
        assertThat(lines.get(ROWS - 3)).contains("└──");
        assertThat(lines.get(ROWS - 2)).matches(" +1 +2 +3");
        assertThat(lines.get(ROWS - 2) + lines.get(ROWS - 1)).contains("epoch");
        assertThat(lines.get(ROWS - 1)).contains("── loss").contains("── val_loss");
        assertThat(lines).allMatch(l -> l.length() <= COLS);
    }

    @Test
    void seriesAreColouredWhenTheTerminalHasColours() {
        XyChart chart = new XyChart("").line("loss", new double[] {0, 1}, new double[] {0, 1});
        String text = TerminalPlot.render(chart, COLS, ROWS, true);

        assertThat(text).contains(Ansi.fg(Palette.BLUE));
        assertThat(TerminalPlot.render(chart, COLS, ROWS, false)).doesNotContain("\033[");
    }

    @Test
    void noColorKeepsChartsShownInTheTerminalFreeOfColourCodes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        nnshell.console.Console before = nnshell.console.Console.current();
        PlotMode mode = Display.mode();
        nnshell.console.Console.install(nnshell.console.Console.ansi(new java.io.PrintStream(out, true,
                java.nio.charset.StandardCharsets.UTF_8), 80));
        Display.mode(PlotMode.TERMINAL);
        try {
            System.setProperty("nnshell.color", "false");
            Plots.plot(Math::tanh, -4, 4);
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("⠀").doesNotContain("\033[38;5;").doesNotContain("\033[1m");
            out.reset();
            System.clearProperty("nnshell.color");
            Plots.plot(Math::tanh, -4, 4);
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\033[38;5;");
        } finally {
            System.clearProperty("nnshell.color");
            Display.mode(mode);
            nnshell.console.Console.install(before);
        }
    }

    @Test
    void lossAndAccuracyGetAPanelEachAndEpochTicksAreWhole() {
        XyChart chart = new XyChart("Training").axes("epoch", "");
        for (int e = 1; e <= 50; e++) {
            chart.appendQuietly("loss", e, 38 * Math.exp(-e / 10.0));
            chart.appendQuietly("accuracy", e, 0.5 + 0.45 * e / 50);
        }
        List<String> lines = TerminalPlot.lines(chart, COLS, 20, false);

        assertThat(lines).hasSize(20);
        int lossLegend = indexOf(lines, "── loss");
        int accLegend = indexOf(lines, "── accuracy");
        assertThat(lossLegend).isBetween(5, 14);
        assertThat(accLegend).isEqualTo(19);
        assertThat(lines.get(lossLegend)).doesNotContain("accuracy");
        // the accuracy panel has its own scale: 0.5 to 0.95, not 0 to 38
        List<String> accuracyPanel = lines.subList(lossLegend + 1, accLegend);
        assertThat(String.join("\n", accuracyPanel)).contains("0.950", "0.509");
        // and its curve climbs through many rows instead of lying flat on the bottom
        assertThat(plotRows(accuracyPanel).stream().filter(r -> !r.isBlank()).count())
                .isGreaterThanOrEqualTo(4);
        assertThat(lines.get(18)).matches(" +1 +26 +50");
    }

    @Test
    void aDashedSeriesHasGapsAlongItsPathWhereTheSolidOneHasNone() {
        Map<String, DoubleUnaryOperator> curves = new LinkedHashMap<>();
        curves.put("flat", e -> 1);
        curves.put("diagonal", e -> e);
        curves.put("steep", e -> Math.pow(e, 6));
        curves.put("loss", e -> 2 * Math.exp(-e / 20) + 0.1 * Math.sin(e / 3));
        for (Map.Entry<String, DoubleUnaryOperator> curve : curves.entrySet()) {
            boolean[][] solid = dots(curve(curve.getValue(), "loss"));
            boolean[][] dashed = dots(curve(curve.getValue(), "val_loss"));
            List<Integer> solidRuns = runs(solid);
            List<Integer> dashes = runs(dashed);

            assertThat(solidRuns).as(curve.getKey()).hasSize(1);
            // the dashes lie on the solid curve, broken into short runs with gaps between
            assertThat(within(dashed, solid)).as(curve.getKey()).isTrue();
            assertThat(dashes.size()).as(curve.getKey()).isGreaterThanOrEqualTo(8);
            assertThat(dashes).as(curve.getKey()).allMatch(n -> n <= 7);
            double kept = dashes.stream().mapToInt(n -> n).sum()
                    / (double) solidRuns.get(0);
            assertThat(kept).as(curve.getKey()).isBetween(0.45, 0.75);
        }
    }

    @Test
    void trainingAndValidationDifferInTheLegendAndInColour() {
        XyChart chart = new XyChart("Training").axes("epoch", "");
        for (int e = 1; e <= 30; e++) {
            chart.appendQuietly("loss", e, Math.exp(-e / 10.0));
            chart.appendQuietly("val_loss", e, Math.exp(-e / 12.0) + 0.1);
        }
        List<String> plain = TerminalPlot.lines(chart, COLS, ROWS, false);
        String colour = TerminalPlot.render(chart, COLS, ROWS, true);
        String solid = Ansi.fg(Palette.BLUE);
        String light = Ansi.fg(Palette.lighter(Palette.BLUE));

        assertThat(plain.get(ROWS - 1)).contains("── loss").contains("┄┄ val_loss");
        assertThat(solid).isNotEqualTo(light);
        assertThat(colour).contains(solid + "──" + Ansi.RESET + " loss")
                .contains(light + "┄┄" + Ansi.RESET + " val_loss");
        // both colours are on the plot rows, not only in the legend
        String plot = colour.substring(0, colour.indexOf("└"));
        assertThat(plot).contains(solid).contains(light);
        for (int i = 0; i < 10; i++) {
            assertThat(Ansi.index256(Palette.lighter(Palette.series(i)))).as("colour %d", i)
                    .isNotEqualTo(Ansi.index256(Palette.series(i)));
        }
    }

    @Test
    void whereValidationRunsOnTopOfTrainingTheSolidCurveKeepsItsColour() {
        XyChart chart = new XyChart("").axes("epoch", "");
        for (int e = 1; e <= 40; e++) {
            double loss = Math.exp(-e / 10.0);
            chart.appendQuietly("loss", e, loss);
            // the same curve, then higher (overfitting) from epoch 20 on
            chart.appendQuietly("val_loss", e, e < 20 ? loss : loss + 0.02 * (e - 20));
        }
        String text = TerminalPlot.render(chart, COLS, ROWS, true);
        String plot = text.substring(0, text.indexOf("└"));
        String light = Ansi.fg(Palette.lighter(Palette.BLUE));
        List<String> plain = plotRows(TerminalPlot.lines(chart, COLS, ROWS, false));

        // the left part, where both coincide, is all in the solid colour
        int split = plain.get(0).length() * 19 / 39;
        for (String row : plot.split("\n")) {
            int at = row.indexOf(light);
            if (at >= 0) {
                String before = row.substring(0, at).replaceAll("\033\\[[0-9;]*m", "");
                int axis = Math.max(before.indexOf('┤'), before.indexOf('│'));
                assertThat(before.length() - axis - 1).as(row).isGreaterThanOrEqualTo(split);
            }
        }
        assertThat(plot).contains(light);
    }

    /** A chart of one live-training series over 200 epochs (val_ ones are dashed). */
    private static List<String> curve(DoubleUnaryOperator f, String name) {
        XyChart chart = new XyChart("").axes("epoch", "");
        for (int e = 0; e <= 200; e++) {
            chart.appendQuietly(name, e, f.applyAsDouble(e / 200.0 * 60));
        }
        return plotRows(TerminalPlot.lines(chart, COLS, ROWS, false));
    }

    /** The braille dots of plot rows as a grid, [y][x] from the top left. */
    private static boolean[][] dots(List<String> rows) {
        int[][] bits = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
        boolean[][] grid = new boolean[rows.size() * 4][rows.get(0).length() * 2];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length(); c++) {
                int cell = rows.get(r).charAt(c) - 0x2800;
                for (int y = 0; y < 4; y++) {
                    for (int x = 0; x < 2; x++) {
                        grid[r * 4 + y][c * 2 + x] = (cell & bits[y][x]) != 0;
                    }
                }
            }
        }
        return grid;
    }

    /** The sizes of the groups of touching dots (diagonal neighbours touch). */
    private static List<Integer> runs(boolean[][] grid) {
        boolean[][] seen = new boolean[grid.length][grid[0].length];
        List<Integer> sizes = new ArrayList<>();
        for (int y = 0; y < grid.length; y++) {
            for (int x = 0; x < grid[0].length; x++) {
                if (grid[y][x] && !seen[y][x]) {
                    sizes.add(fill(grid, seen, x, y));
                }
            }
        }
        return sizes;
    }

    private static int fill(boolean[][] grid, boolean[][] seen, int x0, int y0) {
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        todo.add(new int[] {x0, y0});
        seen[y0][x0] = true;
        int n = 0;
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            n++;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = p[0] + dx;
                    int y = p[1] + dy;
                    if (y >= 0 && x >= 0 && y < grid.length && x < grid[0].length
                            && grid[y][x] && !seen[y][x]) {
                        seen[y][x] = true;
                        todo.add(new int[] {x, y});
                    }
                }
            }
        }
        return n;
    }

    private static boolean within(boolean[][] part, boolean[][] whole) {
        for (int y = 0; y < part.length; y++) {
            for (int x = 0; x < part[0].length; x++) {
                if (part[y][x] && !whole[y][x]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void otherChartsBecomeBlockPicturesOfTheirColours() {
        // a picture chart (decision boundaries and images are drawn so): blue on its left half
        Chart chart = new Chart("") {
            @Override
            protected void paint(java.awt.Graphics2D g, int w, int h) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setColor(Palette.BLUE);
                g.fillRect(0, 0, w / 2, h);
            }

            @Override
            protected String kind() {
                return "picture";
            }
        };
        String colour = chart.toTerminal(60, 16, true);
        String plain = chart.toTerminal(60, 16, false);

        assertThat(colour).contains("▀").contains(Ansi.fg(Palette.BLUE));
        assertThat(plain.lines().count()).isBetween(5L, 16L);
        // the blue half is mid-dark: dense characters beside blank ones
        assertThat(plain).contains("*****").contains("     ");
    }

    /** The braille part of each plot row: the characters after the y axis. */
    private static List<String> plotRows(List<String> lines) {
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            int axis = Math.max(line.indexOf('┤'), line.indexOf('│'));
            if (axis >= 0) {
                rows.add(line.substring(axis + 1));
            }
        }
        return rows;
    }

    private static long marked(String row) {
        return row.chars().filter(ch -> ch != '\u2800').count();
    }
}
