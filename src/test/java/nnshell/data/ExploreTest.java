package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** Exploration on the real Student Performance data, each figure checked a second way. */
class ExploreTest {
    private static final TestData PROPS = new TestData();
    private static Table students;

    @BeforeAll
    static void load() {
        PROPS.set("nnshell.data.dir", TestData.studentDir().toString()).set("nnshell.lang", "en");
        students = Datasets.studentMat();
    }

    @AfterAll
    static void restore() {
        PROPS.restore();
    }

    @Test
    void summaryHasOneRowPerColumnWithTheMeanGrade() {
        Table s = Explore.summary(students);

        assertThat(s.rowCount()).isEqualTo(33);
        int g3 = s.stringColumn("column").indexOf("G3");
        assertThat(s.doubleColumn("mean").get(g3)).isEqualTo(10.415);
        assertThat(s.doubleColumn("max").get(g3)).isEqualTo(20);
        assertThat(s.intColumn("missing").sum()).isZero();
        int school = s.stringColumn("column").indexOf("school");
        assertThat(s.intColumn("distinct").get(school)).isEqualTo(2);
        assertThat(s.doubleColumn("mean").isMissing(school)).isTrue();
    }

    @Test
    void groupMeansEqualMeansOfTheFilteredRows() {
        Table g = Explore.groupBy(students, "G3", "sex");

        assertThat(g.rowCount()).isEqualTo(2);
        double femaleMean = meanWhere("sex", "F", "G3");
        int row = g.stringColumn("sex").indexOf("F");
        assertThat(g.doubleColumn("mean").get(row)).isCloseTo(femaleMean, within(0.0006));
        assertThat(g.doubleColumn("count").sum()).isEqualTo(395);
    }

    @Test
    void compareGivesTheMeanDifferenceAndWelchPValue() {
        Table c = Explore.compare(students, "G3", "sex");

        double f = meanWhere("sex", "F", "G3");
        double m = meanWhere("sex", "M", "G3");
        assertThat(c.doubleColumn("difference").get(1)).isCloseTo(m - f, within(0.0006));
        // Welch's t by hand; with ~390 degrees of freedom the normal tail is close enough
        double[] a = gradesWhere("F");
        double[] b = gradesWhere("M");
        double t = (m - f) / Math.sqrt(var(a) / a.length + var(b) / b.length);
        double p = 2 * (1 - new org.apache.commons.math3.distribution.NormalDistribution()
                .cumulativeProbability(Math.abs(t)));
        assertThat(c.doubleColumn("p").get(1)).isCloseTo(p, within(0.002));
        assertThatThrownBy(() -> Explore.compare(students, "G3", "Mjob"))
                .hasMessageContaining("Column \"Mjob\" has 5 groups");
    }

    @Test
    void crossTabCountsAddUpToTheRows() {
        Table x = Explore.crossTab(students, "school", "sex");
        Table p = Explore.crossTabPercent(students, "school", "sex");

        int gp = x.stringColumn(0).indexOf("GP");
        long gpFemale = students.stream().filter(r -> r.getString("school").equals("GP")
                && r.getString("sex").equals("F")).count();
        assertThat(((NumericColumn<?>) x.column("F")).getDouble(gp)).isEqualTo(gpFemale);
        assertThat(((NumericColumn<?>) x.column("total")).getDouble(x.rowCount() - 1))
                .isEqualTo(395);
        double f = ((NumericColumn<?>) p.column("F")).getDouble(gp);
        double m = ((NumericColumn<?>) p.column("M")).getDouble(gp);
        assertThat(f + m).isCloseTo(100, within(0.01));
    }

    @Test
    void correlationMatrixAgreesWithADirectComputation() {
        Table c = Explore.correlation(students, "G1", "G2", "G3", "absences");

        assertThat(c.rowCount()).isEqualTo(4);
        assertThat(c.doubleColumn("G1").get(0)).isEqualTo(1.0);
        assertThat(c.doubleColumn("G3").get(0)).isEqualTo(c.doubleColumn("G1").get(2));
        assertThat(c.doubleColumn("G3").get(0)).isCloseTo(pearson("G1", "G3"), within(0.0006));

        Table all = Explore.correlation(students);
        assertThat(all.rowCount()).isEqualTo(16);
        Table with = Explore.correlationWith(students, "G3");
        assertThat(with.stringColumn("column").get(0)).isEqualTo("G2");
    }

    @Test
    void valueCountsAndMissingValues() {
        Table v = Explore.valueCounts(students, "school");

        long gp = students.stream().filter(r -> r.getString("school").equals("GP")).count();
        assertThat(v.stringColumn("school").asList()).containsExactly("GP", "MS");
        assertThat(((NumericColumn<?>) v.column("count")).getDouble(0)).isEqualTo(gp);
        assertThat(v.doubleColumn("percent").get(0)).isCloseTo(100.0 * gp / 395, within(0.001));

        Table withGap = Table.create("t", DoubleColumn.create("a", 1, Double.NaN, 3, 4));
        Table m = Explore.missing(withGap);
        assertThat(m.intColumn("missing").get(0)).isEqualTo(1);
        assertThat(m.doubleColumn("percent").get(0)).isEqualTo(25.0);
    }

    @Test
    void printedTablesFitOneHundredColumns() {
        for (Table t : new Table[] {Explore.summary(students), Explore.correlation(students),
            students, Explore.groupBy(students, "G3", "school", "sex")}) {
            String text = Tables.render(t, 100);
            assertThat(text.lines()).allMatch(line -> line.length() <= 100);
            assertThat(text).contains(t.columnNames().get(1));
        }
        assertThat(Tables.render(students, 100)).contains("... 355 more rows");
    }

    private static double meanWhere(String column, String value, String of) {
        return students.stream().filter(r -> r.getString(column).equals(value))
                .mapToInt(r -> r.getInt(of)).average().orElseThrow();
    }

    private static double[] gradesWhere(String sex) {
        return students.stream().filter(r -> r.getString("sex").equals(sex))
                .mapToDouble(r -> r.getInt("G3")).toArray();
    }

    private static double var(double[] x) {
        double m = Arrays.stream(x).average().orElseThrow();
        return Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
    }

    private static double pearson(String a, String b) {
        double[] x = ((NumericColumn<?>) students.column(a)).asDoubleArray();
        double[] y = ((NumericColumn<?>) students.column(b)).asDoubleArray();
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
