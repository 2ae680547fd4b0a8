package nnshell.shell;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

import nnshell.console.Console;
import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.EvalResult.Status;

/**
 * A JShell that runs snippets in this JVM (the local execution engine), so the DSL's classes
 * and objects are shared between the shell and the student's code.
 *
 * <p>This is the evaluation core that the interactive shell, lesson checks and replays share.
 * Snippets that call {@code System.exit} are refused, a stopped snippet reports
 * {@link Status#STOPPED}, and errors come back as sentences for the student.
 */
public final class Engine implements AutoCloseable {
    /**
     * Classes whose class path entries the compiler sees from the start: the shell's own and
     * what the default startup script imports. Listing every jar of the class path costs the
     * first snippet about 300 ms, so the rest is added later ({@link #widenClassPath()}).
     */
    private static final List<String> FIRST_CLASSES = List.of(
            "nnshell/shell/Engine.class", "tech/tablesaw/api/Table.class");

    /**
     * How many unnamed values ({@code $12}) stay defined. JShell compiles every snippet against
     * all the definitions that are active, so each one kept makes every later snippet slower
     * (about 0.05 ms each here): after 400 values a snippet took 33 ms instead of 17 ms.
     */
    static final int KEPT_TEMPORARIES = 50;

    private final JShell jshell;
    private final ErrorText errors;
    private final Deque<VarSnippet> temporaries = new ArrayDeque<>();
    private final Set<String> retired = ConcurrentHashMap.newKeySet();
    private final String ownEntry;
    private volatile boolean narrow;
    private volatile boolean stopRequested;
    private volatile String refusedCall;
    private volatile JShellException lastException;

    /** A fresh engine with the JVM's class path visible to snippets. */
    public Engine() {
        ExitRefusal.install();
        List<File> first = FIRST_CLASSES.stream().map(Engine::entryOf).flatMap(Optional::stream)
                .distinct().collect(Collectors.toList());
        ExitGuard guard = new ExitGuard(call -> refusedCall = call);
        JShell.Builder builder = JShell.builder().executionEngine(guard, Map.of());
        if (first.size() == FIRST_CLASSES.size()) {
            ownEntry = first.get(0).getPath();
            narrow = true;
            builder.fileManager(manager -> narrowed(manager, first));
        } else {
            ownEntry = null;
            builder.compilerOptions("-classpath", System.getProperty("java.class.path"));
        }
        jshell = builder.build();
        jshell.onSnippetEvent(event -> {
            if (event.status() == Snippet.Status.DROPPED
                    && event.snippet() instanceof VarSnippet v) {
                guard.releaseVariable(v.name());
            }
        });
        errors = new ErrorText(jshell, retired::contains);
    }

