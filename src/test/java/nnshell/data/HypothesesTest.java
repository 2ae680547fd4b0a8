package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnshell.console.Console;
import tech.tablesaw.api.Table;

class HypothesesTest {
    private final TestData props = new TestData();
    private final Console before = Console.current();

    @BeforeEach
    void setUp() {
        props.set("nnshell.lang", "en");
        Hypotheses.clear();
    }

    @AfterEach
    void restore() {
        props.restore();
        Hypotheses.clear();
        Console.install(before);
    }

    @Test
    void recordsStatementEvidenceAndVerdictInOrder() {
        Table evidence = Explore.groupBy(Datasets.iris(), "petal_length", "species");
        Hypotheses.add("Virginica has the longest petals", evidence, "no grounds to reject");
        Hypotheses.add("Sepal width separates setosa", "mean 3.43 vs 2.77 and 2.97",
                "Sepal width by species", "Reject");

        assertThat(Hypotheses.all()).hasSize(2);
        Hypothesis first = Hypotheses.all().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.evidence()).contains("virginica", "mean", "petal_length by species");
        assertThat(first.verdict()).isEqualTo(Hypotheses.NO_GROUNDS);
        assertThat(first.rejected()).isFalse();
        assertThat(Hypotheses.all().get(1).verdict()).isEqualTo("reject");
        assertThat(Hypotheses.all().get(1).chart()).isEqualTo("Sepal width by species");
        assertThat(Hypotheses.table().rowCount()).isEqualTo(2);
    }

    @Test
    void polishVerdictsAreUnderstoodAndShown() {
        props.set("nnshell.lang", "pl");
        Hypothesis h = Hypotheses.add("Chłopcy mają wyższe G3", "średnie 10.9 i 9.97",
                "brak podstaw do odrzucenia");

        assertThat(h.verdict()).isEqualTo(Hypotheses.NO_GROUNDS);
        assertThat(h.verdictText()).isEqualTo("brak podstaw do odrzucenia");
        assertThat(Hypotheses.add("x", "y", "odrzucam").rejected()).isTrue();
    }

    @Test
    void showPrintsTheTableAndEachEvidence() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console.install(Console.plain(new PrintStream(out, true, StandardCharsets.UTF_8)));
        Hypotheses.add("Petals are longer than sepals", "no: 0 of 150 flowers", "reject");

        Hypotheses.show();

        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Hypotheses", "Petals are longer than sepals", "reject",
                "1. Petals are longer than sepals -> reject", "no: 0 of 150 flowers");
    }

    @Test
    void aHypothesisPrintsAsOneReadableLine() {
        Hypothesis h = Hypotheses.add("Students who study more get better grades",
                "G3 mean by studytime: 10.05, 10.17, 11.40, 11.26 and more numbers after that",
                "no grounds to reject");

        assertThat(h.toString()).startsWith("H1: Students who study more get better grades -> ")
                .contains("no grounds to reject", "(G3 mean by studytime")
                .endsWith("...)")
                .doesNotContain("Hypothesis[", "\n");
    }

    @Test
    void emptyStatementOrEvidenceIsExplained() {
        assertThatThrownBy(() -> Hypotheses.add(" ", "e", "reject"))
                .hasMessageContaining("needs a statement");
        assertThatThrownBy(() -> Hypotheses.add("s", "", "reject"))
                .hasMessageContaining("needs evidence");
        assertThat(Hypotheses.all()).isEmpty();
    }
}
