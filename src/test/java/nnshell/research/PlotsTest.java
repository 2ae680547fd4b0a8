package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

import nnshell.dsl.Tensor;
import nnshell.plot.ChartLog;

/** The research pictures: their data, the chart log, the saved file and the console line. */
class PlotsTest {
    @TempDir
    Path dir;
    private FilePlots plots;

    @BeforeEach
    void chartsToFiles() {
        plots = new FilePlots(dir);
    }

    @AfterEach
    void restore() {
        plots.close();
    }

    @Test
    void reliabilityDiagramShowsTheBinsAndTheDiagonal() throws Exception {
        Random r = new Random(1);
        double[] p = new double[500];
        double[] y = new double[500];
        for (int i = 0; i < p.length; i++) {
            p[i] = r.nextDouble();
            y[i] = r.nextDouble() < p[i] * p[i] ? 1 : 0; // true rate p squared, not p
        }
        Calibration c = Metrics.calibration(Tensor.of(p), Tensor.of(y), 5);
        XYChart chart = c.chart();
        assertThat(chart.getSeriesCollection()).hasSize(2);
        var model = chart.getSeries("model");
        // two classes: the predicted class has confidence >= 0.5, so bins 2-4 of 5 hold rows
        assertThat(c.bins().stream().filter(b -> b.count() > 0).count()).isEqualTo(3);
        assertThat(model.getXData()).hasSize(3);
        assertThat(model.getYData()[2]).isEqualTo(c.bins().get(4).accuracy());
        assertThat(model.getXData()[0]).isEqualTo(c.bins().get(2).confidence());
        int charts = ChartLog.count();
        assertThat(c.plot().title()).isEqualTo("Reliability diagram");
        assertThat(ChartLog.count()).isEqualTo(charts + 1);
        Path png = plots.files().get(0);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(480);
        assertThat(plots.printed()).contains(png.toString());
    }

    @Test
    void featureScoresPlotAsRankedBarsAndAHeatMapOverItsImage() throws Exception {
        FeatureScores s = new FeatureScores("m", java.util.List.of("a", "b", "c"),
                new double[] {0.1, -0.9, 0.4});
        assertThat(s.plot().title()).isEqualTo("m");
        Heatmap heat = new Heatmap(new double[4][6]);
        Explain.show(Tensor.zeros(1, 4, 6), heat, "empty");
        assertThat(plots.files()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Explain.show(
                Tensor.zeros(1, 5, 6), heat, "x")).hasMessageContaining("4x6")
                .hasMessageContaining("5x6");
    }

    @Test
    void partialDependencePlotIsSaved() throws Exception {
        PartialDependence pd = Sensitivity.partialDependence(SensitivityTest.ONLY_X2,
                SensitivityTest.gaussian(50, 5, 1), 2, 10, "x2", -1);
        pd.plot();
        Path png = plots.files().get(0);
        assertThat(png.getFileName().toString()).contains("partial-dependence-on-x2");
        assertThat(ImageIO.read(png.toFile()).getHeight()).isEqualTo(380);
    }
}
