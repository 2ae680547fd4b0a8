package nnshell.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
    private final JShell jshell;
    private final ErrorText errors;
    private volatile boolean stopRequested;
    private volatile String refusedCall;
    private volatile JShellException lastException;

    /** A fresh engine with the JVM's class path visible to snippets. */
    public Engine() {
        String classPath = System.getProperty("java.class.path");
        ExitRefusal.install();
        jshell = JShell.builder()
                .executionEngine(new ExitGuard(call -> refusedCall = call), Map.of())
                .compilerOptions("-classpath", classPath)
                .build();
        errors = new ErrorText(jshell);
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

    /** Splits source into complete snippets; an incomplete tail becomes one last snippet. */
    public List<String> split(String source) {
        SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
        List<String> snippets = new ArrayList<>();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                snippets.add(rest.strip());
                break;
            }
            snippets.add(info.source().strip());
            rest = info.remaining();
        }
        return snippets;
    }

    /** Whether {@code source} ends inside an unfinished snippet (an open brace, say). */
    public boolean incomplete(String source) {
        SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                    return true;
                default:
                    rest = info.remaining();
            }
        }
        return false;
    }

    /** Asks the snippet running now to stop; its result will say STOPPED. */
    public void stop() {
        stopRequested = true;
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
        refusedCall = null;
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<SnippetEvent> events;
        Console console = Console.current();
        try (PrintStream tee = new PrintStream(new TeeStream(original, captured), true,
                StandardCharsets.UTF_8)) {
            System.setOut(tee);
            Console.install(new CapturingConsole(console, captured));
            events = jshell.eval(snippet);
        } finally {
            Console.install(console);
            System.setOut(original);
        }
        String output;
        synchronized (captured) {
            output = captured.toString(StandardCharsets.UTF_8);
        }
        return toResult(snippet, events, output);
    }

    private EvalResult toResult(String source, List<SnippetEvent> events, String output) {
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
                notes.toString().strip(), declared);
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
