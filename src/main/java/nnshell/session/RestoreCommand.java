package nnshell.session;

import java.util.List;
import java.util.stream.Stream;

import nnshell.shell.spi.Command;
import nnshell.shell.spi.ShellContext;

/**
 * {@code /restore}: brings back a session that did not end normally (the newest, or one
 * from {@code /restore list}), or discards one with {@code /restore discard}.
 */
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
    public String help(ShellContext context) {
        return Messages.text("restore.help");
    }

    @Override
    public boolean run(String arguments, ShellContext context) {
        return Restore.run(arguments, context);
    }

    @Override
    public List<String> complete(String argumentsSoFar, ShellContext context) {
        return Stream.of("list", "discard")
                .filter(w -> w.startsWith(argumentsSoFar)).toList();
    }
}
