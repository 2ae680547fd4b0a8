package nnshell.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;

import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp;

import nnshell.console.Console;
import nnshell.shell.spi.StartupHook;

/**
 * The interactive shell on a terminal: reads snippets and commands with JLine (history,
 * completion, highlighting, multi-line input), evaluates them through a {@link Shell}, and
 * stops a running snippet on Ctrl-C.
 *
 * <p>It takes its terminal in the constructor, so tests drive it over piped streams:
 * {@code new Repl(Repl.dumbTerminal(in, out), options, true).run()}.
 */
public final class Repl {
    private static final String APP = "nnshell";
    /** The name of the system terminal made for TERM=dumb, which passes keys one by one. */
    private static final String DUMB_KEY_BY_KEY = "nnshell dumb terminal";
    private static final String PROMPT = "nn> ";
    private static final String DOC_WIDGET = "nnshell-doc";

    private final Terminal terminal;
    private final Console before;
    private final ShellOptions options;
    private final boolean captureSystemOut;
    private final Shell shell;
    private final boolean dumb;
    private final LineReader reader;

    /**
     * A REPL on {@code terminal}. With {@code captureSystemOut}, what snippets print to
     * System.out goes to the terminal too (for terminals over piped streams).
     */
    public Repl(Terminal terminal, ShellOptions options, boolean captureSystemOut) {
        this.terminal = terminal;
        this.options = options;
        this.captureSystemOut = captureSystemOut;
        this.dumb = Terminal.TYPE_DUMB.equals(terminal.getType())
                || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        TerminalConsole console = new TerminalConsole(terminal, !dumb);
        this.before = Console.current();
        Console.install(console);
        ShellOptions effective = dumb && options.color()
                ? options.withoutColor() : options;
        this.shell = new Shell(effective, console, true);
        this.reader = buildReader(effective.color());
        console.attach(reader);
    }

    /** A terminal without any terminal features over the given streams, for tests. */
    public static Terminal dumbTerminal(InputStream in, OutputStream out) throws IOException {
        return TerminalBuilder.builder().system(false).streams(in, out).type(Terminal.TYPE_DUMB)
                .encoding(StandardCharsets.UTF_8).build();
    }

    /** The terminal this process runs in. */
    public static Terminal systemTerminal() throws IOException {
        if ("dumb".equals(System.getenv("TERM")) && System.getenv("INSIDE_EMACS") == null) {
            Optional<Terminal> keyByKey = dumbSystemTerminal();
            if (keyByKey.isPresent()) {
                return keyByKey.get();
            }
        }
        return TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
    }

    /**
     * The system terminal as a dumb one that still passes every key at once. For TERM=dumb
     * JLine leaves the terminal line by line, so Tab would reach the shell only with Enter.
     * Emacs's shell buffers (INSIDE_EMACS) edit the line themselves and keep JLine's way.
     */
    private static Optional<Terminal> dumbSystemTerminal() {
        for (String provider : List.of("jni", "exec")) {
            try {
                return Optional.of(TerminalProvider.load(provider).sysTerminal(DUMB_KEY_BY_KEY,
                        Terminal.TYPE_DUMB, false, StandardCharsets.UTF_8, true,
                        Terminal.SignalHandler.SIG_DFL, false, SystemStream.Output));
            } catch (IOException | RuntimeException | LinkageError e) {
                System.getLogger("nnshell.shell").log(System.Logger.Level.DEBUG,
                        "no " + provider + " terminal for TERM=dumb", e);
            }
        }
        return Optional.empty();
    }

    /** The shell behind the terminal. */
    public Shell shell() {
        return shell;
    }

