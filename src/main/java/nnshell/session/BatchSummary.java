package nnshell.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The summary of a batch replay: one CSV and one HTML table, a row per script. */
final class BatchSummary {
    static final String CSV = "replay-summary.csv";
    static final String HTML = "replay-summary.html";

    private BatchSummary() {
    }

    /** Writes both files into {@code dir}. */
    static void write(List<BatchResult> results, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(CSV), csv(results), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(HTML), html(results), StandardCharsets.UTF_8);
    }

    static String csv(List<BatchResult> results) {
        StringBuilder out = new StringBuilder("script,reproduced,total,seconds,reason\n");
        for (BatchResult r : results) {
            out.append(quote(r.script())).append(',').append(r.reproduced()).append(',')
                    .append(r.total()).append(',').append(seconds(r)).append(',')
                    .append(quote(r.reason())).append('\n');
        }
        return out.toString();
    }

    static String html(List<BatchResult> results) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head>"
                + "<meta charset=\"utf-8\">"
                + "<title>" + Html.escape(Messages.text("batch.title")) + "</title><style>"
                + "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #bbb;padding:4px 10px;text-align:left}"
                + ".ok{background:#e6f4e6}.fail{background:#fbe3e3}</style></head><body>\n");
        out.append("<h1>").append(Html.escape(Messages.text("batch.title"))).append("</h1>\n");
        out.append("<table>\n<tr><th>script</th><th>reproduced</th><th>time (s)</th>"
                + "<th>reason</th></tr>\n");
        for (BatchResult r : results) {
            out.append("<tr class=\"").append(r.ok() ? "ok" : "fail").append("\"><td>")
                    .append(Html.escape(r.script())).append("</td><td>").append(r.reproduced())
                    .append('/').append(r.total()).append("</td><td>").append(seconds(r))
                    .append("</td><td>").append(Html.escape(r.reason())).append("</td></tr>\n");
        }
        return out.append("</table>\n</body></html>\n").toString();
    }

    private static String seconds(BatchResult r) {
        return String.format(Locale.ROOT, "%.1f", r.seconds());
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
