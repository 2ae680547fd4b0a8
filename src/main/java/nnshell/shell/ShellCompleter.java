package nnshell.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

import nnshell.shell.spi.Command;

/**
 * Tab completion: slash commands and their arguments (file paths after {@code /open} and
 * similar), file paths inside a string literal, Java through jshell, and nnshell's own classes
 * and static methods, which stock jshell completes only once imported.
 */
final class ShellCompleter implements Completer {
    private static final Set<String> FILE_COMMANDS = Set.of("open", "save", "load", "replay",
            "export", "run");

    private final Shell shell;

    ShellCompleter(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        candidates(line.line(), line.cursor()).forEach(c -> candidates.add(
                new Candidate(c, c, null, null, null, null, false)));
    }

    /** The completions of the word before {@code cursor}, each a whole replacement word. */
    List<String> candidates(String buffer, int cursor) {
        String upTo = buffer.substring(0, cursor);
        if (SnippetParser.isCommand(upTo)) {
            return List.copyOf(commandCandidates(upTo.stripLeading()));
        }
        int string = SnippetParser.stringStart(buffer, cursor);
        if (string >= 0) {
            // inside a string literal a Tab completes a file name: Csv.read("data/st|
            return paths(upTo.substring(string));
        }
        return List.copyOf(javaCandidates(buffer, cursor));
    }

    private Set<String> commandCandidates(String upTo) {
        Set<String> result = new LinkedHashSet<>();
        int space = upTo.indexOf(' ');
        if (space < 0) {
            shell.commands().names().stream().filter(n -> ("/" + n).startsWith(upTo))
                    .forEach(n -> result.add("/" + n));
            return result;
        }
        String name = upTo.substring(1, space);
        String args = upTo.substring(space + 1);
        Optional<Command> command = shell.commands().find(name);
        command.ifPresent(c -> result.addAll(c.complete(args, shell)));
        if (result.isEmpty() && command.isPresent()
                && command.get().names().stream().anyMatch(FILE_COMMANDS::contains)) {
            result.addAll(paths(args.substring(args.lastIndexOf(' ') + 1)));
        }
        return result;
    }

    /** Files and directories whose path starts with {@code typed}; directories end in "/". */
    static List<String> paths(String typed) {
        int slash = typed.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String namePart = typed.substring(slash + 1);
        Path dir = Path.of(dirPart.isEmpty() ? "." : dirPart);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(namePart))
                    .filter(p -> !p.getFileName().toString().startsWith(".")
                            || namePart.startsWith("."))
                    .map(p -> dirPart + p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Set<String> javaCandidates(String buffer, int cursor) {
        int start = SnippetParser.identifierStart(buffer, cursor);
        String word = buffer.substring(start, cursor);
        Set<String> result = new LinkedHashSet<>();
        if (shell.ready()) {
            SourceCodeAnalysis analysis = shell.engine().jshell().sourceCodeAnalysis();
            int[] anchor = new int[1];
            for (SourceCodeAnalysis.Suggestion s
                    : analysis.completionSuggestions(buffer, cursor, anchor)) {
                replacement(buffer, start, anchor[0], s.continuation()).ifPresent(result::add);
            }
        }
        boolean member = start > 0 && buffer.charAt(start - 1) == '.';
        if (!member && !word.isEmpty()) {
            result.addAll(dslCandidates(word));
        }
        return result;
    }

    /**
     * nnshell's classes and static methods starting with {@code word}, written so that they
     * compile as completed: a class by its simple name where it is imported and by its full
     * name where not; a static method bare where its class is imported statically, else with
     * its class in front, and with "(" or "()" as jshell completes methods
     * ({@code Datasets.studentMat()}, {@code Datasets.csv(}).
     */
    List<String> dslCandidates(String word) {
        DslIndex index = DslIndex.shared();
        Imports imports = shell.ready() ? Imports.of(shell.engine().jshell()) : Imports.ALL;
        Set<String> result = new LinkedHashSet<>();
        for (String simple : index.simpleNames()) {
            if (simple.startsWith(word)) {
                result.add(imports.typeName(index.qualified(simple)));
            }
        }
        index.staticMethods().forEach((method, owners) -> {
            if (!method.startsWith(word)) {
                return;
            }
            for (String owner : owners) {
                String qualified = index.qualified(owner);
                String call = method + index.callSuffix(owner, method);
                result.add(imports.staticallyImported(qualified, method) ? call
                        : imports.typeName(qualified) + "." + call);
            }
        });
        return List.copyOf(result);
    }

    /** What the session imports, as far as writing a name short is concerned. */
    private record Imports(Set<String> types, Set<String> packages, Set<String> statics,
            boolean everything) {
        /** Before the engine is ready: names are offered short, as the startup imports them. */
        static final Imports ALL = new Imports(Set.of(), Set.of(), Set.of(), true);

        static Imports of(JShell jshell) {
            Set<String> types = new HashSet<>();
            Set<String> packages = new HashSet<>();
            Set<String> statics = new HashSet<>();
            jshell.imports().filter(i -> jshell.status(i).isActive()).forEach(i -> {
                String name = i.fullname();
                switch (i.subKind()) {
                    case TYPE_IMPORT_ON_DEMAND_SUBKIND -> packages.add(withoutStar(name));
                    case SINGLE_TYPE_IMPORT_SUBKIND -> types.add(name);
                    case STATIC_IMPORT_ON_DEMAND_SUBKIND -> statics.add(withoutStar(name));
                    case SINGLE_STATIC_IMPORT_SUBKIND -> statics.add(name);
                    default -> { }
                }
            });
            return new Imports(types, packages, statics, false);
        }

        private static String withoutStar(String name) {
            return name.endsWith(".*") ? name.substring(0, name.length() - 2) : name;
        }

        String typeName(String qualified) {
            int dot = qualified.lastIndexOf('.');
            boolean imported = everything || types.contains(qualified)
                    || packages.contains(qualified.substring(0, dot));
            return imported ? qualified.substring(dot + 1) : qualified;
        }

        boolean staticallyImported(String owner, String method) {
            return everything || statics.contains(owner) || statics.contains(owner + "." + method);
        }
    }

    /** A jshell continuation (replacing from {@code anchor}) as a word starting at start. */
    private static Optional<String> replacement(String buffer, int start, int anchor,
            String continuation) {
        if (anchor == start) {
            return Optional.of(continuation);
        }
        if (anchor < start) {
            String before = buffer.substring(anchor, start);
            return continuation.startsWith(before)
                    ? Optional.of(continuation.substring(before.length())) : Optional.empty();
        }
        return Optional.of(buffer.substring(start, anchor) + continuation);
    }
}
