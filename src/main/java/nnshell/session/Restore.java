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
import java.util.regex.Matcher;

import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.ShellContext;

/**
 * What {@code /restore} does with the unfinished sessions in the state directory: brings
 * one back, lists them, or discards them. A session stays until one of these is asked, or
 * until it is older than {@link Journal#KEPT}.
 */
final class Restore {
    private static final System.Logger LOG = System.getLogger(Restore.class.getName());
    private static final String SEED = "nnshell.dsl.Seeds.set(";

    private Restore() {
    }

    /**
     * One entry the student undid before the crash, left out on restore.
     *
     * @param line where its code starts in the journal
     * @param code its first line
     * @param reason "drop NAME" or "threads"
     */
    record Skipped(int line, String code, String reason) {
    }

    /**
     * {@code /restore} with its arguments: nothing (the newest), N (the N-th of the list),
     * {@code list}, {@code discard}, {@code discard N} or {@code discard all}.
     */
    static boolean run(String arguments, ShellContext context) {
        String[] words = arguments.strip().split("\\s+");
        List<Path> sessions = sessions(context);
        if (arguments.isBlank()) {
            return restore(context, sessions, 1);
        }
        if (words.length == 1 && words[0].equals("list")) {
            return list(context, sessions);
        }
        if (words.length == 1 && words[0].matches("\\d{1,6}")) {
            return restore(context, sessions, Integer.parseInt(words[0]));
        }
        if (words[0].equals("discard") && words.length <= 2) {
            return discard(context, sessions, words.length == 1 ? "1" : words[1]);
        }
        context.console().println(Messages.text("journal.usage", arguments.strip()));
        return false;
    }

    /** The unfinished sessions to offer, newest first; older ones are removed, and said so. */
    static List<Path> sessions(ShellContext context) {
        List<Path> kept = new ArrayList<>();
        Instant now = Instant.now();
        for (Path journal : unfinished(context)) {
            if (!Journal.old(journal, now)) {
                kept.add(journal);
                continue;
            }
            try {
                Files.deleteIfExists(journal);
                context.console().println(Messages.text("journal.expired", when(journal),
                        Journal.KEPT.toDays(), journal));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not remove " + journal, e);
            }
        }
        return kept;
    }

    private static List<Path> unfinished(ShellContext context) {
        try {
            return Journal.unfinished(context.stateDir());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not list journals", e);
            return List.of();
        }
    }

