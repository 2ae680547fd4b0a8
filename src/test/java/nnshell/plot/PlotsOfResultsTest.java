package nnshell.plot;

import static nnshell.dsl.Keras.Dense;
import static nnshell.dsl.Keras.Input;
import static nnshell.dsl.Keras.SGD;
import static nnshell.dsl.Keras.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junitpioneer.jupiter.SetSystemProperty;

import nnshell.dsl.History;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What fit returns and what Explore.correlation returns can be plotted as they are. */
@SetSystemProperty(key = "nnshell.plots", value = "off")
class PlotsOfResultsTest {
    @Test
    void aHistoryIsDrawnAsTheLiveChartWithValidationDashed() {
        Tensor x = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        Tensor y = Tensor.of(new double[][] {{0}, {1}, {1}, {0}});
        Sequential model = new Sequential(Input(2), Dense(1, "sigmoid"))
                .compile(SGD(0.1), "binaryCrossentropy", "accuracy");
        History history = model.fit(x, y, options().epochs(5).verbose(0)
                .validationData(x, y));

        XyChart chart = Plots.plot(history);
        List<XyChart.Series> series = chart.series();
        assertThat(series).extracting(s -> s.name)
                .containsExactlyInAnyOrder("loss", "accuracy", "val_loss", "val_accuracy");
        for (XyChart.Series s : series) {
            assertThat(s.n).as(s.name).isEqualTo(5);
            assertThat(s.dashed).as(s.name).isEqualTo(s.name.startsWith("val_"));
            assertThat(s.y[4]).as(s.name).isEqualTo(history.get(s.name).get(4));
        }
    }

    @Test
    void aCorrelationTableBecomesAHeatmapOfItsValues() {
        Table table = Table.create("corr",
                StringColumn.create("", "G1", "G3"),
                DoubleColumn.create("G1", 1.0, 0.8),
                DoubleColumn.create("G3", 0.8, 1.0));
        List<String> rows = Plots.correlation(table).toTerminal(80, 20, false).lines().toList();
        assertThat(rows.get(0)).isEqualTo("corr");
        assertThat(rows.get(2)).startsWith("G1").endsWith("0.8");
        assertThat(rows.get(3)).startsWith("G3").endsWith("1");

        Table notSquare = Table.create("x", DoubleColumn.create("a", 1, 2, 3));
        assertThatThrownBy(() -> Plots.correlation(notSquare))
                .hasMessageContaining("Explore.correlation(table)");
    }
}