    /** The class path entry (jar or folder) a class file is loaded from, if it is a file. */
    private static Optional<File> entryOf(String classFile) {
        URL url = ClassLoader.getSystemResource(classFile);
        if (url == null) {
            return Optional.empty();
        }
        try {
            String spec = url.toString();
            if (spec.startsWith("jar:file:")) {
                String jar = spec.substring("jar:".length(), spec.indexOf("!/"));
                return Optional.of(new File(new URL(jar).toURI()));
            }
            if (spec.startsWith("file:")) {
                File file = new File(url.toURI());
                String path = file.getPath();
                String relative = classFile.replace('/', File.separatorChar);
                return Optional.of(new File(path.substring(0, path.length() - relative.length())));
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private StandardJavaFileManager narrowed(StandardJavaFileManager manager, List<File> first) {
        try {
            manager.setLocation(StandardLocation.CLASS_PATH, first);
        } catch (IOException e) {
            narrow = false;
        }
        return manager;
    }

    /**
     * Lets the compiler see the whole class path, if it does not yet, and reads the jars' lists
     * of classes now rather than in the student's next snippet. The shell calls it when idle;
     * a snippet that does not compile without it calls it too, and is tried again.
     *
     * @return true if the class path was widened by this call
     */
    public boolean widenClassPath() {
        synchronized (this) {
            if (!narrow) {
                return false;
            }
            narrow = false;
        }
        // JShell adds the entry to the whole class path of the JVM, which already holds it
        jshell.addToClasspath(ownEntry);
        jshell.sourceCodeAnalysis().analyzeType("0", 1);
        return true;
    }

    /** The underlying JShell, for completion and documentation. */
    public JShell jshell() {
        return jshell;
    }

    /** Evaluates source that may hold several snippets; one result per snippet, in order. */
    public List<EvalResult> eval(String source) {
        List<EvalResult> results = new ArrayList<>();
        for (String snippet : split(source)) {
            EvalResult result = evalOne(snippet);
            results.add(result);
            if (result.status() == Status.STOPPED) {
                break;
            }
        }
        return results;
    }

    /**
     * Splits source into complete snippets, as if it were typed line by line: a line that
     * completes a snippet ends it ({@code int a = 1} needs no semicolon), unless the next line
     * goes on with it ({@code .fit(x, y)} under {@code model}). An incomplete tail becomes one
     * last snippet.
     */
    public List<String> split(String source) {
        Pieces pieces = pieces(source);
        List<String> snippets = new ArrayList<>(pieces.complete());
        if (!pieces.tail().isBlank()) {
            snippets.add(pieces.tail().strip());
        }
        return snippets;
    }

    /** Whether {@code source} ends inside an unfinished snippet (an open brace, say). */
    public boolean incomplete(String source) {
        return !pieces(source).tail().isBlank();
    }

    /** Complete snippets, and what is left after them (blank, or an unfinished snippet). */
    private record Pieces(List<String> complete, String tail) {
    }

    private Pieces pieces(String source) {
        SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
        List<String> complete = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        String pending = "";
        for (int i = 0; i < lines.length; i++) {
            pending = pending + lines[i] + (i + 1 < lines.length ? "\n" : "");
            if (i + 1 < lines.length && continuesAbove(lines[i + 1])) {
                continue;
            }
            while (!pending.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                SourceCodeAnalysis.Completeness c = info.completeness();
                if (c == SourceCodeAnalysis.Completeness.EMPTY) {
                    pending = "";
                } else if (c.isComplete()) {
                    complete.add(info.source().strip());
                    pending = info.remaining();
                } else {
                    break;
                }
            }
        }
        return new Pieces(complete, pending);
    }

    /** Whether a line goes on with the line above: it starts with a dot or an operator. */
    private static boolean continuesAbove(String line) {
        String s = line.stripLeading();
        if (s.isEmpty() || s.startsWith("//") || s.startsWith("/*") || s.startsWith("++")
                || s.startsWith("--")) {
            return false;
        }
        return ".+-*/%&|^?:),]=".indexOf(s.charAt(0)) >= 0;
    }

    /** Asks the snippet running now to stop; its result will say STOPPED. */
    public void stop() {
        stopRequested = true;
        StopThrough.stopping(true);
        jshell.stop();
    }

    /** The full stack trace of the last exception a snippet threw, empty if none did. */
    public String lastTrace() {
        JShellException e = lastException;
        return e == null ? "" : ErrorText.fullTrace(e);
    }

    /** The value of a session variable, read directly (snippets share this JVM). */
    public Optional<Object> variable(String name) {
        Optional<VarSnippet> var = jshell.variables()
                .filter(v -> v.name().equals(name))
                .filter(v -> jshell.status(v).isActive())
                .reduce((first, second) -> second);
        if (var.isEmpty()) {
            return Optional.empty();
        }
        List<EvalResult> read = eval("nnshell.shell.Bridge.put(" + name + ")");
        jshell.snippets().filter(s -> s.source().startsWith("nnshell.shell.Bridge.put("))
                .forEach(jshell::drop);
        if (read.isEmpty() || !read.get(0).ok()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Bridge.take());
    }

    /** Names of the active variables, in declaration order. */
    public List<String> variableNames() {
        return jshell.variables()
                .filter(v -> jshell.status(v).isActive())
                .map(VarSnippet::name)
                .filter(n -> !n.startsWith("$"))
                .distinct()
                .collect(Collectors.toList());
    }

    /** What a declared name is, as jshell says it: "method f(int)", "class Foo", "variable x". */
    public String describe(String name) {
        return jshell.snippets()
                .filter(s -> jshell.status(s).isActive())
                .filter(s -> s instanceof DeclarationSnippet d && d.name().equals(name))
                .reduce((first, second) -> second)
                .map(Engine::describe)
                .orElse(name);
    }

    static String describe(Snippet s) {
        if (s instanceof MethodSnippet m) {
            return Messages.get("kind.method") + " " + m.name() + "(" + m.parameterTypes() + ")";
        }
        if (s instanceof TypeDeclSnippet t) {
            return Messages.get("kind." + t.subKind().name()) + " " + t.name();
        }
        if (s instanceof VarSnippet v) {
            return Messages.get("kind.variable") + " " + v.name();
        }
        return s.source();
    }

    private EvalResult evalOne(String snippet) {
        stopRequested = false;
        StopThrough.stopping(false);
        refusedCall = null;
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<SnippetEvent> events;
        Console console = Console.current();
        try (PrintStream tee = new PrintStream(new TeeStream(original, captured), true,
                StandardCharsets.UTF_8)) {
            System.setOut(tee);
            Console.install(new CapturingConsole(console, captured));
            ExitGuard.takeFingerprint();
            events = jshell.eval(snippet);
            if (narrow && refusedCall == null && needsWholeClassPath(events)
                    && widenClassPath()) {
                events = jshell.eval(snippet);
            }
        } finally {
            Console.install(console);
            System.setOut(original);
        }
        String output;
        synchronized (captured) {
            output = captured.toString(StandardCharsets.UTF_8);
        }
        EvalResult result = toResult(snippet, events, output, ExitGuard.takeFingerprint());
        retireOldTemporaries(events);
        return result;
    }

    /** Keeps the last {@link #KEPT_TEMPORARIES} unnamed values and drops older ones. */
    private void retireOldTemporaries(List<SnippetEvent> events) {
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null && event.snippet() instanceof VarSnippet v
                    && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                    && jshell.status(v).isActive()) {
                temporaries.addLast(v);
            }
        }
        while (temporaries.size() > KEPT_TEMPORARIES) {
            VarSnippet oldest = temporaries.removeFirst();
            if (jshell.status(oldest).isActive()) {
                jshell.drop(oldest);
                retired.add(oldest.name());
            }
        }
    }

    /** Whether a snippet did not compile, or declared something it cannot use yet. */
    private static boolean needsWholeClassPath(List<SnippetEvent> events) {
        return events.stream().anyMatch(e -> e.status() == Snippet.Status.REJECTED
                || e.status() == Snippet.Status.RECOVERABLE_DEFINED
                || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED);
    }

    private EvalResult toResult(String source, List<SnippetEvent> events, String output,
            String fingerprint) {
        if (refusedCall != null) {
            events.stream().filter(e -> e.causeSnippet() == null)
                    .forEach(e -> jshell.drop(e.snippet()));
            return new EvalResult(source, Status.REFUSED, "", output,
                    errors.refused(refusedCall), List.of());
        }
        List<String> declared = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (SnippetEvent event : events) {
            Snippet snippet = event.snippet();
            if (event.causeSnippet() != null) {
                continue;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                return new EvalResult(source, Status.COMPILE_ERROR, "", output,
                        errors.compileError(snippet), List.of());
            }
            Optional<String> refused = refusedAtRuntime(event.exception());
            if (refused.isPresent()) {
                return new EvalResult(source, Status.REFUSED, "", output,
                        errors.refused(refused.get()), declaredOf(snippet));
            }
            if (event.exception() != null) {
                lastException = event.exception();
                return new EvalResult(source, Status.EXCEPTION, "", output,
                        errors.exception(event.exception()), declaredOf(snippet));
            }
            if (snippet instanceof DeclarationSnippet decl) {
                declared.add(decl.name());
                notes.append(errors.unresolved(decl));
            }
            if (event.value() != null && snippet instanceof VarSnippet var) {
                value.append(var.name()).append(" ==> ").append(event.value());
            } else if (event.value() != null && snippet instanceof ExpressionSnippet named) {
                // a bare variable or an assignment shows as jshell shows it: "x ==> 5"
                value.append(named.name()).append(" ==> ").append(event.value());
            } else if (event.value() != null && !event.value().isEmpty()) {
                value.append(event.value());
            }
        }
        if (stopRequested) {
            return new EvalResult(source, Status.STOPPED, "", output,
                    Messages.get("stopped"), declared);
        }
        return new EvalResult(source, Status.OK, value.toString(), output,
                notes.toString().strip(), declared, fingerprint);
    }

    /** Whether a snippet reached System.exit by a way the bytecode check cannot see. */
    private static Optional<String> refusedAtRuntime(Throwable e) {
        String refused = ExitRefusal.Refused.class.getName();
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof EvalException ee && refused.equals(ee.getExceptionClassName())) {
                return Optional.ofNullable(ee.getMessage());
            }
        }
        return Optional.empty();
    }

    private static List<String> declaredOf(Snippet snippet) {
        return snippet instanceof DeclarationSnippet d ? List.of(d.name()) : List.of();
    }

    @Override
    public void close() {
        jshell.close();
    }
}