    /** When a journal was last written to, to the second. */
    static Instant when(Path journal) {
        return Instant.ofEpochMilli(Journal.modified(journal)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static boolean list(ShellContext context, List<Path> sessions) {
        if (sessions.isEmpty()) {
            context.console().println(Messages.text("journal.nothing", context.stateDir()));
            return true;
        }
        context.console().println(Messages.text("journal.list"));
        for (int i = 0; i < sessions.size(); i++) {
            Path journal = sessions.get(i);
            context.console().println(Messages.text("journal.list.entry", i + 1,
                    when(journal), lastCode(journal), journal));
        }
        return true;
    }

    /** The first line of the last snippet kept in a journal, to recognise it by. */
    private static String lastCode(Path journal) {
        try {
            List<Script.Step> steps = Script.parse(kept(read(journal), new ArrayList<>()))
                    .steps();
            String last = steps.isEmpty() ? "" : steps.get(steps.size() - 1).code();
            return Recording.abbreviate(last.lines().reduce((a, b) -> b).orElse(""), 60);
        } catch (IOException e) {
            return "?";
        }
    }

    private static boolean discard(ShellContext context, List<Path> sessions, String which) {
        if (which.equals("all") && sessions.isEmpty()) {
            context.console().println(Messages.text("journal.nothing", context.stateDir()));
            return true;
        }
        List<Path> chosen = which.equals("all") ? sessions : chosen(context, sessions, which);
        if (chosen.isEmpty()) {
            return false;
        }
        for (Path journal : chosen) {
            try {
                Instant when = when(journal);
                Files.delete(journal);
                context.console().println(Messages.text("journal.discarded", when, journal));
            } catch (IOException e) {
                context.console().println(Messages.text("file.unreadable", journal,
                        e.getMessage()));
                return false;
            }
        }
        return true;
    }

    /** The session numbered {@code which} in the list, or none (and the student told why). */
    private static List<Path> chosen(ShellContext context, List<Path> sessions, String which) {
        int n = which.matches("\\d{1,6}") ? Integer.parseInt(which) : -1;
        if (sessions.isEmpty()) {
            context.console().println(Messages.text("journal.nothing", context.stateDir()));
            return List.of();
        }
        if (n < 1 || n > sessions.size()) {
            context.console().println(Messages.text("journal.noSuch", which, sessions.size()));
            return List.of();
        }
        return List.of(sessions.get(n - 1));
    }

    /** Brings back the n-th unfinished session (1 is the newest). */
    private static boolean restore(ShellContext context, List<Path> sessions, int n) {
        List<Path> chosen = chosen(context, sessions, String.valueOf(n));
        return !chosen.isEmpty() && restore(context, chosen.get(0));
    }

    /**
     * Runs a journal again, snippet by snippet, leaving out what the student had undone, and
     * says how many values came out as before. The journal is then set aside, so that it is
     * not offered again.
     */
    static boolean restore(ShellContext context, Path from) {
        String text;
        try {
            text = read(from);
        } catch (IOException e) {
            context.console().println(Messages.text("file.unreadable", from, e.getMessage()));
            return false;
        }
        List<Skipped> skipped = new ArrayList<>();
        boolean same = replay(context, Script.parse(kept(text, skipped)));
        tellSkipped(context, skipped);
        Path aside = from.resolveSibling("restored-session.jsh");
        try {
            Files.move(from, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not set aside " + from, e);
        }
        if (!same) {
            context.console().println(Messages.text("journal.kept", aside));
        }
        return same;
    }

    private static String read(Path journal) throws IOException {
        return Files.readString(journal, StandardCharsets.UTF_8);
    }

    /**
     * The journal without what was undone: the lines each {@code //! skip} line names, and
     * those lines themselves, become blank, so every other line keeps its number.
     */
    static String kept(String journal, List<Skipped> skipped) {
        List<String> lines = new ArrayList<>(journal.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = Journal.SKIP.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            int last = Math.min(Integer.parseInt(m.group(2)), i);
            if (first >= 1 && first <= last) {
                skipped.add(new Skipped(first, lines.get(first - 1), m.group(3)));
                for (int j = first - 1; j < last; j++) {
                    lines.set(j, "");
                }
            }
            lines.set(i, "");
        }
        skipped.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return String.join("\n", lines) + "\n";
    }

    private static void tellSkipped(ShellContext context, List<Skipped> skipped) {
        for (Skipped s : skipped) {
            String code = Recording.abbreviate(s.code(), 80);
            context.console().println(s.reason().equals("threads")
                    ? Messages.text("journal.skipped.threads", s.line(), code)
                    : Messages.text("journal.skipped.drop", s.line(), code,
                            s.reason().substring("drop ".length())));
        }
    }

    private static boolean replay(ShellContext context, Script script) {
        ValueMatch exact = new ValueMatch(0);
        int matched = 0;
        int failed = 0;
        int snippets = 0;
        List<String> differed = new ArrayList<>();
        for (Script.Step step : script.steps()) {
            List<EvalResult> results = context.eval(step.code());
            // the seed a journal starts with (again after each restore) is not the student's
            snippets += (int) results.stream()
                    .filter(r -> !r.source().strip().startsWith(SEED)).count();
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
        int restored = snippets;
        int total = script.expectations();
        context.console().println(Messages.text("journal.restored",
                Messages.count("snippet", restored), matched, Messages.count("value", total),
                Messages.count("snippet", failed), total, failed));
        differed.forEach(context.console()::println);
        return failed == 0 && matched == script.expectations();
    }
}
