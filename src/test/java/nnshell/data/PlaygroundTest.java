package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Tensor;

class PlaygroundTest {
    private final TestData state = new TestData();

    @org.junit.jupiter.api.AfterEach
    void restore() {
        state.restore();
    }

    @Test
    void noiselessSpiralEqualsTheBenchmarkFile() throws Exception {
        List<String> rows = Files.readAllLines(TestData.benchDir().resolve("spiral.csv"));
        XY spiral = Playground.spiral(500, 0, 7);

        assertThat(rows).hasSize(501);
        for (int i = 0; i < 500; i++) {
            String[] v = rows.get(i + 1).split(",");
            assertThat(spiral.x().get(i, 0)).isCloseTo(Double.parseDouble(v[0]), within(1e-12));
            assertThat(spiral.x().get(i, 1)).isCloseTo(Double.parseDouble(v[1]), within(1e-12));
            assertThat(spiral.y().get(i, 0)).isEqualTo(Double.parseDouble(v[2]));
        }
    }

    @Test
    void sameSeedSameData_otherSeedOtherData() {
        assertThat(Playground.circle(200, 0.2, 5).x()).isEqualTo(Playground.circle(200, 0.2, 5)
                .x());
        assertThat(Playground.circle(200, 0.2, 5).x()).isNotEqualTo(Playground.circle(200, 0.2,
                6).x());
        assertThat(Playground.spiral(100, 0.3, 1).x()).isNotEqualTo(Playground.spiral(100, 0,
                1).x());
    }

    @Test
    void noiselessCircleIsInsideAndRing() {
        XY c = Playground.circle(400, 0, 3);

        for (int i = 0; i < c.size(); i++) {
            double r = Math.hypot(c.x().get(i, 0), c.x().get(i, 1));
            boolean inner = c.y().get(i, 0) == 1;
            assertThat(inner ? r <= 2.5 : r >= 3.5 && r <= 5).isTrue();
        }
        assertThat(java.util.Arrays.stream(c.labels()).filter(l -> l == 1).count()).isEqualTo(200);
    }

    @Test
    void noiselessXorLabelsBySignAndKeepsAwayFromTheAxes() {
        XY d = Playground.xor(300, 0, 4);

        for (int i = 0; i < d.size(); i++) {
            double x = d.x().get(i, 0);
            double y = d.x().get(i, 1);
            assertThat(Math.abs(x)).isGreaterThanOrEqualTo(0.3);
            assertThat(d.y().get(i, 0)).isEqualTo(x * y >= 0 ? 1.0 : 0.0);
        }
    }

    @Test
    void gaussiansCentreOnTheirClassesAndNoiseWidensThem() {
        XY tight = Playground.gaussian(2000, 0, 9);
        XY wide = Playground.gaussian(2000, 0.5, 9);

        assertThat(mean(tight.x(), 0, 0, 1000)).isCloseTo(2, within(0.1));
        assertThat(mean(tight.x(), 1, 1000, 2000)).isCloseTo(-2, within(0.1));
        // variance 0.5 without noise, 4 at Playground's maximum noise
        assertThat(variance(tight.x(), 0, 0, 1000)).isCloseTo(0.5, within(0.08));
        assertThat(variance(wide.x(), 0, 0, 1000)).isCloseTo(4, within(0.5));
    }

    @Test
    void noiselessPlaneIsTheSumOverTen() {
        XY p = Playground.plane(200, 0, 2);

        for (int i = 0; i < p.size(); i++) {
            double expected = (p.x().get(i, 0) + p.x().get(i, 1)) / 10;
            assertThat(p.y().get(i, 0)).isCloseTo(expected, within(1e-12));
        }
        assertThat(p.classification()).isFalse();
    }

    @Test
    void multiGaussianHasSignedBumpsAtTheSixCentres() {
        XY g = Playground.multiGaussian(5000, 0, 8);

        for (int i = 0; i < g.size(); i++) {
            double x = g.x().get(i, 0);
            double y = g.x().get(i, 1);
            double label = g.y().get(i, 0);
            assertThat(label).isBetween(-1.0, 1.0);
            if (Math.hypot(x - 4, y - 2.5) < 0.5) {
                assertThat(label).isGreaterThan(0.7);
            }
            if (Math.hypot(x, y - 2.5) < 0.5) {
                assertThat(label).isLessThan(-0.7);
            }
            if (Math.abs(y) > 5.5 || Math.abs(x) < 2 && Math.abs(y) < 0.4) {
                assertThat(label).isBetween(-0.35, 0.35);
            }
        }
    }

    @Test
    void sessionSeedMakesRunsRepeatable() {
        nnshell.dsl.Seeds.set(11);
        Tensor first = Playground.xor(50, 0.1).x();
        nnshell.dsl.Seeds.set(11);
        assertThat(Playground.xor(50, 0.1).x()).isEqualTo(first);
    }

    private static double mean(Tensor x, int col, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x.get(i, col);
        }
        return sum / (to - from);
    }

    private static double variance(Tensor x, int col, int from, int to) {
        double m = mean(x, col, from, to);
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (x.get(i, col) - m) * (x.get(i, col) - m);
        }
        return sum / (to - from);
    }
}
