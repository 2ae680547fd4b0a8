package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnshell.dsl.Tensor;
import tech.tablesaw.api.Table;

class PrepTest {
    private final TestData props = new TestData();

    @BeforeEach
    void setUp() {
        props.set("nnshell.lang", "en");
    }

    @AfterEach
    void restore() {
        props.restore();
    }

    @Test
    void stratifiedSplitKeepsClassSharesAndLosesNoRow() {
        Table iris = Datasets.iris().addColumns(
                tech.tablesaw.api.IntColumn.indexColumn("id", 150, 0));
        Split<Table> s = Prep.split(iris, "species", 0.7, 0.15, 42);

        assertThat(s.train().rowCount()).isEqualTo(105);
        assertThat(s.validation().rowCount()).isEqualTo(24);
        assertThat(s.test().rowCount()).isEqualTo(21);
        assertThat(s.train().stringColumn("species").countOccurrences("setosa")).isEqualTo(35);
        assertThat(s.test().stringColumn("species").countOccurrences("virginica")).isEqualTo(7);
        Set<Integer> ids = new HashSet<>();
        for (Table part : List.of(s.train(), s.validation(), s.test())) {
            ids.addAll(part.intColumn("id").asList());
        }
        assertThat(ids).hasSize(150);
        assertThat(Prep.split(iris, "species", 0.7, 0.15, 42).test().intColumn("id").asList())
                .isEqualTo(s.test().intColumn("id").asList());
        assertThat(Prep.split(iris, "species", 0.7, 0.15, 43).test().intColumn("id").asList())
                .isNotEqualTo(s.test().intColumn("id").asList());
    }

    @Test
    void splitOfExamplesIsStratifiedByLabel() {
        XY data = Playground.spiral(400, 0.1, 3);
        Split<XY> s = Prep.split(data, 0.8, 0, 1);

        assertThat(s.train().size()).isEqualTo(320);
        assertThat(s.validation().size()).isZero();
        assertThat(Arrays.stream(s.test().labels()).sum()).isEqualTo(40);
    }

    @Test
    void scalersLearnFromTheTrainingPartOnly() {
        Tensor train = Tensor.of(new double[][] {{1, 10}, {3, 10}, {5, 40}});
        Tensor test = Tensor.of(new double[][] {{7, 20}});

        Scaler std = Scaler.standard().fit(train);
        Tensor t = std.transform(train);
        assertThat(t.get(0, 0) + t.get(1, 0) + t.get(2, 0)).isCloseTo(0, within(1e-12));
        assertThat(t.get(0, 0)).isCloseTo(-2 / Math.sqrt(8.0 / 3), within(1e-12));
        assertThat(std.transform(test).get(0, 0)).isCloseTo(4 / Math.sqrt(8.0 / 3),
                within(1e-12));
        assertThat(std.inverse(std.transform(test))).isEqualTo(test);

        Scaler mm = Scaler.minMax().fit(train);
        assertThat(mm.transform(train).data()).containsExactly(0, 0, 0.5, 0, 1, 1);
        assertThat(mm.transform(test).get(0, 0)).isEqualTo(1.5);
        assertThatThrownBy(() -> Scaler.standard().transform(test))
                .hasMessageContaining("fit(train) first");
        assertThatThrownBy(() -> mm.transform(Tensor.zeros(2, 3)))
                .hasMessageContaining("fitted on 2 columns but got shape [2, 3]");
    }

    @Test
    void scalerOnTableColumnsUsesTrainingStatistics() {
        Split<Table> s = Prep.split(Datasets.iris(), "species", 0.5, 0, 7);
        Scaler sc = Scaler.standard().fit(s.train(), "petal_length");

        Table train = sc.transform(s.train());
        Table test = sc.transform(s.test());
        assertThat(Tables.numeric(train, "petal_length").mean()).isCloseTo(0, within(1e-9));
        assertThat(Tables.numeric(test, "petal_length").mean()).isNotCloseTo(0, within(1e-9));
        assertThat(Tables.numeric(test, "sepal_length").get(0))
                .isEqualTo(Tables.numeric(s.test(), "sepal_length").get(0));
    }

