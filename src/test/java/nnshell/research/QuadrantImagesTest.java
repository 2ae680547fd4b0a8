package nnshell.research;

import static nnshell.dsl.Keras.Adam;
import static nnshell.dsl.Keras.Conv2D;
import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.GlobalAveragePooling2D;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.options;
import static nnshell.dsl.Keras.sequential;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.dsl.Seeds;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/**
 * Images 1x8x8 of faint noise; class 1 has a bright 3x3 square somewhere inside the top-left
 * quadrant, class 0 has none: only that quadrant carries the class.
 */
class QuadrantImagesTest {
    static Sequential model;
    static Tensor[] test;
    static long sessionSeed;

    static Tensor[] images(int n, long seed) {
        Random r = new Random(seed);
        Tensor x = Tensor.zeros(n, 1, 8, 8);
        Tensor y = Tensor.zeros(n, 1);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 64; p++) {
                x.data()[i * 64 + p] = 0.3 * r.nextDouble();
            }
            if (i % 2 == 1) {
                y.data()[i] = 1;
                int top = r.nextInt(2);
                int left = r.nextInt(2);
                for (int dr = 0; dr < 3; dr++) {
                    for (int dc = 0; dc < 3; dc++) {
                        x.set(1.0, i, 0, top + dr, left + dc);
                    }
                }
            }
        }
        return new Tensor[] {x, y};
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreSeed() {
        Seeds.set(sessionSeed);
    }

    @BeforeAll
    static void train() {
        sessionSeed = Seeds.get();
        Tensor[] train = images(300, 1);
        test = images(100, 2);
        Seeds.set(5);
        model = sequential(Input(1, 8, 8), Conv2D(4, 3, "relu").padding("same"),
                GlobalAveragePooling2D(), Dense(1, "sigmoid"));
        model.compile(Adam(0.05), "binaryCrossentropy");
        model.fit(train[0], train[1], options().epochs(15).batchSize(32).verbose(0));
    }

    static Tensor image(int i) {
        return Tensor.wrap(java.util.Arrays.copyOfRange(test[0].data(), i * 64, i * 64 + 64),
                1, 8, 8);
    }

    @Test
    void theModelLearnedTheTask() {
        assertThat(Metrics.accuracy(model.predict(test[0]), test[1])).isGreaterThan(0.95);
    }

    @Test
    void gradCamAndLimeBothPutTheirMassInTheTopLeftQuadrant(@TempDir Path dir) {
        double camMass = 0;
        double limeMass = 0;
        for (int i = 1; i < 20; i += 2) {
            Tensor img = image(i);
            camMass += GradCam.of(model, img, 0).massIn(0, 0, 4, 4) / 10;
            LimeImage lime = Lime.image(model, img, Segments.grid(img, 4, 4), 0, 300, i);
            limeMass += lime.heatmap().massIn(0, 0, 4, 4) / 10;
        }
        assertThat(camMass).isGreaterThan(0.8);
        assertThat(limeMass).isGreaterThan(0.8);
    }

    @Test
    void sideBySideAgreementIsHighForTheSameQuadrant(@TempDir Path dir) {
        Tensor img = image(1);
        Heatmap cam = GradCam.of(model, model.layer(0).name(), img, -1);
        Heatmap lime = Lime.image(model, img, Segments.grid(img, 4, 4), -1, 300, 1).heatmap();
        try (FilePlots plots = new FilePlots(dir)) {
            Comparison c = Explain.compare(img, "LIME", lime, "Grad-CAM", cam, 0.15);
            assertThat(c.agreement()).isGreaterThan(0.3);
            assertThat(plots.files()).hasSize(1);
        }
    }

    @Test
    void saliencyMapIsTheBackpropagatedGradientCheckedByDifferences() {
        Heatmap exact = Explain.saliencyMap(model, image(1));
        nnshell.dsl.Model blackBox = model::predict;
        Heatmap numeric = Explain.saliencyMap(blackBox, image(1));
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                assertThat(exact.get(r, c)).isCloseTo(numeric.get(r, c),
                        org.assertj.core.api.Assertions.within(1e-5));
            }
        }
        assertThat(exact.normalized().get(0, 0)).isBetween(0.0, 1.0);
    }

    @Test
    void aModelWithGlobalPoolingPredictsOnOtherSizes() {
        Tensor big = Images.padTo(test[0], 12, 12);
        assertThat(big.shape()).containsExactly(100, 1, 12, 12);
        Tensor p = model.predict(big);
        assertThat(p.shape()).containsExactly(100, 1);
        // the square is still there, so the ranking of images by score barely changes
        assertThat(Metrics.rocAuc(p, test[1])).isGreaterThan(0.95);
        Tensor resized = Images.resize(test[0], 12, 12);
        assertThat(Metrics.rocAuc(model.predict(resized), test[1])).isGreaterThan(0.9);
    }

    @Test
    void gradCamMistakesGetSentences() {
        String conv = model.layer(0).name();
        assertThatThrownBy(() -> GradCam.of(model, conv + "x", image(1), -1))
                .hasMessageContaining("\"" + conv + "x\"")
                .hasMessageContaining("Did you mean \"" + conv + "\"");
        assertThatThrownBy(() -> GradCam.of(model, 2, image(1), -1))
                .hasMessageContaining("feature maps").hasMessageContaining(conv);
        assertThatThrownBy(() -> GradCam.of(model, test[0], -1))
                .hasMessageContaining("one image at a time");
        assertThatThrownBy(() -> GradCam.of(TrainedModelsTest.sineNet(false), Tensor.zeros(4, 4),
                -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
