package nnshell.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nnshell.dsl.Seeds;
import nnshell.shell.spi.Command;
import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/** {@code /save FILE.jsh}: saves the session as a script that replays and checks itself. */
public final class SaveCommand implements Command {

    @Override
    public List<String> names() {
        return List.of("save");
    }

    @Override
    public String summary(ShellContext context) {
        return Messages.text("save.summary");
    }

    @Override
    public String help(ShellContext context) {
        return Messages.text("save.help");
    }

    @Override
    public boolean run(String arguments, ShellContext context) {
        Path file;
        try {
            file = target(arguments, ".jsh");
        } catch (IllegalArgumentException e) {
            context.console().println(e.getMessage());
            return false;
        }
        SessionLog log = SessionStartup.log(context);
        List<EvalResult> results = log != null ? log.results() : context.history();
        long seed = log != null ? log.startSeed() : Seeds.get();
        try {
            ScriptWriter.write(file, results, seed);
        } catch (IOException e) {
            context.console().println(Messages.text("save.failed", file, e.getMessage()));
            return false;
        }
        report(context, file, results);
        return true;
    }

    private static void report(ShellContext context, Path file, List<EvalResult> results) {
        long saved = results.stream().filter(EvalResult::ok).count();
        long values = results.stream().filter(EvalResult::ok)
                .filter(r -> !ScriptWriter.expectation(r).isEmpty()).count();
        context.console().println(Messages.text("save.done",
                Messages.count("snippet", saved), Messages.count("value", values), file,
                results.size() - saved));
    }

    /**
     * The file named by the arguments, with {@code extension} added when it has none; a
     * sentence saying what is wrong otherwise.
     */
    static Path target(String arguments, String extension) {
        String name = arguments.strip();
        if (name.isEmpty() || name.contains(" ")) {
            throw new IllegalArgumentException(Messages.text("save.usage", arguments.strip()));
        }
        if (name.startsWith("~/")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        String base = Path.of(name).getFileName().toString();
        if (!base.contains(".")) {
            name = name + extension;
        } else if (!base.endsWith(extension)) {
            throw new IllegalArgumentException(Messages.text("save.extension", name, extension));
        }
        return Path.of(name);
    }
}
