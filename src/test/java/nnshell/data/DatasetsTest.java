package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.dsl.Tensor;
import tech.tablesaw.api.Table;

class DatasetsTest {
    private final TestData props = new TestData();

    @BeforeEach
    void pointAtRealData() {
        TestData.findStudentDir().ifPresent(d -> props.set("nnshell.data.dir", d.toString()));
        props.set("nnshell.lang", "en");
    }

    @AfterEach
    void restore() {
        props.restore();
    }

    @Test
    void studentMatHasTheDocumentedShapeAndMeanGrade() {
        TestData.studentDir();
        Table t = Datasets.studentMat();

        assertThat(t.rowCount()).isEqualTo(395);
        assertThat(t.columnCount()).isEqualTo(33);
        assertThat(Tables.numeric(t, "G3").mean()).isCloseTo(10.415, within(0.0005));
        assertThat(Tables.numeric(t, "G1").type().name()).isEqualTo("INTEGER");
        assertThat(DataLog.filesRead()).containsValue(
                "e47f9ee225e1ee6e69b7564e6dac7123e80b8486677fe111f351964cef5dec80");
    }

    @Test
    void studentPorHasTheDocumentedShapeAndMeanGrade() {
        TestData.studentDir();
        Table t = Datasets.studentPor();

        assertThat(t.rowCount()).isEqualTo(649);
        assertThat(t.columnCount()).isEqualTo(33);
        assertThat(Tables.numeric(t, "G3").mean()).isCloseTo(11.906, within(0.0005));
    }

    @Test
    void digitsHaveTheDocumentedShape() throws Exception {
        ImageSet d = Datasets.digits();

        assertThat(d.size()).isEqualTo(1797);
        assertThat(d.pixels().shape()).containsExactly(1797, 1, 8, 8);
        assertThat(Arrays.stream(d.labels()).distinct().count()).isEqualTo(10);
        assertThat(Arrays.stream(d.pixels().data()).max().getAsDouble()).isEqualTo(16);
    }

    @Test
    void digitsEqualTheBenchmarkCopy() throws Exception {
        ImageSet d = Datasets.digits();

        // the benchmark's digits.csv was written by scikit-learn from the same images
        List<String> rows = Files.readAllLines(TestData.benchDir().resolve("digits.csv"));
        assertThat(rows).hasSize(1798);
        for (int r = 1; r < rows.size(); r += 97) {
            double[] v = Arrays.stream(rows.get(r).split(",")).mapToDouble(Double::parseDouble)
                    .toArray();
            assertThat(d.image(r - 1).data()).containsExactly(Arrays.copyOf(v, 64));
            assertThat(d.labels()[r - 1]).isEqualTo((int) v[64]);
        }
    }

    @Test
    void digitsScaleToUnitRangeAndFlatten() {
        ImageSet d = Datasets.digits();
        Tensor flat = d.flat();

        assertThat(flat.shape()).containsExactly(1797, 64);
        assertThat(flat.get(0, 13)).isEqualTo(d.pixels().get(0, 0, 1, 5) / 16);
        assertThat(d.y().shape()).containsExactly(1797, 10);
        assertThat(d.toString()).contains("1797 images [1, 8, 8]", "10 classes");
    }

    @Test
    void fashionMnistTestSetHasTenThousandBalancedImages() {
        ImageSet f = Datasets.fashionMnist();

        assertThat(f.size()).isEqualTo(10_000);
        assertThat(f.pixels().shape()).containsExactly(10_000, 1, 28, 28);
        int[] perClass = new int[10];
        Arrays.stream(f.labels()).forEach(l -> perClass[l]++);
        assertThat(perClass).containsOnly(1000);
        assertThat(f.classes()).hasSize(10).contains("Ankle boot");
        assertThat(Arrays.stream(f.pixels().data()).max().getAsDouble()).isEqualTo(255);
    }

    @Test
    void smallTablesHaveTheirRowsAndClasses() {
        Table iris = Datasets.iris();
        Table wine = Datasets.wine();
        Table cancer = Datasets.breastCancer();

        assertThat(iris.rowCount()).isEqualTo(150);
        assertThat(iris.columnCount()).isEqualTo(5);
        assertThat(iris.stringColumn("species").countOccurrences("virginica")).isEqualTo(50);
        assertThat(Tables.numeric(iris, "sepal_length").get(0)).isEqualTo(5.1);
        assertThat(wine.rowCount()).isEqualTo(178);
        assertThat(wine.columnCount()).isEqualTo(14);
        assertThat(cancer.rowCount()).isEqualTo(569);
        assertThat(cancer.columnCount()).isEqualTo(31);
        assertThat(cancer.stringColumn("diagnosis").countOccurrences("malignant"))
                .isEqualTo(212);
    }

    @Test
    void listShowsEveryDatasetWithItsStatus() {
        TestData.studentDir();
        Table list = Datasets.list();

        assertThat(list.stringColumn("name").asList()).containsExactly("student-mat",
                "student-por", "digits", "fashion-mnist", "iris", "wine", "breast-cancer");
        assertThat(list.stringColumn("status").asList()).containsOnly("here");
        assertThat(list.stringColumn("licence").asList()).contains("CC BY 4.0", "MIT");
    }

    @Test
    void loadByNameAndUnknownNameSuggestsTheNearest() {
        assertThat(Datasets.load("iris")).isInstanceOf(Table.class);
        assertThat(Datasets.load("digits")).isInstanceOf(ImageSet.class);
        assertThat(Datasets.table("wine").rowCount()).isEqualTo(178);
        assertThat(Datasets.images("digits").size()).isEqualTo(1797);
        assertThatThrownBy(() -> Datasets.table("digits"))
                .hasMessageContaining("load it with Datasets.images(\"digits\")");
        assertThatThrownBy(() -> Datasets.images("iris"))
                .hasMessageContaining("Dataset \"iris\" holds a table");

        assertThatThrownBy(() -> Datasets.load("irsi"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("\"irsi\"")
                .hasMessageContaining("Did you mean \"iris\"");
        assertThatThrownBy(() -> Datasets.load("student"))
                .hasMessageContaining("\"student-mat\"", "\"student-por\"");
    }

    @Test
    void alteredCommittedFileIsRefusedWithBothSums(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("iris/iris.csv");
        Files.createDirectories(copy.getParent());
        String text = Files.readString(DataDirs.committed().resolve("iris/iris.csv"));
        Files.writeString(copy, text.replace("5.1,3.5", "5.2,3.5"));
        props.set("nnshell.data.dir", dir.toString());

        assertThatThrownBy(Datasets::iris)
                .isInstanceOf(DataException.class)
                .hasMessageContaining(copy.toString())
                .hasMessageContaining(Catalog.sum("iris", "iris.csv"))
                .hasMessageContaining("damaged");
    }

    @Test
    void polishMessagesUseDiacritics() {
        props.set("nnshell.lang", "pl");

        assertThatThrownBy(() -> Datasets.load("wnie"))
                .hasMessageContaining("Nie ma zbioru danych \"wnie\"")
                .hasMessageContaining("Czy chodziło o \"wine\"");
    }
}
