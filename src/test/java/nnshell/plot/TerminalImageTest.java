package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Pictures drawn with half blocks keep their shape: a half-block pixel is about square (a
 * cell is one column wide and two pixels high), so a round disc spans about as many columns
 * as pixel rows, whichever of the terminal's width and height limits the picture.
 */
class TerminalImageTest {

    @Test
    void aDiscInASquarePictureIsAsWideInColumnsAsItIsHighInPixelRows() {
        // 20 rows limit an 80-column terminal: the picture must not stretch to 79 columns
        checkRound(disc(400, 400), 80, 20);
        // 30 columns limit a 60-row terminal: the picture must not stretch down
        checkRound(disc(400, 400), 30, 60);
        // a wide chart keeps its own shape too
        checkRound(disc(720, 360), 80, 20);
        checkRound(disc(720, 360), 200, 30);
    }

    @Test
    void aSquarePictureFillsTwiceAsManyColumnsAsLines() {
        List<String> lines = disc(400, 400).toTerminal(80, 20, false).lines().toList();

        assertThat(lines).hasSize(19);
        assertThat(lines).allMatch(l -> l.length() == 38);
    }

    @Test
    void colourPicturesKeepTheShapeToo() {
        String text = disc(400, 400).toTerminal(120, 25, true);
        List<String> lines = text.lines().toList();

        assertThat(lines).hasSize(24);
        assertThat(lines).allMatch(l -> count(l, "▀") == 48);
    }

    /** The disc's extent in columns and in pixel rows (two per line) differ by 10 % at most. */
    private static void checkRound(Chart chart, int cols, int rows) {
        List<String> lines = chart.toTerminal(cols, rows, false).lines().toList();
        int first = -1;
        int last = -1;
        int widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            String dark = lines.get(i).replaceAll("[^@%#]", "");
            if (!dark.isEmpty()) {
                first = first < 0 ? i : first;
                last = i;
                String l = lines.get(i);
                widest = Math.max(widest, l.lastIndexOf(dark.charAt(dark.length() - 1))
                        - firstDark(l) + 1);
            }
        }
        int pixelRows = 2 * (last - first + 1);
        String what = chart.width() + "x" + chart.height() + " in " + cols + "x" + rows;
        assertThat(lines.size()).as(what).isLessThanOrEqualTo(rows);
        assertThat(lines).as(what).allMatch(l -> l.length() <= cols);
        assertThat(widest).as(what).isGreaterThanOrEqualTo(10);
        assertThat(Math.abs(widest - pixelRows) / (double) pixelRows).as(what + "\n"
                + String.join("\n", lines)).isLessThanOrEqualTo(0.1);
    }

    private static int firstDark(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("@%#".indexOf(line.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A white picture of the given size with a black disc of 60 % of its height. */
    private static Chart disc(int width, int height) {
        Chart chart = new Chart("") {
            @Override
            protected void paint(Graphics2D g, int w, int h) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setColor(Color.BLACK);
                int d = (int) Math.round(0.6 * h);
                g.fillOval((w - d) / 2, (h - d) / 2, d, d);
            }

            @Override
            protected String kind() {
                return "picture";
            }
        };
        chart.size(width, height);
        return chart;
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
