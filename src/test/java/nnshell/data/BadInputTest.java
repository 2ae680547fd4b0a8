package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

/** Every kind of bad input gets a sentence naming the file, line and column where they apply. */
class BadInputTest {
    private final TestData props = new TestData();
    private Path mat;

    @TempDir
    Path temp;

    @BeforeEach
    void setUp() {
        mat = TestData.studentDir().resolve("student-mat.csv");
        props.set("nnshell.data.dir", TestData.studentDir().toString()).set("nnshell.lang", "en");
    }

    @AfterEach
    void restore() {
        props.restore();
    }

    @Test
    void studentFileReadWithCommaNamesTheRightSeparator() {
        assertThatThrownBy(() -> Datasets.csv(mat.toString(), ','))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(mat + ", line 1")
                .hasMessageContaining("\"school;sex;age;address;famsize;Pstatus;M...\"")
                .hasMessageContaining("contains no ','")
                .hasMessageContaining("single column")
                .hasMessageContaining("separated by ';'");
    }

    @Test
    void separatorIsGuessedWhenNotGiven() {
        Table t = Datasets.csv(mat.toString());

        assertThat(t.columnCount()).isEqualTo(33);
        assertThat(t.rowCount()).isEqualTo(395);
    }

    @Test
    void missingColumnSuggestsTheNearestNames() {
        Table t = Datasets.studentMat();

        assertThatThrownBy(() -> Tables.column(t, "studytme"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("has no column \"studytme\"")
                .hasMessageContaining("Did you mean \"studytime\"");
        assertThatThrownBy(() -> Prep.tensor(t, "G1", "g4"))
                .hasMessageContaining("\"g4\"")
                .hasMessageContaining("\"G1\"");
        assertThatThrownBy(() -> Explore.groupBy(t, "G3", "sexx"))
                .hasMessageContaining("Did you mean \"sex\"");
    }

    @Test
    void textInANumericColumnNamesFileLineColumnAndValue() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(mat));
        String line = lines.get(16);
        lines.set(16, line.substring(0, line.lastIndexOf(';') + 1) + "abc");
        Path bad = Files.write(temp.resolve("student-mat.csv"), lines);

        Table t = Datasets.csv(bad.toString(), ';');

        assertThatThrownBy(() -> Csv.requireNumeric(t, bad, Datasets.STUDENT_NUMERIC))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(bad + ", line 17, column 33 (\"G3\")")
                .hasMessageContaining("\"abc\" is not a number");
    }

    @Test
    void aLineWithTooManyOrTooFewValuesIsNamed() throws Exception {
        Path ragged = Files.writeString(temp.resolve("ragged.csv"), "a,b,c\n1,2,3\n4,\"5,5\",6\n"
                + "7,8,9,10\n");

        assertThatThrownBy(() -> Datasets.csv(ragged.toString()))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(ragged + ", line 4: 4 values")
                .hasMessageContaining("but the header names 3 columns");
    }

    @Test
    void emptyFileSaysWhatWasExpected() throws Exception {
        Path empty = Files.writeString(temp.resolve("grades.csv"), "");

        assertThatThrownBy(() -> Datasets.csv(empty.toString()))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(empty + " is empty")
                .hasMessageContaining("header line");
    }

    @Test
    void missingFileIsNamed() {
        Path none = temp.resolve("nowhere.csv");

        assertThatThrownBy(() -> Datasets.csv(none.toString()))
                .hasMessageContaining("There is no file " + none);
    }

    @Test
    void textColumnToTensorSaysToEncodeIt() {
        Table t = Datasets.studentMat();

        assertThatThrownBy(() -> Prep.tensor(t, "age", "school"))
                .hasMessageContaining("Column \"school\"")
                .hasMessageContaining("Prep.oneHot(table, \"school\")");
    }

    @Test
    void badVerdictAndBadSplitAreExplained() {
        assertThatThrownBy(() -> Hypotheses.add("x", "evidence", "maybe"))
                .hasMessageContaining("Verdict \"maybe\"")
                .hasMessageContaining("\"no grounds to reject\"");
        assertThatThrownBy(() -> Prep.split(Datasets.iris(), null, 0.9, 0.2, 1))
                .hasMessageContaining("train 0.9 and validation 0.2");
        assertThatThrownBy(() -> Playground.spiral(100, 30, 1))
                .hasMessageContaining("Noise 30.0 is outside 0..1");
    }
}
