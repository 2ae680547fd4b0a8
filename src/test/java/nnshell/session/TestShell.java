package nnshell.session;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nnshell.console.Console;
import nnshell.shell.Engine;
import nnshell.shell.spi.EvalListener;
import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/** A shell context over a real engine, as the shell gives commands, with its output captured. */
final class TestShell implements ShellContext, AutoCloseable {
    private final Engine engine = new Engine();
    private final List<EvalResult> history = new ArrayList<>();
    private final List<EvalListener> listeners = new ArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Console console = Console.plain(
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    private final Path stateDir;

    TestShell(Path stateDir) {
        this.stateDir = stateDir;
        StartupScripts.sources().forEach(engine::eval);
    }

    /** What commands printed so far. */
    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Override
    public Console console() {
        return console;
    }

    @Override
    public Locale locale() {
        return Locale.ENGLISH;
    }

    /** Evaluates snippet by snippet, telling listeners after each, as typing them would. */
    @Override
    public List<EvalResult> eval(String source) {
        List<EvalResult> results = new ArrayList<>();
        for (String snippet : engine.split(source)) {
            for (EvalResult r : engine.eval(snippet)) {
                history.add(r);
                listeners.forEach(l -> l.evaluated(r));
                results.add(r);
            }
        }
        return results;
    }

    @Override
    public Optional<Object> variable(String name) {
        return engine.variable(name);
    }

    @Override
    public List<String> variableNames() {
        return engine.variableNames();
    }

    @Override
    public List<EvalResult> history() {
        return List.copyOf(history);
    }

    @Override
    public void addListener(EvalListener listener) {
        listeners.add(listener);
    }

    @Override
    public Path stateDir() {
        return stateDir;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void close() {
        engine.close();
    }
}
