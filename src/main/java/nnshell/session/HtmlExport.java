package nnshell.session;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import nnshell.console.Lang;
import nnshell.data.Hypotheses;
import nnshell.plot.ChartLog;

/**
 * A session as one self-contained HTML page: the environment, each snippet's code, output and
 * value, every chart inline as a PNG data URI, and the hypotheses the session recorded. It
 * needs no network and no other file.
 */
public final class HtmlExport {
    private static final String STYLE = "body{font-family:'DejaVu Sans',sans-serif;"
            + "max-width:1100px;margin:2em auto;color:#222}"
            + "h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #ccc}"
            + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px 8px;"
            + "text-align:left;vertical-align:top}"
            + "pre{margin:0;padding:6px 10px;white-space:pre-wrap;font-family:'DejaVu Sans Mono',"
            + "monospace}.snippet{margin:1em 0;border-left:4px solid #4a7bd0}"
            + ".code{background:#f3f5fa}.output{color:#333}.value{color:#0b6e2c}"
            + ".error{color:#b00020}figure{margin:6px 10px}img{max-width:100%}";

    /**
     * One snippet as shown on the page.
     *
     * @param code the snippet
     * @param output what it printed
     * @param value the value it showed, empty if none
     * @param error why it failed, empty if it ran
     * @param charts the charts it drew
     */
    public record Snippet(String code, String output, String value, String error,
            List<ChartLog.Entry> charts) {
    }

    /**
     * One recorded hypothesis.
     *
     * @param statement what was claimed
     * @param evidence what was measured
     * @param verdict what was concluded
     */
    public record Hypothesis(String statement, String evidence, String verdict) {
    }

    private HtmlExport() {
    }

    /** The page for these header values, snippets and hypotheses. */
    public static String page(List<Map.Entry<String, String>> header, List<Snippet> snippets,
            List<Hypothesis> hypotheses) {
        String title = Messages.text("export.title");
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(Lang.locale().getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>")
                .append(STYLE).append("</style></head>\n<body>\n<h1>")
                .append(Html.escape(title)).append("</h1>\n");
        environment(out, header);
        out.append("<section id=\"session\"><h2>").append(Messages.text("export.session"))
                .append("</h2>\n");
        snippets.forEach(s -> snippet(out, s));
        out.append("</section>\n");
        hypotheses(out, hypotheses);
        return out.append("</body></html>\n").toString();
    }

    private static void environment(StringBuilder out, List<Map.Entry<String, String>> header) {
        out.append("<section id=\"environment\"><h2>").append(Messages.text("export.environment"))
                .append("</h2><table>\n");
        for (Map.Entry<String, String> e : header) {
            out.append("<tr><th>").append(Html.escape(e.getKey())).append("</th><td>")
                    .append(Html.escape(e.getValue())).append("</td></tr>\n");
        }
        out.append("</table></section>\n");
    }

    private static void snippet(StringBuilder out, Snippet s) {
        out.append("<div class=\"snippet\"><pre class=\"code\">").append(Html.escape(s.code()))
                .append("</pre>\n");
        block(out, "output", Recording.abbreviate(s.output(), Recording.KEEP));
        block(out, "value", Recording.abbreviate(s.value(), Recording.KEEP));
        block(out, "error", s.error());
        for (ChartLog.Entry chart : s.charts()) {
            out.append("<figure><img alt=\"").append(Html.escape(chart.title()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(chart.png()))
                    .append("\"><figcaption>").append(Html.escape(chart.title()))
                    .append("</figcaption></figure>\n");
        }
        out.append("</div>\n");
    }

    private static void block(StringBuilder out, String kind, String text) {
        if (!text.isBlank()) {
            out.append("<pre class=\"").append(kind).append("\">")
                    .append(Html.escape(Html.terminalText(text).stripTrailing()))
                    .append("</pre>\n");
        }
    }

    private static void hypotheses(StringBuilder out, List<Hypothesis> hypotheses) {
        if (hypotheses.isEmpty()) {
            return;
        }
        out.append("<section id=\"hypotheses\"><h2>").append(Messages.text("export.hypotheses"))
                .append("</h2><table>\n<tr><th>").append(Messages.text("export.statement"))
                .append("</th><th>").append(Messages.text("export.evidence")).append("</th><th>")
                .append(Messages.text("export.verdict")).append("</th></tr>\n");
        for (Hypothesis h : hypotheses) {
            out.append("<tr><td>").append(Html.escape(h.statement())).append("</td><td>")
                    .append(Html.escape(h.evidence())).append("</td><td>")
                    .append(Html.escape(h.verdict())).append("</td></tr>\n");
        }
        out.append("</table></section>\n");
    }

    /** The hypotheses the session recorded with {@code Hypotheses.add}, in order. */
    public static List<Hypothesis> recordedHypotheses() {
        return Hypotheses.all().stream()
                .map(h -> new Hypothesis(h.statement(), h.evidence(), h.verdictText()))
                .toList();
    }
}
