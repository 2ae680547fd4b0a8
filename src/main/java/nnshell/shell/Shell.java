package nnshell.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

import nnshell.console.Background;
import nnshell.console.Console;
import nnshell.console.Lang;
import nnshell.shell.spi.EvalListener;
import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/**
 * The shell without its terminal: evaluates typed input and slash commands, shows results,
 * tells listeners, and runs startup scripts. The interactive {@link Repl} and the headless
 * script runner both drive one of these, so lessons and replays see the same path as typing.
 */
public final class Shell implements ShellContext {
    /** How long input waits for slow startup scripts before the student is told why. */
    private static final int STARTUP_PATIENCE_SECONDS = 3;
    private final ShellOptions options;
    private final Object evalLock = new Object();
    private final Console console;
    private final boolean interactive;
    private final Commands commands;
    private final List<EvalListener> listeners = new CopyOnWriteArrayList<>();
    private final List<EvalResult> history = Collections.synchronizedList(new ArrayList<>());
    private final List<String> inputs = Collections.synchronizedList(new ArrayList<>());
    /** The snippet that started each student thread still referenced (weakly). */
    private final Map<Thread, EvalResult> threadStarters = new WeakHashMap<>();
    /** Inputs being run now, or waiting for the engine; the shell is idle when none is. */
    private final AtomicInteger submitting = new AtomicInteger();
    private volatile CompletableFuture<Engine> engine;
    /** The ids of the snippets the startup scripts defined, which /list leaves out. */
    private volatile Set<String> startupSnippets = Set.of();
    /** The engine while its startup scripts run (Ctrl-C may stop one), else null. */
    private volatile Engine startingEngine;
    /** The startup script and line running now ("f.jsh:3"), for a student who waits. */
    private volatile String startupPlace;
    private volatile Consumer<String> notices;
    private volatile boolean exitRequested;
    private volatile OptionalInt exitCode = OptionalInt.empty();
    private volatile boolean running;
    private volatile boolean commandRunning;
    private volatile long evaluations;
    private volatile long commandsRun;
    private volatile long stops;
    /** Where the input being run comes from ("f.jsh:12"), for error messages; or null. */
    private volatile String place;

    /**
     * A shell writing to {@code out}; its engine and startup scripts start in the background
     * at once, so a prompt can show before they are ready.
     */
    public Shell(ShellOptions options, Console console, boolean interactive) {
        this.options = options;
        this.console = console;
        this.interactive = interactive;
        this.notices = this::println;
        this.commands = new Commands(this);
        this.engine = startEngine();
    }

    private CompletableFuture<Engine> startEngine() {
        List<String> problems = new CopyOnWriteArrayList<>();
        CompletableFuture<Engine> starting = CompletableFuture.supplyAsync(() -> {
            Engine e = new Engine();
            startingEngine = e;
            try {
                runStartup(e, problems);
                startupSnippets = e.jshell().snippets().map(Snippet::id)
                        .collect(Collectors.toUnmodifiableSet());
            } finally {
                startingEngine = null;
                startupPlace = null;
            }
            return e;
        });
        // told only once the engine is done, so a prompt waiting for it is never blocked
        starting.thenRun(() -> problems.forEach(p -> notices.accept(p)));
        if (interactive) {
            starting.thenAccept(e -> {
                Background.whenIdle(() -> {
                    synchronized (evalLock) {
                        e.widenClassPath();
                    }
                });
                if (submitting.get() == 0) {
                    Background.idle();
                }
            });
        }
        return starting;
    }

