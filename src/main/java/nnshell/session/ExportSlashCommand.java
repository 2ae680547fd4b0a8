package nnshell.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nnshell.shell.spi.Command;
import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/** {@code /export html FILE}: the session so far as one self-contained HTML page. */
public final class ExportSlashCommand implements Command {

    @Override
    public List<String> names() {
        return List.of("export");
    }

    @Override
    public String summary(ShellContext context) {
        return Messages.text("export.summary");
    }

    @Override
    public List<String> complete(String argumentsSoFar, ShellContext context) {
        return "html".startsWith(argumentsSoFar.strip()) ? List.of("html") : List.of();
    }

    @Override
    public boolean run(String arguments, ShellContext context) {
        String[] words = arguments.strip().split("\\s+", 2);
        if (words.length < 2 || !words[0].equals("html")) {
            context.console().println(Messages.text("export.usage", arguments.strip()));
            return false;
        }
        try {
            Path file = SaveCommand.target(words[1], ".html");
            write(file, snippets(context));
            context.console().println(Messages.text("export.done", file));
            return true;
        } catch (IllegalArgumentException e) {
            context.console().println(e.getMessage());
        } catch (IOException e) {
            context.console().println(Messages.text("save.failed", words[1], e.getMessage()));
        }
        return false;
    }

    private static List<HtmlExport.Snippet> snippets(ShellContext context) {
        SessionLog log = SessionStartup.log(context);
        List<SessionLog.Entry> entries = log != null ? log.entries()
                : context.history().stream().map(r -> new SessionLog.Entry(r, 0, 0)).toList();
        return entries.stream().filter(e -> e.result().ok()).map(e -> snippet(e)).toList();
    }

    private static HtmlExport.Snippet snippet(SessionLog.Entry e) {
        EvalResult r = e.result();
        return new HtmlExport.Snippet(r.source(), r.output(), r.value(), "", e.charts());
    }

    private static void write(Path file, List<HtmlExport.Snippet> snippets) throws IOException {
        String page = HtmlExport.page(ScriptWriter.headerValues(), snippets,
                HtmlExport.recordedHypotheses());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, page, StandardCharsets.UTF_8);
    }
}
