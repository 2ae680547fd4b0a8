package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Bar charts, histograms, box plots and matrices in a terminal are text: every label and
 * number can be read, and the bars and boxes sit where their values put them.
 */
class TextChartsTest {
    private static final int COLS = 80;

    @Test
    void barsAreAsLongAsTheirValuesAndKeepTheirLabels() {
        String text = Plots.bar(new String[] {"cat", "dog", "bird"}, new double[] {3, 5, 1})
                .toTerminal(COLS, 20, false);
        List<String> rows = text.lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith(" cat  ").endsWith(" 3");
        assertThat(rows.get(1)).startsWith(" dog  ").endsWith(" 5");
        assertThat(rows.get(2)).startsWith("bird  ").endsWith(" 1");
        double cat = barLength(rows.get(0));
        double dog = barLength(rows.get(1));
        double bird = barLength(rows.get(2));
        assertThat(cat / dog).isCloseTo(3.0 / 5, org.assertj.core.data.Offset.offset(0.02));
        assertThat(bird / dog).isCloseTo(1.0 / 5, org.assertj.core.data.Offset.offset(0.02));
        assertThat(rows).allMatch(r -> r.length() <= COLS);
    }

    @Test
    void aHistogramNamesTheRangeOfEachBinAndItsCount() {
        String text = Plots.histogram(new double[] {0, 1, 1, 2, 2, 2, 3, 3, 4}, 4)
                .toTerminal(COLS, 20, false);
        List<String> rows = text.lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("0.00 – 1.00").endsWith(" 1");
        assertThat(rows.get(1)).startsWith("1.00 – 2.00").endsWith(" 2");
        assertThat(rows.get(2)).startsWith("2.00 – 3.00").endsWith(" 3");
        // the top bin holds its upper end: 3, 3 and 4
        assertThat(rows.get(3)).startsWith("3.00 – 4.00").endsWith(" 3");
    }

    @Test
    void aBoxSpansTheQuartilesWithTheMedianInsideAndOutliersMarked() {
        String text = Plots.boxPlot(new String[] {"low", "wide"},
                new double[] {0, 1, 2, 3, 4}, new double[] {0, 5, 10, 15, 20, 100})
                .toTerminal(COLS, 20, false);
        List<String> rows = text.lines().toList();
        String low = rows.get(0);
        String wide = rows.get(1);
        int start = low.indexOf("  ") + 2;
        int width = low.length() - start;
        // wide: quartiles 6.25 and 18.75, median 12.5 on the axis 0..100; 100 is an outlier
        assertThat(wide.indexOf('┃') - start).isCloseTo(col(12.5, width), within(1));
        assertThat(wide.indexOf('█') - start).isCloseTo(col(6.25, width), within(1));
        assertThat(wide.lastIndexOf('•') - start).isEqualTo(width - 1);
        assertThat(low.indexOf('├') - start).isEqualTo(0);
        assertThat(low.indexOf('┃') - start).isCloseTo(col(2, width), within(1));
        assertThat(text).contains("wide: median 12.5, quartiles 6.25 to 18.75, 6 values")
                .contains(" 0 ").contains("100");
    }

    @Test
    void aMatrixShowsItsLabelsAndValuesAndColoursCellsWhereItMay() {
        Chart chart = Plots.heatmap(new double[][] {{1, 0.5}, {-0.25, 12}},
                new String[] {"row one", "row two"}, new String[] {"left", "right"});
        List<String> rows = chart.toTerminal(COLS, 20, false).lines().toList();
        assertThat(rows.get(0)).contains("left").contains("right");
        assertThat(rows.get(1)).startsWith("row one").contains(" 1").endsWith("0.5");
        assertThat(rows.get(2)).startsWith("row two").contains("-0.25").endsWith("12");
        assertThat(chart.toTerminal(COLS, 20, true)).contains("\033[48;5;");
    }

    @Test
    void aWideMatrixNumbersItsColumnsWithAKeyAndSaysWhatItLeftOut() {
        int n = 40;
        double[][] m = new double[n][n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "feature" + i;
            m[i][i] = 1;
            m[i][(i + 1) % n] = -0.33;
        }
        String text = Plots.correlation(m, names).toTerminal(COLS, 20, false);
        assertThat(text.lines()).allMatch(l -> l.length() <= COLS);
        assertThat(text).contains("1 feature0").contains("-.33")
                .containsPattern("columns \\d+\\+1 to 40 left out");
    }

    private static double barLength(String row) {
        String bar = row.replaceAll("[^█▏▎▍▌▋▊▉]", "");
        double length = 0;
        for (char c : bar.toCharArray()) {
            length += c == '█' ? 1 : (" ▏▎▍▌▋▊▉█".indexOf(c)) / 8.0;
        }
        return length;
    }

    private static int col(double v, int width) {
        return (int) Math.round(v / 100 * (width - 1));
    }

    private static org.assertj.core.data.Offset<Integer> within(int cells) {
        return org.assertj.core.data.Offset.offset(cells);
    }
}
