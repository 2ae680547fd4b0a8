package nnshell.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nnshell.dsl.Seeds;
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

    @Override
    public void started(ShellContext context, boolean restore) {
        log = new SessionLog(Seeds.get());
        owner = context;
        context.addListener(log);
        List<Path> unfinished = Restore.sessions(context);
        startJournal(context);
        if (!unfinished.isEmpty() && restore) {
            Restore.restore(context, unfinished.get(0));
        } else if (!unfinished.isEmpty()) {
            offer(context, unfinished);
        } else if (restore) {
            context.console().println(Messages.text("journal.nothing", context.stateDir()));
        }
    }

    private static void offer(ShellContext context, List<Path> unfinished) {
        Path newest = unfinished.get(0);
        context.console().println(Messages.text("journal.offer", Restore.when(newest), newest));
        if (unfinished.size() > 1) {
            context.console().println(Messages.text("journal.others", unfinished.size() - 1));
        }
    }

    /** A normal end: the journal becomes last-session.jsh; unfinished sessions stay. */
    @Override
    public void ended(ShellContext context) {
        try {
            if (journal != null) {
                journal.close();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not close the journal", e);
        }
    }

    /** The log of the session in this shell; null when its start did not open one. */
    static SessionLog log(ShellContext context) {
        return owner == context ? log : null;
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