    @Test
    void oneHotReplacesTextColumnsWithIndicators() {
        Table t = Table.create("t",
                tech.tablesaw.api.StringColumn.create("school", "GP", "MS", "GP"),
                tech.tablesaw.api.IntColumn.create("age", 15, 16, 17));
        Table encoded = Prep.oneHot(t, "school");

        assertThat(encoded.columnNames()).containsExactly("school=GP", "school=MS", "age");
        Tensor x = Prep.features(encoded);
        assertThat(x.toArray2()).isEqualTo(new double[][] {{1, 0, 15}, {0, 1, 16}, {1, 0, 17}});
        assertThat(Prep.features(encoded, "age").shape()).containsExactly(3, 2);

        // no names: every text column
        Table two = t.copy().addColumns(tech.tablesaw.api.StringColumn.create("sex", "F", "M", "M"));
        assertThat(Prep.oneHot(two).columnNames())
                .containsExactly("school=GP", "school=MS", "age", "sex=F", "sex=M");
    }

    @Test
    void labelsAndOneHotTargets() {
        Table iris = Datasets.iris();
        int[] labels = Prep.labels(iris, "species");

        assertThat(Prep.classes(iris, "species")).containsExactly("setosa", "versicolor",
                "virginica");
        assertThat(labels[0]).isZero();
        assertThat(labels[149]).isEqualTo(2);
        Tensor y = Prep.oneHot(labels, 3);
        assertThat(y.shape()).containsExactly(150, 3);
        assertThat(y.get(149, 2)).isEqualTo(1.0);
        assertThat(Prep.column(labels).shape()).containsExactly(150, 1);
        assertThat(Prep.tensor(iris, "petal_width").get(0, 0)).isEqualTo(0.2);
        assertThatThrownBy(() -> Prep.oneHot(new int[] {0, 3}, 3))
                .hasMessageContaining("Label 1 is 3, outside 0..3");
    }

    @Test
    void batchesCoverEveryExampleOnce() {
        XY data = Playground.xor(100, 0, 1);
        List<XY> batches = Prep.batches(data, 32, 5);

        assertThat(batches).extracting(XY::size).containsExactly(32, 32, 32, 4);
        Set<Double> firstCoordinates = new HashSet<>();
        batches.forEach(b -> IntStream.range(0, b.size())
                .forEach(i -> firstCoordinates.add(b.x().get(i, 0))));
        assertThat(firstCoordinates).hasSize(100);
        assertThat(batches.get(0).x().get(0, 0)).isNotEqualTo(data.x().get(0, 0));
    }

    @Test
    void flatImagesReshapeToChannelsHeightWidth() {
        ImageSet digits = Datasets.digits();
        Tensor images = Prep.images(digits.flat(), 1, 8, 8);

        assertThat(images.shape()).containsExactly(1797, 1, 8, 8);
        assertThat(images.get(5, 0, 3, 4)).isEqualTo(digits.x().get(5, 0, 3, 4));
        assertThat(digits.first(10).pixels().shape()).containsExactly(10, 1, 8, 8);

        Split<XY> parts = Prep.split(digits.xy(), 0.8, 0, 42);
        assertThat(parts.train().x().shape()).containsExactly(parts.train().size(), 1, 8, 8);
        assertThat(parts.train().size() + parts.test().size()).isEqualTo(1797);
        long zerosInTest = Arrays.stream(parts.test().labels()).filter(l -> l == 0).count();
        long zeros = Arrays.stream(digits.labels()).filter(l -> l == 0).count();
        assertThat(zerosInTest).isEqualTo(zeros - Math.round(zeros * 0.8));
    }
}
