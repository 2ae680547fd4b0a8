package nnshell.shell;

import java.util.List;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.Reference;

/**
 * Keys on a terminal that says it is dumb ({@code TERM=dumb}). JLine gives such a terminal a
 * key map that only inserts characters and accepts the line; this gives it the usual editing
 * keys and a Tab that completes the way a dumb terminal can show it: the word in place, or the
 * choices printed above the prompt (JLine's menu of choices needs cursor movement).
 */
final class DumbTerminalKeys {
    private static final String COMPLETE = "nnshell-dumb-complete";
    /** At most this many choices are listed; more need a few more letters typed. */
    private static final int LISTED = 60;

    private final LineReader reader;
    private final ShellCompleter completer;

    private DumbTerminalKeys(LineReader reader, ShellCompleter completer) {
        this.reader = reader;
        this.completer = completer;
    }

    /** Gives {@code reader} editing keys, arrows and a Tab that completes. */
    static void install(LineReader reader, ShellCompleter completer) {
        KeyMap<Binding> keys = reader.getKeyMaps().get(LineReader.EMACS);
        reader.getKeyMaps().put(LineReader.MAIN, keys);
        DumbTerminalKeys tab = new DumbTerminalKeys(reader, completer);
        reader.getWidgets().put(COMPLETE, tab::complete);
        keys.bind(new Reference(COMPLETE), "\t");
        // a dumb terminal's description names no arrow keys; those of ANSI terminals are usual
        keys.bind(new Reference(LineReader.UP_LINE_OR_HISTORY), "\033[A", "\033OA");
        keys.bind(new Reference(LineReader.DOWN_LINE_OR_HISTORY), "\033[B", "\033OB");
        keys.bind(new Reference(LineReader.FORWARD_CHAR), "\033[C", "\033OC");
        keys.bind(new Reference(LineReader.BACKWARD_CHAR), "\033[D", "\033OD");
    }

    /** Tab: completes the word before the cursor, or lists the choices. */
    private boolean complete() {
        Buffer buffer = reader.getBuffer();
        ParsedLine line = reader.getParser().parse(buffer.toString(), buffer.cursor(),
                Parser.ParseContext.COMPLETE);
        String word = line.word().substring(0, line.wordCursor());
        List<String> choices = completer.candidates(buffer.toString(), buffer.cursor());
        String common = commonStart(choices);
        if (choices.isEmpty()) {
            reader.callWidget(LineReader.BEEP);
        } else if (common.length() > word.length() || choices.size() == 1) {
            buffer.backspace(word.length());
            buffer.write(common);
        } else {
            reader.printAbove(list(choices));
        }
        return true;
    }

    private String list(List<String> choices) {
        int width = Math.max(20, reader.getTerminal().getWidth() - 1);
        StringBuilder text = new StringBuilder();
        int column = 0;
        for (String choice : choices.subList(0, Math.min(LISTED, choices.size()))) {
            if (column > 0 && column + 2 + choice.length() > width) {
                text.append('\n');
                column = 0;
            } else if (column > 0) {
                text.append("  ");
                column += 2;
            }
            text.append(choice);
            column += choice.length();
        }
        if (choices.size() > LISTED) {
            text.append('\n').append(Messages.get("complete.more", choices.size() - LISTED));
        }
        return text.toString();
    }

    /** The longest start all {@code words} share. */
    static String commonStart(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        String common = words.get(0);
        for (String w : words) {
            int n = 0;
            while (n < common.length() && n < w.length() && common.charAt(n) == w.charAt(n)) {
                n++;
            }
            common = common.substring(0, n);
        }
        return common;
    }
}
