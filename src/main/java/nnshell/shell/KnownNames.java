package nnshell.shell;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The names a session knows at a place in the source, for "did you mean": after a dot the
 * members of what stands before it ({@code t.} gives {@code size}, {@code Math.} gives
 * {@code sqrt}), elsewhere the session's own names, common
 * Java classes and nnshell's classes.
 */
final class KnownNames {
    private static final List<String> COMMON_TYPES = List.of("String", "Math", "System",
            "Integer", "Double", "Float", "Long", "Boolean", "Character", "List", "Map", "Set",
            "ArrayList", "HashMap", "Arrays", "Collections", "Object", "Random", "Stream");

    private final JShell jshell;

    KnownNames(JShell jshell) {
        this.jshell = jshell;
    }

    /**
     * The known name nearest to {@code typed}, which starts at {@code start} in
     * {@code source}, if one is close enough to be a likely typo.
     */
    Optional<String> nearest(String source, int start, String typed) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return Names.nearest(typed, at(source, start, typed));
    }

    /** Whether the name starting at {@code start} follows a dot: a member of something. */
    static boolean member(String source, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(source.charAt(i))) {
            i--;
        }
        return i >= 0 && source.charAt(i) == '.';
    }

    /** The names that could stand at {@code start} in {@code source}. */
    Set<String> at(String source, int start, String typed) {
        Set<String> names = new LinkedHashSet<>();
        boolean member = member(source, start);
        if (!member) {
            jshell.snippets().filter(s -> jshell.status(s).isActive())
                    .filter(s -> s instanceof DeclarationSnippet)
                    .forEach(s -> names.add(((DeclarationSnippet) s).name()));
            names.addAll(COMMON_TYPES);
            names.addAll(DslIndex.shared().simpleNames());
        }
        // jshell completes what is visible there; a name's first letter narrows it, either case
        String[] prefixes = member ? new String[] {""}
                : new String[] {typed.substring(0, 1).toLowerCase(Locale.ROOT),
                    typed.substring(0, 1).toUpperCase(Locale.ROOT)};
        SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
        for (String prefix : prefixes) {
            String code = source.substring(0, start) + prefix;
            int[] anchor = new int[1];
            analysis.completionSuggestions(code, code.length(), anchor).stream()
                    .map(SourceCodeAnalysis.Suggestion::continuation)
                    .map(c -> c.replaceAll("\\(\\)?$", ""))
                    .forEach(names::add);
        }
        return names;
    }
}
