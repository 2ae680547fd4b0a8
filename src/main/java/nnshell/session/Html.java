package nnshell.session;

/** Escaping for text placed in HTML, and terminal output made plain for it. */
final class Html {
    /** CSI sequences (colours, cursor moves, clearing) and the save/restore cursor pair. */
    private static final java.util.regex.Pattern ESCAPES =
            java.util.regex.Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B[78]");

    private Html() {
    }

    /**
     * Terminal output as a page shows it: colour and cursor sequences removed, and of a line
     * rewritten in place with carriage returns (a progress bar), only its last state.
     */
    static String terminalText(String text) {
        String plain = ESCAPES.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(plain.length());
        for (String line : plain.split("\n", -1)) {
            String shown = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            out.append(shown.substring(shown.lastIndexOf('\r') + 1)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The text with every character that HTML treats specially written as an entity. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
