package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.dsl.Model;
import nnshell.dsl.Tensor;
import nnshell.plot.ChartLog;

class AblationTest {

    /** Logistic regression fitted by gradient descent from seeded initial weights. */
    static Model logistic(Tensor x, Tensor y, long seed) {
        Random r = new Random(seed);
        int d = x.shape(1);
        double[] w = new double[d + 1];
        for (int j = 0; j < w.length; j++) {
            w[j] = 0.1 * r.nextGaussian();
        }
        for (int epoch = 0; epoch < 200; epoch++) {
            double[] g = new double[d + 1];
            for (int i = 0; i < x.shape(0); i++) {
                double e = sigmoid(w, x, i) - y.data()[i];
                for (int j = 0; j < d; j++) {
                    g[j] += e * x.get(i, j) / x.shape(0);
                }
                g[d] += e / x.shape(0);
            }
            for (int j = 0; j <= d; j++) {
                w[j] -= 0.5 * g[j];
            }
        }
        return in -> {
            Tensor p = Tensor.zeros(in.shape(0), 1);
            for (int i = 0; i < in.shape(0); i++) {
                p.data()[i] = sigmoid(w, in, i);
            }
            return p;
        };
    }

    private static double sigmoid(double[] w, Tensor x, int i) {
        int d = x.shape(1);
        double z = w[d];
        for (int j = 0; j < d; j++) {
            z += w[j] * x.get(i, j);
        }
        return 1 / (1 + Math.exp(-z));
    }

    static Tensor[] data(int n, long seed) {
        Random r = new Random(seed);
        Tensor x = Tensor.zeros(n, 3);
        Tensor y = Tensor.zeros(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x.set(r.nextGaussian(), i, j);
            }
            y.data()[i] = x.get(i, 0) + 0.3 * r.nextGaussian() > 0 ? 1 : 0;
        }
        return new Tensor[] {x, y};
    }

    @Test
    void droppingTheInformativeFeatureDropsBothMeasuresAndPlots(@TempDir Path dir)
            throws Exception {
        Tensor[] train = data(300, 1);
        Tensor[] test = data(200, 2);
        try (FilePlots plots = new FilePlots(dir)) {
            AblationResult r = Ablation.of(train[0], train[1], test[0], test[1])
                    .variant("all features", AblationTest::logistic)
                    .withoutFeatures("without x0", AblationTest::logistic, 0)
                    .withoutFeatures("without x2", AblationTest::logistic, 2)
                    .measures("accuracy", "auc").seeds(1, 2, 3).run();
            assertThat(r.mean("all features", 0)).isGreaterThan(0.85);
            assertThat(r.worseThanBaseline("without x0", 0)).isTrue();
            assertThat(r.worseThanBaseline("without x0", 1)).isTrue();
            assertThat(r.mean("without x0", 1)).isLessThan(0.65);
            assertThat(Math.abs(r.mean("without x2", 0) - r.mean("all features", 0)))
                    .isLessThan(0.03);
            assertThat(r.std("all features", 0)).isGreaterThanOrEqualTo(0);
            assertThat(r.toString()).contains("without x0").contains("baseline")
                    .contains("+/-");
            int charts = ChartLog.count();
            r.plot();
            assertThat(ChartLog.count()).isEqualTo(charts + 1);
            assertThat(plots.files()).hasSize(1);
            assertThat(ImageIO.read(plots.files().get(0).toFile()).getWidth()).isEqualTo(960);
            assertThat(plots.printed()).contains(plots.files().get(0).toString());
        }
    }

    @Test
    void mistakesGetSentences() {
        Tensor[] train = data(10, 1);
        Ablation a = Ablation.of(train[0], train[1], train[0], train[1]);
        assertThatThrownBy(() -> a.measures("acuracy", "auc"))
                .hasMessageContaining("\"acuracy\"").hasMessageContaining("\"accuracy\"");
        assertThatThrownBy(a::run).hasMessageContaining("no variants");
        assertThatThrownBy(() -> a.seeds(1)).hasMessageContaining("at least 2 seeds");
        assertThatThrownBy(() -> a.withoutFeatures("x", AblationTest::logistic, 5))
                .hasMessageContaining("Feature 5").hasMessageContaining("3 columns");
    }
}
