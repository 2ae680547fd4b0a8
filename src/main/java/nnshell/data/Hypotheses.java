package nnshell.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The hypotheses of a session, each with its evidence and verdict, in the order recorded.
 * A session export lists {@link #all()}.
 *
 * <pre>{@code Hypotheses.add("Boys score higher in maths", Explore.groupBy(df, "G3", "sex"),
 *     "no grounds to reject");}</pre>
 */
public final class Hypotheses {
    /** The verdict when the evidence contradicts the hypothesis. */
    public static final String REJECT = "reject";
    /** The verdict when the evidence does not contradict it. */
    public static final String NO_GROUNDS = "no grounds to reject";
    private static final List<Hypothesis> ALL = new ArrayList<>();

    private Hypotheses() {
    }

    /**
     * Records a hypothesis with its evidence (a table or text) and verdict: "reject" or
     * "no grounds to reject" (Polish: "odrzucam", "brak podstaw do odrzucenia").
     */
    public static Hypothesis add(String statement, Object evidence, String verdict) {
        return add(statement, evidence, "", verdict);
    }

    /** Like {@link #add(String, Object, String)} with the title of a chart as evidence too. */
    public static synchronized Hypothesis add(String statement, Object evidence, String chart,
            String verdict) {
        if (statement == null || statement.isBlank()) {
            throw Msg.error("hypothesis.statement");
        }
        Hypothesis h = new Hypothesis(ALL.size() + 1, statement.strip(), text(evidence),
                chart == null ? "" : chart.strip(), verdict(verdict));
        ALL.add(h);
        return h;
    }

    /** Every hypothesis recorded in this session, in order. */
    public static synchronized List<Hypothesis> all() {
        return List.copyOf(ALL);
    }

    /** The hypotheses as a table: number, statement, verdict (and chart when any has one). */
    public static synchronized Table table() {
        Table table = Table.create(Msg.text("hypothesis.title"),
                IntColumn.create("#", ALL.stream().mapToInt(Hypothesis::number).toArray()),
                StringColumn.create("hypothesis", ALL.stream().map(Hypothesis::statement)),
                StringColumn.create("verdict", ALL.stream().map(Hypothesis::verdictText)));
        if (ALL.stream().anyMatch(h -> !h.chart().isEmpty())) {
            table.addColumns(StringColumn.create("chart", ALL.stream().map(Hypothesis::chart)));
        }
        return DataTable.of(table);
    }

    /** Prints the hypotheses as a table, then each one's evidence. */
    public static void show() {
        nnshell.console.Console console = nnshell.console.Console.current();
        console.println(Tables.render(table(), console.width()));
        for (Hypothesis h : all()) {
            console.println("");
            console.println(h.number() + ". " + h.statement() + " -> " + h.verdictText());
            console.println(h.evidence());
        }
    }

    /** Forgets every hypothesis (for a new session). */
    public static synchronized void clear() {
        ALL.clear();
    }

    private static String text(Object evidence) {
        if (evidence instanceof Table table) {
            return Tables.render(table, 100);
        }
        if (evidence == null || evidence.toString().isBlank()) {
            throw Msg.error("hypothesis.evidence");
        }
        return evidence.toString().strip();
    }

    private static String verdict(String verdict) {
        String v = verdict == null ? "" : verdict.strip().toLowerCase(Locale.ROOT);
        if (List.of(REJECT, "rejected", "odrzucam", "odrzucona", "odrzucić").contains(v)) {
            return REJECT;
        }
        if (List.of(NO_GROUNDS, "brak podstaw do odrzucenia", "nie odrzucam").contains(v)) {
            return NO_GROUNDS;
        }
        throw Msg.error("hypothesis.verdict", verdict);
    }
}
