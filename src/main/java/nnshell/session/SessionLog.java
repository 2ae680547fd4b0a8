package nnshell.session;

import java.util.ArrayList;
import java.util.List;

import nnshell.plot.ChartLog;
import nnshell.shell.spi.EvalListener;
import nnshell.shell.spi.EvalResult;

/**
 * The session so far, in memory: every snippet with its result and the charts it drew, for
 * {@code /save} and {@code /export}.
 */
public final class SessionLog implements EvalListener {
    private final List<Entry> entries = new ArrayList<>();
    private final long startSeed;
    private int chartsSeen = ChartLog.count();

    /**
     * One snippet of the session.
     *
     * @param result what became of it
     * @param firstChart the sequence number of the first chart it drew
     * @param chartCount how many charts it drew
     */
    public record Entry(EvalResult result, int firstChart, int chartCount) {

        /** The charts it drew, rendered now if they were not yet (training never waits). */
        public List<ChartLog.Entry> charts() {
            if (chartCount == 0) {
                return List.of();
            }
            List<ChartLog.Entry> since = ChartLog.since(firstChart);
            return since.subList(0, Math.min(chartCount, since.size()));
        }
    }

    /** A log of a session that began with this seed. */
    public SessionLog(long startSeed) {
        this.startSeed = startSeed;
    }

    @Override
    public synchronized void evaluated(EvalResult result) {
        int now = ChartLog.count();
        entries.add(new Entry(result, chartsSeen, Math.max(0, now - chartsSeen)));
        chartsSeen = now;
    }

    /** Forgets the snippets told so far: after /reset they are gone from the session. */
    @Override
    public synchronized void reset() {
        entries.clear();
        chartsSeen = ChartLog.count();
    }

    /** Every snippet so far, in order. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The results so far, in order. */
    public synchronized List<EvalResult> results() {
        return entries.stream().map(Entry::result).toList();
    }

    /** The seed the session began with. */
    public long startSeed() {
        return startSeed;
    }
}
