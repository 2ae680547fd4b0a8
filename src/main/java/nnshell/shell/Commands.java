package nnshell.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import nnshell.shell.spi.Command;

/**
 * The slash commands: jshell's own ({@code /help /list /vars ... /exit}), nnshell's
 * ({@code /doc /trace}) and those other packages add through {@link Command} and
 * {@link ServiceLoader}.
 */
public final class Commands {
    private final Shell shell;
    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final List<Command> all = new ArrayList<>();

    Commands(Shell shell) {
        this.shell = shell;
        Builtins.all().forEach(this::add);
        loadServices();
    }

    private void loadServices() {
        try {
            for (Command c : ServiceLoader.load(Command.class)) {
                add(c);
            }
        } catch (ServiceConfigurationError e) {
            System.getLogger("nnshell.shell").log(System.Logger.Level.WARNING,
                    "a slash command could not be loaded", e);
        }
    }

    /** Adds a command after start; the first command to claim a name keeps it. */
    void add(Command command) {
        if (command.names().stream().anyMatch(byName::containsKey)) {
            return;
        }
        all.add(command);
        command.names().forEach(n -> byName.put(n, command));
    }

    /** Every command, built-in ones first. */
    public List<Command> all() {
        return List.copyOf(all);
    }

    /** The command answering to {@code name} (without slash), or to a unique prefix of it. */
    public Optional<Command> find(String name) {
        Command exact = byName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<Command> prefixed = all.stream()
                .filter(c -> c.names().stream().anyMatch(n -> n.startsWith(name)))
                .toList();
        return prefixed.size() == 1 && !name.isEmpty() ? Optional.of(prefixed.get(0))
                : Optional.empty();
    }

    /** Every command name, without slashes. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Runs a line that starts with a slash; an unknown name gets the nearest one. */
    boolean run(String line) {
        String body = line.substring(1);
        int space = indexOfSpace(body);
        String name = space < 0 ? body : body.substring(0, space);
        String args = space < 0 ? "" : body.substring(space + 1).strip();
        Optional<Command> command = find(name);
        if (command.isEmpty()) {
            shell.error(unknown(name));
            return false;
        }
        try {
            return command.get().run(args, shell);
        } catch (RuntimeException e) {
            shell.error(Messages.get("command.failed", "/" + name, String.valueOf(e)));
            return false;
        }
    }

    private String unknown(String name) {
        List<String> starting = byName.keySet().stream()
                .filter(n -> n.startsWith(name) && !name.isEmpty()).sorted()
                .map(n -> "/" + n).toList();
        if (starting.size() > 1) {
            return Messages.get("command.ambiguous", "/" + name, String.join(" ", starting));
        }
        Optional<String> near = Names.nearest(name, byName.keySet().stream()
                .filter(n -> Character.isLetter(n.charAt(0))).toList());
        return near.map(n -> Messages.get("command.unknown.near", "/" + name, "/" + n))
                .orElseGet(() -> Messages.get("command.unknown", "/" + name));
    }

    private static int indexOfSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
