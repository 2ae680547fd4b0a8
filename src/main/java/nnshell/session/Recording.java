package nnshell.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

/**
 * How a snippet and its value are recorded: each snippet complete on its own (with the
 * {@code ;} jshell would add), and a big value cut to its start plus the SHA-256 of all of it,
 * so that a comparison stays exact without writing megabytes.
 */
final class Recording {
    /** How many characters of a value are kept. */
    static final int KEEP = 2_000;

    private static final String CUT = "... (";
    private static JShell analyzer;

    private Recording() {
    }

    /** The snippet as written to a script: with a {@code ;} where jshell would add one. */
    static synchronized String snippet(String source) {
        String code = source.strip();
        if (code.isEmpty() || code.endsWith(";")) {
            return code;
        }
        if (analyzer == null) {
            analyzer = JShell.builder().executionEngine("local").build();
        }
        if (!needsSemicolon(analyzer.sourceCodeAnalysis(), code)) {
            return code;
        }
        String last = code.substring(code.lastIndexOf('\n') + 1);
        return last.contains("//") ? code + "\n;" : code + ";";
    }

    private static boolean needsSemicolon(SourceCodeAnalysis analysis, String code) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code);
        if (info.completeness() == SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI) {
            return true;
        }
        List<Snippet> snippets = analysis.sourceToSnippets(code);
        if (snippets.size() != 1) {
            return false;
        }
        // an unknown name makes a call ERRONEOUS here: only a body that ends in } is complete
        return switch (snippets.get(0).kind()) {
            case EXPRESSION, VAR, IMPORT -> true;
            case TYPE_DECL, METHOD -> false;
            default -> !code.endsWith("}");
        };
    }

    /** The value as recorded: whole when short, else its start and the hash of all of it. */
    static String value(String value) {
        if (value.length() <= KEEP) {
            return value;
        }
        return value.substring(0, KEEP) + "\n" + CUT + value.length() + " characters, sha256 "
                + sha256(value) + ")";
    }

    /** The line recorded under a value shown in part: the SHA-256 of all of it. */
    static String fingerprint(String sha256) {
        return CUT + "shown in part, sha256 " + sha256 + ")";
    }

    /** A value for a message: at most {@code max} characters, saying how long it was. */
    static String abbreviate(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        return value.substring(0, max) + " ... (" + value.length() + ")";
    }

    /** Where two values first differ (0-based), or -1 when they are equal. */
    static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : n;
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
