package nnshell.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jdk.jshell.SourceCodeAnalysis;

import nnshell.data.DataLog;
import nnshell.data.Hypotheses;
import nnshell.plot.ChartLog;
import nnshell.shell.Engine;
import nnshell.shell.spi.EvalResult;

/**
 * Runs a saved script in a fresh engine (after the startup scripts) and compares every value
 * it shows with the one recorded.
 *
 * <pre>{@code Replay r = new Replayer(0).replay(Script.parse(text));}</pre>
 */
public final class Replayer {
    private final ValueMatch match;

    /** A replayer whose numbers may differ by at most {@code tolerance} (0: exactly). */
    public Replayer(double tolerance) {
        this.match = new ValueMatch(tolerance);
    }

    /**
     * Why the script cannot be replayed at all: a step that ends in the middle of a snippet
     * (the file was cut short, say); empty when it can.
     */
    public static Optional<String> unusable(Script script, Engine engine) {
        SourceCodeAnalysis analysis = engine.jshell().sourceCodeAnalysis();
        for (Script.Step step : script.steps()) {
            Optional<String> problem = incomplete(step, analysis);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> incomplete(Script.Step step, SourceCodeAnalysis analysis) {
        String rest = step.code();
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                return Script.onlyComments(rest) ? Optional.empty()
                        : Optional.of(Messages.text("replay.truncated", step.line(),
                                firstLine(rest)));
            }
            rest = info.remaining();
        }
        return Optional.empty();
    }

    /** Replays the script in a new engine, which is closed afterwards. */
    public Replay replay(Script script) {
        try (Engine engine = new Engine()) {
            return replay(script, engine);
        }
    }

    /** Replays the script in the given engine, after running the startup scripts in it. */
    public Replay replay(Script script, Engine engine) {
        DataLog.clear();
        Hypotheses.clear();
        StartupScripts.sources().forEach(engine::eval);
        List<Replay.StepResult> steps = new ArrayList<>();
        for (Script.Step step : script.steps()) {
            steps.add(run(step, engine));
        }
        List<String> differences = new ArrayList<>(
                Environment.of(script.header()).differencesFrom(Environment.current()));
        differences.addAll(dataDifferences(script.data(), DataLog.filesRead()));
        return new Replay(steps, differences);
    }

    private Replay.StepResult run(Script.Step step, Engine engine) {
        List<EvalResult> results = new ArrayList<>();
        List<List<ChartLog.Entry>> charts = new ArrayList<>();
        for (String snippet : engine.split(step.code())) {
            int before = ChartLog.count();
            results.addAll(engine.eval(snippet));
            charts.add(ChartLog.since(before));
        }
        String actual = results.stream().map(ScriptWriter::expectation)
                .filter(v -> !v.isEmpty()).reduce((a, b) -> b).orElse("");
        return new Replay.StepResult(step, results, actual, outcome(step, results, actual),
                charts);
    }

    private Replay.Outcome outcome(Script.Step step, List<EvalResult> results, String actual) {
        if (!results.stream().allMatch(EvalResult::ok)) {
            return Replay.Outcome.FAILED;
        }
        if (step.expected() == null) {
            return Replay.Outcome.RAN;
        }
        return match.matches(step.expected(), actual)
                ? Replay.Outcome.MATCHED : Replay.Outcome.DIFFERENT;
    }

    private static List<String> dataDifferences(Map<String, String> recorded,
            Map<String, String> now) {
        List<String> lines = new ArrayList<>();
        recorded.forEach((file, sha) -> {
            String current = now.get(file);
            if (current == null) {
                lines.add(Messages.text("replay.data.unread", file));
            } else if (!current.equalsIgnoreCase(sha)) {
                lines.add("data " + file + ": " + sha + " -> " + current);
            }
        });
        return lines;
    }

    private static String firstLine(String code) {
        String line = code.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