    /** Waits for the startup scripts; says so if they take long, and how to stop them. */
    private void awaitStartup() {
        if (engine.isDone() || !interactive) {
            return;
        }
        try {
            engine.get(STARTUP_PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            String place = startupPlace;
            if (place != null) {
                println(Messages.get("startup.slow", place));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // engine() reports it
        }
    }

    /** The engine, waiting for it to finish starting if need be. */
    public Engine engine() {
        return engine.join();
    }

    /** Whether the engine has finished starting. */
    public boolean ready() {
        return engine.isDone();
    }

    /**
     * Runs {@code action} once the engine and the startup scripts are ready, in the
     * background, before any input typed meanwhile is evaluated. The prompt does not wait.
     */
    public CompletableFuture<Void> whenReady(Consumer<Shell> action) {
        return engine.thenRun(() -> {
            synchronized (evalLock) {
                try {
                    action.accept(this);
                } catch (RuntimeException e) {
                    System.getLogger("nnshell.shell").log(System.Logger.Level.WARNING,
                            "a start-up action failed", e);
                }
            }
        });
    }

    /** Where notices (startup errors) go; the REPL prints them above the prompt. */
    public void onNotice(Consumer<String> sink) {
        this.notices = sink;
    }

    // ---- input ----

    /**
     * Runs one complete input: a slash command or Java source of one or more snippets.
     *
     * @return true if everything in it succeeded
     */
    public boolean submit(String input) {
        String trimmed = input.strip();
        if (trimmed.isEmpty()) {
            return true;
        }
        inputs.add(trimmed);
        submitting.incrementAndGet();
        try {
            awaitStartup();
            if (trimmed.startsWith("/") && !trimmed.startsWith("//")
                    && !trimmed.startsWith("/*")) {
                return runCommand(trimmed);
            }
            return eval(trimmed).stream().allMatch(EvalResult::ok);
        } finally {
            if (submitting.decrementAndGet() == 0 && interactive && engine.isDone()) {
                Background.idle();
            }
        }
    }

    /**
     * Runs a whole script, as if typed line by line: commands on lines of their own, snippets
     * as soon as they are complete.
     *
     * @return true if every snippet and command succeeded
     */
    public boolean runScript(Reader source) throws IOException {
        return runScript(source, null);
    }

    /**
     * Runs a whole script as {@link #runScript(Reader)} does; errors start with the script's
     * name and the line where the failing snippet starts ("f.jsh:12: ...").
     *
     * @param name the file name or "&lt;stdin&gt;"; null for no prefix
     */
    public boolean runScript(Reader source, String name) throws IOException {
        BufferedReader lines = new BufferedReader(source);
        StringBuilder pending = new StringBuilder();
        boolean ok = true;
        String line;
        int number = 0;
        int start = 1;
        String outer = place;
        long stopsBefore = stops;
        try {
            while (stops == stopsBefore && (line = lines.readLine()) != null
                    && !exitRequested) {
                number++;
                if (number == 1) {
                    // a byte-order mark some editors write first is not part of the code
                    line = ScriptFiles.withoutBom(line);
                }
                if (pending.length() == 0) {
                    start = number;
                }
                if (pending.length() == 0 && line.strip().startsWith("/")
                        && !line.strip().startsWith("//") && !line.strip().startsWith("/*")) {
                    ok &= submitAt(name, number, line);
                    continue;
                }
                pending.append(line).append('\n');
                if (!engine().incomplete(pending.toString())) {
                    ok &= submitAt(name, start + leadingLines(pending.toString()),
                            pending.toString());
                    pending.setLength(0);
                }
            }
            if (stops != stopsBefore) {
                // Ctrl-C stops the whole script, not only the snippet running then
                error(Messages.get("script.stopped", name == null ? "<stdin>" : name, number));
                return false;
            }
            if (!pending.toString().isBlank()) {
                ok &= submitAt(name, start + leadingLines(pending.toString()),
                        pending.toString());
            }
        } finally {
            place = outer;
        }
        return ok;
    }

    private boolean submitAt(String name, int line, String input) {
        place = name == null ? null : name + ":" + line;
        return submit(input);
    }

    /** Runs a slash command; Ctrl-C meanwhile stops what it evaluates (a lesson's check). */
    private boolean runCommand(String line) {
        commandsRun++;
        commandRunning = true;
        try {
            return commands.run(line);
        } finally {
            commandRunning = false;
        }
    }

    /** Stops the snippet running now, as Ctrl-C does (a lesson's check time limit uses it). */
    @Override
    public void stop() {
        interrupt();
    }

    /**
     * Stops the snippet running now, if one is (Ctrl-C), also one a slash command runs. The
     * stop is repeated for a second, since a snippet still being compiled cannot be stopped
     * yet; during a command it is repeated until the command ends or the second is over.
     */
    public void interrupt() {
        Engine starting = startingEngine;
        if (starting != null) {
            // a startup script that does not finish must not keep the student waiting
            starting.stop();
            return;
        }
        if (!(running || commandRunning) || !engine.isDone()) {
            return;
        }
        long evaluation = evaluations;
        long command = commandsRun;
        boolean inCommand = commandRunning;
        BooleanSupplier same = inCommand
                ? () -> commandRunning && commandsRun == command
                : () -> running && evaluations == evaluation;
        engine().stop();
        Thread retry = new Thread(() -> {
            for (int i = 0; i < 10 && same.getAsBoolean(); i++) {
                sleep(100);
                if (same.getAsBoolean()) {
                    engine().stop();
                }
            }
            if (same.getAsBoolean()) {
                notices.accept(Messages.get("stop.caught"));
            }
        }, "nnshell-stop");
        retry.setDaemon(true);
        retry.start();
    }

    /** Whether a snippet is being evaluated now (typed, or run by a command). */
    public boolean running() {
        return running;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@code /exit} was given. */
    public boolean exitRequested() {
        return exitRequested;
    }

    /** Asks the shell to end, with the exit code given to {@code /exit N} if there was one. */
    void requestExit(OptionalInt code) {
        exitCode = code;
        exitRequested = true;
    }

    /** The exit code given with {@code /exit N}; empty if none was given. */
    public OptionalInt exitCode() {
        return exitCode;
    }

    /** Whether a snippet came from the startup scripts rather than the student. */
    boolean fromStartup(Snippet snippet) {
        engine();
        return startupSnippets.contains(snippet.id());
    }

    /** The inputs typed this session, in order (for {@code /history}). */
    List<String> inputs() {
        return List.copyOf(inputs);
    }

    /** The commands of this shell: built-in ones and those found with ServiceLoader. */
    public Commands commands() {
        return commands;
    }

    /** Starts over: a fresh engine, the startup scripts again, no snippets. */
    void reset() {
        Engine old = engine();
        engine = startEngine();
        old.close();
        history.clear();
        listeners.forEach(EvalListener::reset);
        engine();
    }

    // ---- ShellContext ----

    @Override
    public Console console() {
        return console;
    }

    @Override
    public Locale locale() {
        return Lang.locale();
    }

    @Override
    public List<EvalResult> eval(String source) {
        Engine e = engine();
        List<EvalResult> results = new ArrayList<>();
        // an interrupt meant for the prompt (Ctrl-C) must not cut this evaluation short
        Thread.interrupted();
        synchronized (evalLock) {
            // one snippet at a time: its output, value and charts show before the next runs
            for (String snippet : e.split(source)) {
                Set<Thread> before = StudentThreads.live();
                List<EvalResult> one = evalRunning(e, snippet);
                noteThreadsStarted(before, one);
                for (EvalResult result : one) {
                    history.add(result);
                    listeners.forEach(l -> l.evaluated(result));
                    show(result);
                    results.add(result);
                }
                if (one.stream().anyMatch(r -> r.status() == EvalResult.Status.STOPPED)) {
                    stops++;
                    break;
                }
            }
        }
        return results;
    }

    /** Remembers which snippet started each student thread, for {@code /threads stop}. */
    private void noteThreadsStarted(Set<Thread> before, List<EvalResult> results) {
        if (results.isEmpty() || !results.get(results.size() - 1).ok()) {
            return;
        }
        EvalResult starter = results.get(results.size() - 1);
        synchronized (threadStarters) {
            for (Thread t : StudentThreads.live()) {
                if (!before.contains(t)) {
                    threadStarters.put(t, starter);
                }
            }
        }
    }

    /** Tells listeners that {@code /threads stop} stopped these threads. */
    void threadsStopped(List<Thread> stopped) {
        List<EvalResult> starters;
        synchronized (threadStarters) {
            starters = stopped.stream().map(threadStarters::get).filter(Objects::nonNull)
                    .distinct().toList();
        }
        if (!starters.isEmpty()) {
            listeners.forEach(l -> l.threadsStopped(starters));
        }
    }

    /** Tells listeners that {@code /drop} removed the declarations with these names. */
    void dropped(List<String> names) {
        listeners.forEach(l -> l.dropped(names));
    }

    /** Evaluates without history, listeners or display: a lesson's check, for example. */
    @Override
    public List<EvalResult> evalQuietly(String source) {
        Engine e = engine();
        synchronized (evalLock) {
            return evalRunning(e, source);
        }
    }

    /** Runs {@code action} on the engine while no snippet runs, as a snippet would run. */
    <T> T withEngine(Function<Engine, T> action) {
        Engine e = engine();
        synchronized (evalLock) {
            return action.apply(e);
        }
    }

    /** Evaluates with {@link #running()} true, so Ctrl-C can stop it. */
    private List<EvalResult> evalRunning(Engine e, String source) {
        evaluations++;
        running = true;
        try {
            return e.eval(source);
        } finally {
            running = false;
        }
    }

    @Override
    public Optional<Object> variable(String name) {
        return engine().variable(name);
    }

    @Override
    public List<String> variableNames() {
        return engine().variableNames();
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
        return options.stateDir();
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    /** The options the shell started with. */
    public ShellOptions options() {
        return options;
    }

    // ---- output ----

    /** Prints a line for the student. */
    public void println(String text) {
        console.println(text);
    }

    /** Prints an error for the student, in red where colours are on. */
    public void error(String text) {
        String where = place;
        String placed = where == null ? text : where + ": " + text;
        println(options.color() ? "\033[31m" + placed + "\033[0m" : placed);
    }

    private void show(EvalResult result) {
        switch (result.status()) {
            case OK -> showOk(result);
            case STOPPED -> {
                println(result.message());
                Builtins.warnOfThreads(this);
            }
            default -> error(result.message());
        }
    }

    private void showOk(EvalResult result) {
        if (!result.value().isEmpty()) {
            println(result.value());
        } else if (interactive) {
            for (String name : result.declared()) {
                println(Messages.get("created", engine().describe(name)));
            }
        }
        if (!result.message().isEmpty()) {
            println(result.message());
        }
    }

    // ---- startup ----

    private void runStartup(Engine e, List<String> problems) {
        for (Path script : options.startupScripts()) {
            Optional<String> problem = ScriptFiles.problem(script);
            if (problem.isPresent()) {
                problems.add(Messages.get("startup.unreadable", script, problem.get()));
                continue;
            }
            try {
                runStartupScript(e, script, ScriptFiles.read(script), problems);
            } catch (CharacterCodingException ex) {
                problems.add(Messages.get("startup.unreadable", script,
                        ScriptFiles.notText()));
            } catch (IOException ex) {
                problems.add(Messages.get("startup.unreadable", script, ex.getMessage()));
            }
        }
    }

    private void runStartupScript(Engine e, Path script, String text, List<String> problems) {
        SourceCodeAnalysis analysis = e.jshell().sourceCodeAnalysis();
        String rest = text;
        int line = 1;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String snippet = info.completeness().isComplete() ? info.source() : rest;
            int lead = leadingLines(rest);
            startupPlace = script.getFileName() + ":" + (line + lead);
            for (EvalResult r : e.eval(snippet)) {
                if (r.status() == EvalResult.Status.STOPPED) {
                    problems.add(Messages.get("startup.stopped", script, line + lead));
                } else if (!r.ok()) {
                    problems.add(Messages.get("startup.failed", script, line + lead,
                            r.message()));
                }
            }
            int consumed = rest.length() - (info.completeness().isComplete()
                    ? info.remaining().length() : 0);
            line += countLines(rest.substring(0, consumed));
            rest = rest.substring(consumed);
        }
    }

    /** Lines before the snippet's first line of code (blank lines and // comments). */
    private static int leadingLines(String text) {
        int lines = 0;
        for (String l : text.split("\n", -1)) {
            if (!l.isBlank() && !l.strip().startsWith("//")) {
                break;
            }
            lines++;
        }
        return lines;
    }

    private static int countLines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
