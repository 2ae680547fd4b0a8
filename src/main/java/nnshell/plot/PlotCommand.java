package nnshell.plot;

import java.util.List;
import java.util.Locale;

import nnshell.console.Suggest;
import nnshell.shell.spi.Command;
import nnshell.shell.spi.ShellContext;

/**
 * {@code /plot}: where charts go and saving the last one.
 * {@code /plot mode window|terminal|file|off}, {@code /plot save FILE.png|FILE.svg}.
 */
public final class PlotCommand implements Command {
    private static final List<String> VERBS = List.of("mode", "save");

    @Override
    public List<String> names() {
        return List.of("plot");
    }

    @Override
    public String summary(ShellContext context) {
        return Messages.text("cmd.summary");
    }

    @Override
    public String help(ShellContext context) {
        return Messages.text("cmd.help");
    }

    @Override
    public boolean run(String arguments, ShellContext context) {
        String[] words = arguments.trim().split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].trim() : "";
        try {
            return switch (verb) {
                case "" -> status(context);
                case "mode" -> mode(rest, context);
                case "save" -> save(rest, context);
                default -> unknown(verb, context);
            };
        } catch (IllegalArgumentException e) {
            context.console().println(e.getMessage());
            return false;
        }
    }

    @Override
    public List<String> complete(String argumentsSoFar, ShellContext context) {
        String[] words = argumentsSoFar.stripLeading().split("\\s+", -1);
        if (words.length <= 1) {
            return VERBS.stream().filter(v -> v.startsWith(words[0])).toList();
        }
        if (words[0].equals("mode") && words.length == 2) {
            return java.util.Arrays.stream(PlotMode.values()).map(PlotMode::word)
                    .filter(w -> w.startsWith(words[1])).toList();
        }
        return List.of();
    }

    private boolean status(ShellContext context) {
        Chart last = Display.last();
        context.console().println(Messages.text("cmd.status", Display.mode().word(),
                last == null ? Messages.text("cmd.none") : last.toString()));
        return true;
    }

    private boolean mode(String word, ShellContext context) {
        if (word.isEmpty()) {
            return status(context);
        }
        PlotMode set = Display.mode(PlotMode.parse(word));
        context.console().println(Messages.text("cmd.mode.set", set.word()));
        return true;
    }

    private boolean save(String file, ShellContext context) {
        Chart last = Display.last();
        if (file.isEmpty()) {
            context.console().println(Messages.text("cmd.save.nofile"));
            return false;
        }
        if (last == null) {
            context.console().println(Messages.text("cmd.save.nochart"));
            return false;
        }
        last.save(file);
        context.console().println(Messages.text("saved", file));
        return true;
    }

    private boolean unknown(String verb, ShellContext context) {
        String near = Suggest.closest(verb, VERBS, 2).orElse(null);
        context.console().println(Messages.text("cmd.unknown", verb)
                + (near == null ? "" : " " + Messages.text("did.you.mean", near)));
        return false;
    }
}
