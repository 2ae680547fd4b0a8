package nnshell.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import nnshell.console.Console;
import nnshell.shell.Engine;
import nnshell.shell.spi.EvalListener;
import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/**
 * A shell context without a terminal: a fresh {@link Engine} with the startup scripts
 * evaluated, for checking lessons in CI and for tests.
 *
 * <pre>{@code try (var ctx = HeadlessContext.start(console, Locale.ENGLISH, stateDir)) {...}}</pre>
 */
public final class HeadlessContext implements ShellContext, AutoCloseable {
    private final Engine engine;
    private final Console console;
    private final Locale locale;
    private final Path stateDir;
    private final List<EvalResult> history = new CopyOnWriteArrayList<>();
    private final List<EvalListener> listeners = new CopyOnWriteArrayList<>();

    private HeadlessContext(Engine engine, Console console, Locale locale, Path stateDir) {
        this.engine = engine;
        this.console = console;
        this.locale = locale;
        this.stateDir = stateDir;
    }

    /**
     * A fresh engine with every {@code startup-scripts/*.jsh} of {@code nnshell.home}
     * evaluated; a startup snippet that fails is reported on the console.
     */
    public static HeadlessContext start(Console console, Locale locale, Path stateDir) {
        HeadlessContext context = new HeadlessContext(new Engine(), console, locale, stateDir);
        for (Path script : startupScripts()) {
            context.runStartup(script);
        }
        return context;
    }

    private void runStartup(Path script) {
        try {
            String source = Files.readString(script, StandardCharsets.UTF_8);
            for (EvalResult r : engine.eval(source)) {
                if (!r.ok()) {
                    console.println(Msg.text(locale, "headless.startupFailed",
                            script.getFileName(), r.source().lines().findFirst().orElse(""),
                            r.message()));
                }
            }
        } catch (IOException e) {
            console.println(Msg.text(locale, "headless.startupUnreadable", script,
                    e.getMessage()));
        }
    }

    /** The startup scripts of {@code nnshell.home} (or the working directory), by name. */
    static List<Path> startupScripts() {
        String home = System.getProperty("nnshell.home", ".");
        Path dir = Path.of(home.isBlank() ? "." : home, "startup-scripts");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public Console console() {
        return console;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    /**
     * Evaluates snippet by snippet and tells listeners after each, as if they were typed one
     * at a time: a session log then gives each chart to the snippet that drew it.
     */
    @Override
    public List<EvalResult> eval(String source) {
        List<EvalResult> results = new ArrayList<>();
        for (String snippet : engine.split(source)) {
            List<EvalResult> told = engine.eval(snippet);
            for (EvalResult r : told) {
                listeners.forEach(l -> l.evaluated(r));
                history.add(r);
            }
            results.addAll(told);
            if (told.stream().anyMatch(r -> r.status() == EvalResult.Status.STOPPED)) {
                break;
            }
        }
        return results;
    }

    @Override
    public List<EvalResult> evalQuietly(String source) {
        return engine.eval(source);
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
        return new ArrayList<>(history);
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
    public void stop() {
        engine.stop();
    }

    @Override
    public void close() {
        engine.close();
    }
}
