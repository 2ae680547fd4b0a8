package nnshell.shell;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

import nnshell.shell.spi.Command;
import nnshell.shell.spi.ShellContext;

/** The commands built into the shell: jshell's familiar ones plus /doc and /trace. */
final class Builtins {

    private Builtins() {
    }

    /** A built-in command: its names, the key of its help line and what it does. */
    private record Builtin(List<String> names, String key, BiPredicate<String, Shell> action)
            implements Command {

        @Override
        public String summary(ShellContext context) {
            return Messages.get("help." + key);
        }

        @Override
        public boolean run(String arguments, ShellContext context) {
            return action.test(arguments, (Shell) context);
        }

        @Override
        public List<String> complete(String argumentsSoFar, ShellContext context) {
            return List.of();
        }
    }

    static List<Command> all() {
        return List.of(
                new Builtin(List.of("help", "?"), "help", Builtins::help),
                new Builtin(List.of("list"), "list", Builtins::list),
                new Builtin(List.of("vars"), "vars", Builtins::vars),
                new Builtin(List.of("methods"), "methods", Builtins::methods),
                new Builtin(List.of("types"), "types", Builtins::types),
                new Builtin(List.of("imports"), "imports", Builtins::imports),
                new Builtin(List.of("drop"), "drop", Builtins::drop),
                new Builtin(List.of("history"), "history", Builtins::history),
                new Builtin(List.of("reset"), "reset", Builtins::reset),
                new Builtin(List.of("open"), "open", Builtins::open),
                new Builtin(List.of("doc"), "doc", Builtins::doc),
                new Builtin(List.of("trace"), "trace", Builtins::trace),
                new Builtin(List.of("threads"), "threads", Builtins::threads),
                new Builtin(List.of("exit"), "exit", Builtins::exit));
    }

    private static boolean help(String args, Shell shell) {
        if (!args.isEmpty()) {
            String name = args.startsWith("/") ? args.substring(1) : args;
            return shell.commands().find(name).map(c -> {
                shell.println("/" + c.names().get(0) + "\n" + c.help(shell));
                return true;
            }).orElseGet(() -> shell.commands().run("/" + name));
        }
        shell.println(Messages.get("help.header"));
        for (Command c : shell.commands().all()) {
            String name = String.format("  /%-10s", c.names().get(0));
            shell.println(name + " " + c.summary(shell));
        }
        shell.println(Messages.get("help.footer"));
        return true;
    }

    /**
     * {@code /list}: the student's active snippets, as jshell lists them; {@code -start} the
     * startup scripts' ones, {@code -all} every snippet (also dropped and failed ones),
     * {@code /list NAME} those declaring NAME or numbered NAME.
     */
    private static boolean list(String args, Shell shell) {
        JShell js = shell.engine().jshell();
        Predicate<Snippet> shown = switch (args) {
            case "" -> s -> js.status(s).isActive() && !shell.fromStartup(s);
            case "-start" -> shell::fromStartup;
            case "-all", "all" -> s -> true;
            default -> s -> js.status(s).isActive() && (s.id().equals(args)
                    || s instanceof DeclarationSnippet d && d.name().equals(args));
        };
        List<Snippet> listed = js.snippets().filter(shown)
                .filter(s -> !s.source().startsWith("nnshell.shell.Bridge.")).toList();
        if (listed.isEmpty() && !args.isEmpty() && !args.startsWith("-")) {
            shell.error(Messages.get("list.unknown", args));
            return false;
        }
        listed.forEach(s -> shell.println(String.format("%5s : %s", s.id(),
                s.source().strip().replace("\n", "\n        "))));
        return true;
    }

    private static boolean vars(String args, Shell shell) {
        JShell js = shell.engine().jshell();
        js.variables().filter(v -> js.status(v).isActive())
                .forEach(v -> shell.println("  " + v.typeName() + " " + v.name() + " = "
                        + value(js, v)));
        return true;
    }

    private static String value(JShell js, VarSnippet v) {
        try {
            return js.varValue(v);
        } catch (IllegalStateException e) {
            return "?";
        }
    }

    private static boolean methods(String args, Shell shell) {
        JShell js = shell.engine().jshell();
        js.methods().filter(m -> js.status(m).isActive())
                .forEach(m -> shell.println("  " + returnType(m) + " " + m.name() + "("
                        + m.parameterTypes() + ")"));
        return true;
    }

    private static String returnType(MethodSnippet m) {
        String signature = m.signature();
        return signature.substring(signature.lastIndexOf(')') + 1);
    }

    private static boolean types(String args, Shell shell) {
        JShell js = shell.engine().jshell();
        js.types().filter(t -> js.status(t).isActive())
                .forEach(t -> shell.println("  " + Engine.describe(t)));
        return true;
    }

    /** {@code /imports} as jshell shows them: "    import static java.lang.Math.*". */
    private static boolean imports(String args, Shell shell) {
        JShell js = shell.engine().jshell();
        js.imports().filter(i -> js.status(i).isActive())
                .forEach(i -> shell.println("    import " + (i.isStatic() ? "static " : "")
                        + i.fullname()));
        return true;
    }

