package nnshell.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import nnshell.console.Console;
import nnshell.shell.Engine;
import nnshell.shell.spi.EvalResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Exports a saved session as one self-contained HTML file: runs the script again headless to
 * get each snippet's output and charts, then writes the page.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a saved session as one self-contained HTML file.")
public final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsh", description = "The saved session to export.")
    Path file;

    @Option(names = "--html", required = true, paramLabel = "OUT.html",
            description = "The HTML file to write.")
    Path html;

    @Override
    public Integer call() {
        Console console = Console.current();
        Script script;
        try {
            script = Script.parse(ScriptFile.read(file));
        } catch (ScriptFile.Unusable e) {
            console.println(e.getMessage());
            return 2;
        }
        try (Engine engine = new Engine()) {
            Optional<String> problem = Replayer.unusable(script, engine);
            if (problem.isPresent()) {
                throw new ScriptFile.Unusable(problem.get());
            }
            Headless.configure(file);
            Replay replay = Headless.quietly(() -> new Replayer(0).replay(script, engine));
            write(script, replay);
            console.println(Messages.text("export.done", html));
            return replay.steps().stream().allMatch(s -> s.failure().isEmpty()) ? 0 : 1;
        } catch (ScriptFile.Unusable e) {
            console.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            console.println(Messages.text("save.failed", html, e.getMessage()));
            return 1;
        }
    }

    private void write(Script script, Replay replay) throws IOException {
        String page = HtmlExport.page(header(script), snippets(replay),
                HtmlExport.recordedHypotheses());
        Path parent = html.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(html, page, StandardCharsets.UTF_8);
    }

    /**
     * The recorded header of the script (where the student ran it); for a script written by
     * hand, without one, where it ran now.
     */
    private static List<Map.Entry<String, String>> header(Script script) {
        if (script.header().isEmpty()) {
            return ScriptWriter.headerValues();
        }
        List<Map.Entry<String, String>> values = new ArrayList<>(script.header().entrySet());
        script.data().forEach((f, sha) -> values.add(Map.entry("data", f + " " + sha)));
        return values;
    }

    private static List<HtmlExport.Snippet> snippets(Replay replay) {
        List<HtmlExport.Snippet> snippets = new ArrayList<>();
        for (Replay.StepResult step : replay.steps()) {
            for (int i = 0; i < step.results().size(); i++) {
                EvalResult r = step.results().get(i);
                snippets.add(new HtmlExport.Snippet(r.source(), r.output(), r.value(),
                        r.message(), i < step.charts().size() ? step.charts().get(i) : List.of()));
            }
        }
        return snippets;
    }
}
