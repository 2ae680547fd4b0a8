package nnshell.research;

import static nnshell.dsl.Keras.Adam;
import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.options;
import static nnshell.dsl.Keras.sequential;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nnshell.data.Datasets;
import nnshell.data.Prep;
import nnshell.data.Scaler;
import nnshell.dsl.Seeds;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;
import tech.tablesaw.api.Table;

/** A network predicting the final maths grade G3 of the real Student Performance data. */
class StudentPerformanceTest {
    static final List<String> NAMES = List.of("age", "Medu", "studytime", "failures", "goout",
            "absences", "G1", "G2");
    static Sequential model;
    static Tensor x;
    static Tensor y;
    static long sessionSeed = Seeds.get();

    @BeforeAll
    static void train() {
        assumeTrue(StudentData.present(), "Student Performance data is not on this machine");
        System.setProperty("nnshell.data.dir", StudentData.FILE.getParent().toString());
        Table t = Datasets.studentMat();
        x = Scaler.standard().fit(Prep.tensor(t, NAMES.toArray(String[]::new)))
                .transform(Prep.tensor(t, NAMES.toArray(String[]::new)));
        y = Prep.target(t, "G3");
        Seeds.set(2);
        model = sequential(Input(NAMES.size()), Dense(16, "relu"), Dense(1));
        model.compile(Adam(0.01), "mse");
        model.fit(x, y, options().epochs(60).batchSize(32).verbose(0));
    }

    @AfterAll
    static void restore() {
        System.clearProperty("nnshell.data.dir");
        Seeds.set(sessionSeed);
    }

    @Test
    void theNetworkLearnsAndLeansOnTheSecondPeriodGrade() {
        assertThat(Quality.named("mae").of(model.predict(x), y)).isLessThan(2.0);
        FeatureScores perturbation = Explain.perturbation(model, x, NAMES);
        FeatureScores saliency = Explain.saliency(model, x, NAMES);
        FeatureScores pd = Sensitivity.partialDependenceRanking(model, x, NAMES, 0);
        assertThat(perturbation.ranked().get(0)).isEqualTo("G2");
        assertThat(saliency.ranked().get(0)).isEqualTo("G2");
        assertThat(pd.ranked().get(0)).isEqualTo("G2");
        PartialDependence g2 = Explain.partialDependence(model, x, "G2", NAMES);
        // a better second-period grade means a better predicted final grade
        assertThat(g2.values()[19]).isGreaterThan(g2.values()[0] + 5);
        LimeExplanation lime = Explain.lime(model, x, x, 0, NAMES);
        assertThat(lime.weights().ranked().subList(0, 2)).contains("G2");
    }
}
