package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.dsl.Tensor;
import nnshell.plot.ChartLog;

class ExplainTest {

    @Test
    void facadeRanksTheOnlyUsedFeatureFirstByEveryMethod() {
        Tensor x = SensitivityTest.gaussian(100, 5, 11);
        List<String> names = List.of("a", "b", "c", "d", "e");
        assertThat(Explain.perturbation(SensitivityTest.ONLY_X2, x, names).ranked().get(0))
                .isEqualTo("c");
        assertThat(Explain.saliency(SensitivityTest.ONLY_X2, x, names).ranked().get(0))
                .isEqualTo("c");
        assertThat(Explain.lime(SensitivityTest.ONLY_X2, x, x, 5, names).weights().ranked()
                .get(0)).isEqualTo("c");
        PartialDependence pd = Explain.partialDependence(SensitivityTest.ONLY_X2, x, "c", names);
        assertThat(pd.range()).isGreaterThan(0.9);
        assertThatThrownBy(() -> Explain.partialDependence(SensitivityTest.ONLY_X2, x, "cc",
                names)).hasMessageContaining("Did you mean \"c\"");
    }

    @Test
    void compareDrawsThreePanelsAndMeasuresAgreement(@TempDir Path dir) throws Exception {
        Random r = new Random(5);
        Tensor image = Tensor.zeros(1, 8, 8);
        for (int k = 0; k < 64; k++) {
            image.data()[k] = r.nextDouble() * 0.5;
        }
        LimeImage lime = Explain.limeImage(LimeTest.TOP_LEFT, image, Segments.grid(8, 8, 2, 2));
        double[][] quadrant = new double[8][8];
        for (int row = 0; row < 4; row++) {
            for (int c = 0; c < 4; c++) {
                quadrant[row][c] = 1;
            }
        }
        int charts = ChartLog.count();
        try (FilePlots plots = new FilePlots(dir)) {
            Comparison c = Explain.compare(image, "LIME", lime.heatmap(), "quadrant",
                    new Heatmap(quadrant), 0.25);
            assertThat(c.agreement()).isEqualTo(1.0);
            BufferedImage png = ImageIO.read(plots.files().get(0).toFile());
            assertThat(png.getWidth()).isGreaterThan(3 * 256);
            // the top-left of the LIME panel is red, its bottom-right is grey
            int panel = png.getWidth() / 3;
            int red = png.getRGB(panel + 40, 60);
            int grey = png.getRGB(panel + 220, 240);
            assertThat((red >> 16 & 255) - (red & 255)).isGreaterThan(100);
            assertThat((grey >> 16 & 255) - (grey & 255)).isLessThan(5);
            assertThat(ChartLog.count()).isEqualTo(charts + 1);
            assertThat(c.toString()).contains("IoU 1.000");
            assertThat(c.picture().title()).isEqualTo("Explanations side by side");
        }
    }
}
