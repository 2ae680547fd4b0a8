package nnshell.session;

import java.util.List;

import nnshell.shell.spi.Command;
import nnshell.shell.spi.ShellContext;

/** {@code /restore}: brings back the session that did not end normally, as offered at start. */
public final class RestoreCommand implements Command {

    @Override
    public List<String> names() {
        return List.of("restore");
    }

    @Override
    public String summary(ShellContext context) {
        return Messages.text("restore.summary");
    }

    @Override
    public boolean run(String arguments, ShellContext context) {
        return SessionStartup.restore(context);
    }
}
