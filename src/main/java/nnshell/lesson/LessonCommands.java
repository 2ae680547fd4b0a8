package nnshell.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nnshell.shell.spi.Command;
import nnshell.shell.spi.ShellContext;

/**
 * The lesson's slash commands: {@code /lesson}, {@code /next}, {@code /back}, {@code /hint},
 * {@code /check}, {@code /solution}, {@code /skip}, {@code /where}. Each drives the session's
 * {@link Tutor}; they are listed in {@code META-INF/services/nnshell.shell.spi.Command}.
 */
public final class LessonCommands {

    private LessonCommands() {
    }

    /** A command named {@code name} whose help text is {@code cmd.NAME} in the bundle. */
    abstract static class Base implements Command {
        private final String name;

        Base(String name) {
            this.name = name;
        }

        @Override
        public List<String> names() {
            return List.of(name);
        }

        @Override
        public String summary(ShellContext context) {
            return Msg.text(context.locale(), "cmd." + name);
        }

        @Override
        public boolean run(String arguments, ShellContext context) {
            Tutor tutor = Tutor.of(context);
            if (!arguments.isBlank() && !name.equals("lesson")) {
                context.console().println(Msg.text(context.locale(), "cmd.noArguments",
                        name, arguments));
                return false;
            }
            return act(tutor, arguments.strip());
        }

        abstract boolean act(Tutor tutor, String arguments);
    }

    /** {@code /lesson} lists, {@code /lesson ID} starts or resumes, {@code /lesson reset ID}. */
    public static final class Lesson extends Base {
        /** Made by the shell's service loader. */
        public Lesson() {
            super("lesson");
        }

        @Override
        public String help(ShellContext context) {
            return Msg.text(context.locale(), "cmd.lesson.help");
        }

        @Override
        boolean act(Tutor tutor, String arguments) {
            if (arguments.isEmpty()) {
                return tutor.list();
            }
            String[] words = arguments.split("\\s+");
            if (words[0].equals("reset")) {
                return words.length == 2 ? tutor.reset(words[1]) : tutor.resetUsage();
            }
            return tutor.start(arguments);
        }

        @Override
        public List<String> complete(String argumentsSoFar, ShellContext context) {
            List<String> names = new ArrayList<>(List.of("reset"));
            for (nnshell.lesson.Lesson l : Tutor.of(context).lessons()) {
                names.add(l.id());
                names.add(l.slug());
            }
            String typed = argumentsSoFar.strip().toLowerCase(Locale.ROOT);
            return names.stream().filter(n -> n.startsWith(typed)).toList();
        }
    }

    /** {@code /next}: the next step. */
    public static final class Next extends Base {
        /** Made by the shell's service loader. */
        public Next() {
            super("next");
        }

        @Override
        boolean act(Tutor tutor, String arguments) {
            return tutor.next();
        }
    }

    /** {@code /back}: the previous step. */
    public static final class Back extends Base {
        /** Made by the shell's service loader. */
        public Back() {
            super("back");
        }

        @Override
        boolean act(Tutor tutor, String arguments) {
            return tutor.back();
        }
    }

    /** {@code /hint}: the next hint. */
    public static final class Hint extends Base {
        /** Made by the shell's service loader. */
        public Hint() {
            super("hint");
        }

        @Override
        boolean act(Tutor tutor, String arguments) {
            return tutor.hint();
        }
    }

    /** {@code /check}: checks the exercise. */
    public static final class Check extends Base {
        /** Made by the shell's service loader. */
        public Check() {
            super("check");
        }

        @Override
        boolean act(Tutor tutor, String arguments) {
            return tutor.check();
        }
    }

    /** {@code /solution}: shows the reference solution. */
    public static final class Solution extends Base {
        /** Made by the shell's service loader. */
        public Solution() {
            super("solution");
        }

        @Override
        boolean act(Tutor tutor, String arguments) {
            return tutor.solution();
        }
    }

    /** {@code /skip}: runs the reference solution and moves on. */
    public static final class Skip extends Base {
        /** Made by the shell's service loader. */
        public Skip() {
            super("skip");
        }

        @Override
        boolean act(Tutor tutor, String arguments) {
            return tutor.skip();
        }
    }

    /** {@code /where}: the current lesson and step. */
    public static final class Where extends Base {
        /** Made by the shell's service loader. */
        public Where() {
            super("where");
        }

        @Override
        boolean act(Tutor tutor, String arguments) {
            return tutor.where();
        }
    }
}
