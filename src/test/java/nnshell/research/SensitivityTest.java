package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Model;
import nnshell.dsl.Tensor;

class SensitivityTest {

    /** A model of 5 inputs that reads only input 2: sigmoid(3 x2). */
    static final Model ONLY_X2 = x -> {
        int n = x.shape(0);
        Tensor y = Tensor.zeros(n, 1);
        for (int i = 0; i < n; i++) {
            y.data()[i] = 1 / (1 + Math.exp(-3 * x.get(i, 2)));
        }
        return y;
    };

    static Tensor gaussian(int n, int d, long seed) {
        Random r = new Random(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return Tensor.of(rows);
    }

    @Test
    void perturbationRanksTheOnlyUsedFeatureFirstAndOthersAtZero() {
        FeatureScores s = Sensitivity.perturbation(ONLY_X2, gaussian(200, 5, 1), null, -1);
        assertThat(s.ranked().get(0)).isEqualTo("x2");
        assertThat(s.score("x2")).isGreaterThan(0.1);
        assertThat(s.score("x0")).isZero();
        assertThat(s.toString()).contains("x2").contains("#");
    }

    @Test
    void saliencyMatchesTheAnalyticGradient() {
        Tensor x = gaussian(50, 5, 2);
        Tensor g = Sensitivity.inputGradient(ONLY_X2, x, -1);
        for (int i = 0; i < 50; i++) {
            double s = 1 / (1 + Math.exp(-3 * x.get(i, 2)));
            assertThat(g.get(i, 2)).isCloseTo(3 * s * (1 - s), within(1e-6));
            assertThat(g.get(i, 0)).isZero();
        }
        FeatureScores sal = Sensitivity.saliency(ONLY_X2, x, null, -1);
        assertThat(sal.ranked().get(0)).isEqualTo("x2");
    }

    @Test
    void partialDependenceFollowsTheSigmoidAndRanksX2First() {
        Tensor x = gaussian(100, 5, 3);
        PartialDependence pd = Sensitivity.partialDependence(ONLY_X2, x, 2, 11, "x2", -1);
        // the model reads only x2, so the mean over rows is the sigmoid at the grid value
        for (int g = 0; g < 11; g++) {
            assertThat(pd.values()[g]).isCloseTo(1 / (1 + Math.exp(-3 * pd.grid()[g])),
                    within(1e-12));
        }
        FeatureScores ranking = Sensitivity.partialDependenceRanking(ONLY_X2, x, null, -1);
        assertThat(ranking.ranked().get(0)).isEqualTo("x2");
        assertThat(ranking.score("x4")).isZero();
        assertThat(pd.toString()).contains("x2").contains("range");
    }

    @Test
    void onRealStudentDataAModelOfG2AloneIsFoundByEveryMethod() {
        assumeTrue(StudentData.present(), "Student Performance data is not on this machine");
        Tensor x = StudentData.features();
        // G3 predicted from G2 only, a little curved so the gradient varies
        Model g2Only = in -> {
            Tensor y = Tensor.zeros(in.shape(0), 1);
            for (int i = 0; i < in.shape(0); i++) {
                y.data()[i] = 20 / (1 + Math.exp(-(in.get(i, 8) - 10) / 3));
            }
            return y;
        };
        List<String> names = StudentData.NAMES;
        assertThat(Sensitivity.perturbation(g2Only, x, names, 0).ranked().get(0))
                .isEqualTo("G2");
        assertThat(Sensitivity.saliency(g2Only, x, names, 0).ranked().get(0)).isEqualTo("G2");
        assertThat(Sensitivity.partialDependenceRanking(g2Only, x, names, 0).ranked().get(0))
                .isEqualTo("G2");
        PartialDependence pd = Sensitivity.partialDependence(g2Only, x, 8, 20, "G2", 0);
        assertThat(pd.values()[19]).isGreaterThan(pd.values()[0] + 10);
    }

    @Test
    void unknownFeatureNameSuggestsTheNearest() {
        FeatureScores s = new FeatureScores("m", List.of("absences", "age"), new double[] {1, 2});
        assertThatThrownBy(() -> s.score("absenses"))
                .hasMessageContaining("\"absenses\"").hasMessageContaining("\"absences\"");
        assertThat(s.rankOf("age")).isEqualTo(1);
    }

    @Test
    void wrongShapesAndOutputsGetSentences() {
        assertThatThrownBy(() -> Sensitivity.perturbation(ONLY_X2, Tensor.of(1, 2), null, -1))
                .hasMessageContaining("[2]").hasMessageContaining("[rows, features]");
        assertThatThrownBy(() -> Sensitivity.perturbation(ONLY_X2, gaussian(3, 5, 1), null, 4))
                .hasMessageContaining("Output 4").hasMessageContaining("1 outputs");
        assertThatThrownBy(() -> Sensitivity.perturbation(ONLY_X2, gaussian(3, 5, 1),
                List.of("a"), -1)).hasMessageContaining("1 feature names for 5");
    }
}
