package nnshell.data;

import java.nio.file.Path;
import java.util.List;

import nnshell.shell.spi.Command;
import nnshell.shell.spi.ShellContext;

/**
 * {@code /data}: lists the datasets with sizes, sources, licences and whether their files are
 * here; {@code /data NAME} tells more about one and how to load it.
 */
public final class DataCommand implements Command {

    @Override
    public List<String> names() {
        return List.of("data");
    }

    @Override
    public String summary(ShellContext context) {
        return Msg.text("command.summary");
    }

    @Override
    public String help(ShellContext context) {
        return Msg.text("command.help");
    }

    @Override
    public boolean run(String arguments, ShellContext context) {
        try {
            String text = arguments.isBlank() ? listing(context) : details(arguments.strip());
            context.console().println(text);
            return true;
        } catch (DataException e) {
            context.console().println(e.getMessage());
            return false;
        }
    }

    @Override
    public List<String> complete(String argumentsSoFar, ShellContext context) {
        return Datasets.list().stringColumn("name").asList().stream()
                .filter(n -> n.startsWith(argumentsSoFar.strip())).toList();
    }

    private static String listing(ShellContext context) {
        String dirs = String.join("\n  ", DataDirs.searchPath().stream()
                .map(Path::toString).toList());
        return Tables.render(Datasets.list(), context.console().width()) + "\n\n"
                + Msg.text("command.searched", dirs) + "\n" + Msg.text("command.more");
    }

    private static String details(String name) {
        DatasetInfo info = Datasets.info(name);
        StringBuilder out = new StringBuilder(Msg.text("command.details", info.name(),
                info.size(), info.source(), info.licence(), example(info.name())));
        for (String file : info.files().keySet()) {
            String where = DataDirs.find(info.folder(), file).map(Path::toString)
                    .orElse(Msg.text("command.notFound"));
            out.append("\n  ").append(file).append(": ").append(where);
        }
        return out.toString();
    }

    private static String example(String name) {
        return switch (name) {
            case "student-mat" -> "Datasets.studentMat()";
            case "student-por" -> "Datasets.studentPor()";
            case "fashion-mnist" -> "Datasets.fashionMnist()";
            case "breast-cancer" -> "Datasets.breastCancer()";
            default -> "Datasets." + name + "()";
        };
    }
}
