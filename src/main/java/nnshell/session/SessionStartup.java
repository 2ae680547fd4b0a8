package nnshell.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import nnshell.dsl.Seeds;
import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;
import nnshell.shell.spi.StartupHook;

/**
 * Starts the session's journal and log when the shell starts, offers to restore a session
 * that did not end normally (or restores it under {@code --restore}), and closes the journal
 * on a normal exit.
 */
public final class SessionStartup implements StartupHook {
    private static final System.Logger LOG = System.getLogger(SessionStartup.class.getName());

    private static volatile ShellContext owner;
    private static volatile SessionLog log;
    private static volatile Journal journal;
    private static volatile Path offered;

    @Override
    public void started(ShellContext context, boolean restore) {
        log = new SessionLog(Seeds.get());
        owner = context;
        context.addListener(log);
        List<Path> unfinished = unfinished(context);
        startJournal(context);
        offered = unfinished.isEmpty() ? null : unfinished.get(0);
        if (offered != null && restore) {
            restore(context);
        } else if (offered != null) {
            context.console().println(Messages.text("journal.offer",
                    Instant.ofEpochMilli(Journal.modified(offered)).truncatedTo(
                            ChronoUnit.SECONDS), offered));
        } else if (restore) {
            context.console().println(Messages.text("journal.nothing", context.stateDir()));
        }
    }

    @Override
    public void ended(ShellContext context) {
        try {
            if (journal != null) {
                journal.close();
            }
            setAside();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not close the journal", e);
        }
    }

    /** The log of the session in this shell; null when its start did not open one. */
    static SessionLog log(ShellContext context) {
        return owner == context ? log : null;
    }

    /**
     * Restores the unfinished session offered at start: runs its journal again, snippet by
     * snippet, and says how many values came out as before. False when there is none.
     */
    static boolean restore(ShellContext context) {
        Path from = offered;
        if (from == null || !Files.isRegularFile(from)) {
            context.console().println(Messages.text("journal.nothing", context.stateDir()));
            return false;
        }
        try {
            Script script = Script.parse(Files.readString(from, StandardCharsets.UTF_8));
            boolean same = replayInto(context, script);
            setAside();
            return same;
        } catch (IOException e) {
            context.console().println(Messages.text("file.unreadable", from, e.getMessage()));
            return false;
        }
    }

    private static boolean replayInto(ShellContext context, Script script) {
        ValueMatch exact = new ValueMatch(0);
        int matched = 0;
        int failed = 0;
        int snippets = 0;
        List<String> differed = new ArrayList<>();
        for (Script.Step step : script.steps()) {
            List<EvalResult> results = context.eval(step.code());
            snippets += results.size();
            failed += (int) results.stream().filter(r -> !r.ok()).count();
            String shown = results.stream().map(ScriptWriter::expectation)
                    .filter(v -> !v.isEmpty()).reduce((a, b) -> b).orElse("");
            if (step.expected() != null && exact.matches(step.expected(), shown)) {
                matched++;
            } else if (step.expected() != null) {
                differed.add(Messages.text("journal.differed", step.line(),
                        Recording.abbreviate(step.code().lines().findFirst().orElse(""), 80),
                        Recording.abbreviate(step.expected(), 200),
                        Recording.abbreviate(shown, 200)));
            }
        }
        int restored = Math.max(0, snippets - 1);
        int total = script.expectations();
        context.console().println(Messages.text("journal.restored",
                Messages.count("snippet", restored), matched, Messages.count("value", total),
                Messages.count("snippet", failed), total, failed));
        differed.forEach(context.console()::println);
        return failed == 0 && matched == script.expectations();
    }

    /** Moves the offered journal out of the way so that it is not offered again. */
    private static void setAside() throws IOException {
        Path from = offered;
        offered = null;
        if (from != null && Files.exists(from)) {
            Files.move(from, from.resolveSibling("previous-session.jsh"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<Path> unfinished(ShellContext context) {
        try {
            return Journal.unfinished(context.stateDir());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not list journals", e);
            return List.of();
        }
    }

    private static void startJournal(ShellContext context) {
        try {
            journal = Journal.start(context.stateDir(), Seeds.get());
            context.addListener(journal);
        } catch (IOException e) {
            journal = null;
            context.console().println(Messages.text("journal.failed", context.stateDir(),
                    e.getMessage()));
        }
    }
}