    private static boolean drop(String args, Shell shell) {
        if (args.isEmpty()) {
            shell.error(Messages.get("drop.usage"));
            return false;
        }
        JShell js = shell.engine().jshell();
        boolean ok = true;
        List<String> dropped = new ArrayList<>();
        for (String target : args.split("\\s+")) {
            List<Snippet> found = js.snippets().filter(s -> js.status(s).isActive())
                    .filter(s -> s.id().equals(target)
                            || s instanceof DeclarationSnippet d && d.name().equals(target))
                    .collect(Collectors.toList());
            if (found.isEmpty()) {
                List<String> names = js.snippets().filter(s -> js.status(s).isActive())
                        .filter(s -> s instanceof DeclarationSnippet)
                        .map(s -> ((DeclarationSnippet) s).name()).toList();
                shell.error(Names.nearest(target, names)
                        .map(n -> Messages.get("drop.unknown.near", target, n))
                        .orElseGet(() -> Messages.get("drop.unknown", target)));
                ok = false;
            }
            for (Snippet s : found) {
                js.drop(s);
                shell.println(Messages.get("dropped", Engine.describe(s)));
                if (s instanceof DeclarationSnippet d) {
                    dropped.add(d.name());
                }
            }
        }
        if (!dropped.isEmpty()) {
            shell.dropped(dropped);
        }
        return ok;
    }

    private static boolean history(String args, Shell shell) {
        List<String> inputs = shell.inputs();
        inputs.subList(0, inputs.size() - 1).forEach(shell::println);
        return true;
    }

    private static boolean reset(String args, Shell shell) {
        shell.reset();
        shell.println(Messages.get("reset.done"));
        warnOfThreads(shell);
        return true;
    }

    /** Tells the student which threads their snippets started are still running. */
    static void warnOfThreads(Shell shell) {
        List<Thread> alive = StudentThreads.alive(null);
        if (!alive.isEmpty()) {
            shell.println(Messages.get("threads.still", StudentThreads.describe(alive)));
        }
    }

    private static boolean threads(String args, Shell shell) {
        List<Thread> alive = StudentThreads.alive(null);
        if (args.equals("stop")) {
            int stopped = StudentThreads.stop(alive);
            shell.threadsStopped(alive);
            shell.println(Messages.get("threads.stopped", stopped));
            return true;
        }
        if (!args.isEmpty()) {
            shell.error(Messages.get("threads.usage", args));
            return false;
        }
        shell.println(alive.isEmpty() ? Messages.get("threads.none")
                : Messages.get("threads.list", StudentThreads.describe(alive)));
        return true;
    }

    private static boolean open(String args, Shell shell) {
        if (args.isEmpty()) {
            shell.error(Messages.get("open.usage"));
            return false;
        }
        Path file = Path.of(args);
        Optional<String> problem = ScriptFiles.problem(file);
        if (problem.isPresent()) {
            shell.error(Messages.get("open.cannot", args, problem.get()));
            return false;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return shell.runScript(in, file.getFileName().toString());
        } catch (CharacterCodingException e) {
            shell.error(Messages.get("open.cannot", args, ScriptFiles.notText()));
            return false;
        } catch (IOException e) {
            shell.error(Messages.get("open.unreadable", args, e.getMessage()));
            return false;
        }
    }

    private static boolean doc(String args, Shell shell) {
        if (args.isEmpty()) {
            shell.error(Messages.get("doc.usage"));
            return false;
        }
        Docs docs = new Docs(shell.engine());
        String text = docs.forName(args);
        if (text.isEmpty()) {
            shell.error(docs.nearest(args)
                    .map(near -> Messages.get("doc.none.near", args, near))
                    .orElseGet(() -> Messages.get("doc.none", args)));
            return false;
        }
        shell.println(text);
        return true;
    }

    private static boolean trace(String args, Shell shell) {
        String trace = shell.engine().lastTrace();
        shell.println(trace.isEmpty() ? Messages.get("trace.none") : trace.stripTrailing());
        return true;
    }

    /** {@code /exit}, or as in jshell {@code /exit N}: leaves with exit code N. */
    private static boolean exit(String args, Shell shell) {
        if (args.isEmpty()) {
            shell.requestExit(OptionalInt.empty());
            return true;
        }
        OptionalInt code = exitCode(args, shell);
        if (code.isEmpty()) {
            shell.error(Messages.get("exit.usage", args));
            return false;
        }
        shell.requestExit(code);
        return true;
    }

    /** A number, or as jshell allows an int expression ({@code /exit failed ? 1 : 0}). */
    private static OptionalInt exitCode(String args, Shell shell) {
        try {
            return OptionalInt.of(Integer.parseInt(args));
        } catch (NumberFormatException notANumber) {
            List<SnippetEvent> events = shell.withEngine(e -> e.jshell().eval(args));
            for (SnippetEvent e : events) {
                String type = e.snippet() instanceof VarSnippet v ? v.typeName()
                        : e.snippet() instanceof ExpressionSnippet x ? x.typeName() : "";
                if (e.exception() == null && e.value() != null && type.equals("int")) {
                    return OptionalInt.of(Integer.parseInt(e.value()));
                }
            }
            return OptionalInt.empty();
        }
    }
}
