package nnshell.data;

/**
 * One hypothesis about the data with the evidence looked at and the decision taken.
 *
 * @param number its number in the session, from 1
 * @param statement the claim, in the student's words ("Students who study more score higher")
 * @param evidence what was computed to judge it: a table as text, or a sentence
 * @param chart the title of a chart that shows it, empty if none
 * @param verdict {@value Hypotheses#REJECT} or {@value Hypotheses#NO_GROUNDS}
 */
public record Hypothesis(int number, String statement, String evidence, String chart,
        String verdict) {

    /** Whether the hypothesis was rejected. */
    public boolean rejected() {
        return Hypotheses.REJECT.equals(verdict);
    }

    /** The verdict in the current language. */
    public String verdictText() {
        return Msg.text(rejected() ? "hypothesis.reject" : "hypothesis.noGrounds");
    }

    /** One readable line: number, statement and verdict; the evidence follows, shortened. */
    @Override
    public String toString() {
        String shortEvidence = evidence.strip().lines().findFirst().orElse("");
        if (shortEvidence.length() > 60) {
            shortEvidence = shortEvidence.substring(0, 57) + "...";
        }
        return "H" + number + ": " + statement + " -> " + verdictText()
                + (shortEvidence.isEmpty() ? "" : " (" + shortEvidence + ")");
    }
}
