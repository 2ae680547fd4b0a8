package nnshell.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.EvalResult.Status;

/**
 * A JShell that runs snippets in this JVM (the local execution engine), so the DSL's classes
 * and objects are shared between the shell and the student's code.
 *
 * <p>This is the evaluation core that the interactive shell, lesson checks and replays share.
 */
public final class Engine implements AutoCloseable {
    private final JShell jshell;
    private volatile boolean stopRequested;

    /** A fresh engine with the JVM's class path visible to snippets. */
    public Engine() {
        String classPath = System.getProperty("java.class.path");
        jshell = JShell.builder()
                .executionEngine("local")
                .compilerOptions("-classpath", classPath)
                .build();
    }

    /** The underlying JShell, for completion and documentation. */
    public JShell jshell() {
        return jshell;
    }

    /** Evaluates source that may hold several snippets; one result per snippet, in order. */
    public List<EvalResult> eval(String source) {
        List<EvalResult> results = new ArrayList<>();
        for (String snippet : split(source)) {
            results.add(evalOne(snippet));
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

    /** Asks the snippet running now to stop; its result will say STOPPED. */
    public void stop() {
        stopRequested = true;
        jshell.stop();
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

    private EvalResult evalOne(String snippet) {
        stopRequested = false;
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<SnippetEvent> events;
        try (PrintStream tee = new PrintStream(new TeeStream(original, captured), true,
                StandardCharsets.UTF_8)) {
            System.setOut(tee);
            events = jshell.eval(snippet);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        return toResult(snippet, events, output);
    }

    private EvalResult toResult(String source, List<SnippetEvent> events, String output) {
        List<String> declared = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (SnippetEvent event : events) {
            Snippet snippet = event.snippet();
            if (event.causeSnippet() != null) {
                continue;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                return new EvalResult(source, Status.COMPILE_ERROR, "", output,
                        diagnostics(snippet), List.of());
            }
            if (event.exception() != null) {
                return new EvalResult(source, Status.EXCEPTION, "", output,
                        exceptionMessage(event.exception()), List.of());
            }
            if (snippet instanceof jdk.jshell.DeclarationSnippet decl) {
                declared.add(decl.name());
            }
            if (event.value() != null && snippet instanceof VarSnippet var) {
                value.append(var.name()).append(" ==> ").append(event.value());
            } else if (event.value() != null && !event.value().isEmpty()) {
                value.append(event.value());
            }
        }
        Status status = stopRequested ? Status.STOPPED : Status.OK;
        return new EvalResult(source, status, value.toString(), output, "", declared);
    }

    private String diagnostics(Snippet snippet) {
        return jshell.diagnostics(snippet)
                .map(d -> d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    private static String exceptionMessage(JShellException e) {
        if (e instanceof EvalException ee) {
            String type = ee.getExceptionClassName();
            return type + (ee.getMessage() == null ? "" : ": " + ee.getMessage());
        }
        return String.valueOf(e.getMessage());
    }

    @Override
    public void close() {
        jshell.close();
    }

    /** Unused diagnostics helper kept for completeness of the API surface. */
    static boolean isError(Diag diag) {
        return diag.isError();
    }
}