    private LineReader buildReader(boolean color) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LineReader.SECONDARY_PROMPT_PATTERN, "...> ");
        variables.put(LineReader.HISTORY_SIZE, 2000);
        historyFile().ifPresent(f -> variables.put(LineReader.HISTORY_FILE, f));
        // nobody echoes keys on a dumb terminal in raw mode: the reader shows each one itself
        LineReaderImpl built = DUMB_KEY_BY_KEY.equals(terminal.getName())
                ? new DumbLineReader(terminal, APP, variables)
                : new LineReaderImpl(terminal, APP, variables);
        ShellCompleter completer = new ShellCompleter(shell);
        built.setHistory(new DefaultHistory());
        built.setParser(new SnippetParser(shell));
        built.setCompleter(completer);
        built.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        built.option(LineReader.Option.INSERT_TAB, false);
        if (color) {
            built.setHighlighter(new JavaHighlighter());
        }
        if (dumb) {
            DumbTerminalKeys.install(built, completer);
        }
        bindDocKeys(built);
        return built;
    }

    private Optional<Path> historyFile() {
        try {
            Files.createDirectories(options.stateDir());
            return Optional.of(options.stateDir().resolve("history"));
        } catch (IOException e) {
            System.getLogger("nnshell.shell").log(System.Logger.Level.WARNING,
                    "history will not be kept: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Shift-Tab and F1 show the javadoc of the name under the cursor, like jshell. */
    private void bindDocKeys(LineReader lineReader) {
        lineReader.getWidgets().put(DOC_WIDGET, () -> {
            String buffer = lineReader.getBuffer().toString();
            int cursor = lineReader.getBuffer().cursor();
            String text = new Docs(shell.engine()).forCursor(buffer, cursor);
            lineReader.printAbove(text.isEmpty() ? Messages.get("doc.nothing") : text);
            return true;
        });
        KeyMap<org.jline.reader.Binding> main = lineReader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference(DOC_WIDGET), "\033[Z");
        String f1 = KeyMap.key(terminal, InfoCmp.Capability.key_f1);
        if (f1 != null && !f1.isEmpty()) {
            main.bind(new Reference(DOC_WIDGET), f1);
        }
    }

    /**
     * Reads and evaluates until Ctrl-D or {@code /exit}; returns the exit code: N after
     * {@code /exit N}, else 0.
     */
    public int run() {
        PrintStream originalOut = System.out;
        if (captureSystemOut) {
            System.setOut(new PrintStream(terminal.output(), true, StandardCharsets.UTF_8));
        }
        try {
            loop();
        } finally {
            System.setOut(originalOut);
            terminal.writer().flush();
            // the terminal closes with this REPL: output goes back where it went before
            Console.install(before);
        }
        return shell.exitCode().orElse(0);
    }

    private void loop() {
        terminal.handle(Terminal.Signal.INT, signal -> shell.interrupt());
        shell.onNotice(shell::println);
        List<StartupHook> hooks = hooks();
        CompletableFuture<Void> started = shell.whenReady(
                s -> hooks.forEach(h -> h.started(s, options.restore())));
        banner();
        while (!shell.exitRequested()) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                // Ctrl-C at the prompt: the line is dropped, a fresh prompt follows
                Thread.interrupted();
                continue;
            } catch (EndOfFileException e) {
                // Ctrl-D on an empty line leaves
                break;
            }
            submit(line);
        }
        started.join();
        hooks.forEach(h -> h.ended(shell));
        terminal.writer().println(Messages.get("goodbye"));
    }

    /**
     * Submits a line; whatever goes wrong in the shell itself is told and the session goes on
     * (the line is already in the history and the journal).
     */
    private void submit(String line) {
        try {
            shell.submit(line);
        } catch (OutOfMemoryError e) {
            shell.error(Messages.get("shell.oom"));
        } catch (RuntimeException | Error e) {
            System.getLogger("nnshell.shell").log(System.Logger.Level.DEBUG, "submit failed", e);
            shell.error(Messages.get("shell.failed", e));
        }
    }

    /** The start and end hooks other packages list in META-INF/services. */
    private static List<StartupHook> hooks() {
        List<StartupHook> hooks = new ArrayList<>();
        try {
            ServiceLoader.load(StartupHook.class).forEach(hooks::add);
        } catch (ServiceConfigurationError e) {
            System.getLogger("nnshell.shell").log(System.Logger.Level.WARNING,
                    "a start-up hook could not be loaded", e);
        }
        return hooks;
    }

    private static String version() {
        String v = Repl.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private void banner() {
        String text = Messages.get("banner", version());
        terminal.writer().println(text);
        terminal.writer().flush();
    }
}
