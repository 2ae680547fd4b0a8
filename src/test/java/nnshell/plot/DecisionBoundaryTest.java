package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Model;
import nnshell.dsl.Tensor;

/** A model whose output is x1 > 0 is blue on the right and orange on the left. */
class DecisionBoundaryTest {
    private static final Model RIGHT_IS_ONE = in -> {
        double[] out = new double[in.shape(0)];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.get(i, 0) > 0 ? 1 : 0;
        }
        return Tensor.wrap(out, out.length, 1);
    };

    @Test
    void theModelsOutputColoursEachSideOfTheBoundary() {
        Tensor x = Tensor.of(new double[][] {{-2, -2}, {2, 2}});
        DecisionBoundary chart = new DecisionBoundary("", RIGHT_IS_ONE, x,
                new int[] {0, 1}, 100);
        BufferedImage img = chart.image(600, 400);

        assertThat(colourAt(chart, img, -1, 1.5)).isEqualTo("orange");
        assertThat(colourAt(chart, img, -1, -1)).isEqualTo("orange");
        assertThat(colourAt(chart, img, 1, 1.5)).isEqualTo("blue");
        assertThat(colourAt(chart, img, 1, -1)).isEqualTo("blue");
    }

    @Test
    void aTwoColumnOutputIsReadAsTheProbabilityOfClassOne() {
        Model softmax = in -> {
            Tensor p = RIGHT_IS_ONE.predict(in);
            double[] out = new double[in.shape(0) * 2];
            for (int i = 0; i < in.shape(0); i++) {
                out[2 * i] = 1 - p.data()[i];
                out[2 * i + 1] = p.data()[i];
            }
            return Tensor.wrap(out, in.shape(0), 2);
        };
        Tensor x = Tensor.of(new double[][] {{-2, -2}, {2, 2}});
        DecisionBoundary chart = new DecisionBoundary("", softmax, x, new int[] {0, 1}, 100);
        BufferedImage img = chart.image(600, 400);

        assertThat(colourAt(chart, img, -1, 0.5)).isEqualTo("orange");
        assertThat(colourAt(chart, img, 1, 0.5)).isEqualTo("blue");
    }

    @Test
    void theDataPointsAreDrawnInTheirClassColour() {
        Tensor x = Tensor.of(new double[][] {{-1, 1}, {1, -1}});
        DecisionBoundary chart = new DecisionBoundary("", in -> Tensor.zeros(in.shape(0), 1)
                .copy(), x, new int[] {1, 0}, 50);
        BufferedImage img = chart.image(600, 400);

        // the whole plane is orange (output 0), so the class-1 point must show as blue
        assertThat(colourAt(chart, img, -1, 1)).isEqualTo("blue");
        assertThat(colourAt(chart, img, 1, 1)).isEqualTo("orange");
    }

    private static String colourAt(DecisionBoundary chart, BufferedImage img, double x,
            double y) {
        double[] p = chart.pixelOf(x, y, img.getWidth(), img.getHeight());
        Color c = new Color(img.getRGB((int) Math.round(p[0]), (int) Math.round(p[1])));
        if (near(c, Palette.BLUE)) {
            return "blue";
        }
        return near(c, Palette.ORANGE) ? "orange" : c.toString();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 40;
    }
}
