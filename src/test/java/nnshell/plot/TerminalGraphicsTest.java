package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline images for terminals that can show them: detection and the three encodings. */
class TerminalGraphicsTest {
    @TempDir
    Path dir;

    @Test
    void theTerminalIsRecognisedFromItsEnvironment() {
        assertThat(detect(Map.of("TERM", "xterm-kitty"))).isEqualTo(TerminalGraphics.KITTY);
        assertThat(detect(Map.of("KITTY_WINDOW_ID", "1", "TERM", "xterm-256color")))
                .isEqualTo(TerminalGraphics.KITTY);
        assertThat(detect(Map.of("TERM_PROGRAM", "iTerm.app"))).isEqualTo(TerminalGraphics.ITERM);
        assertThat(detect(Map.of("TERM", "foot"))).isEqualTo(TerminalGraphics.SIXEL);
        assertThat(detect(Map.of("TERM", "xterm-256color"))).isEqualTo(TerminalGraphics.TEXT);
        assertThat(detect(Map.of("TERM", "xterm-kitty", "TMUX", "/tmp/t,1,0")))
                .isEqualTo(TerminalGraphics.TEXT);
        assertThat(TerminalGraphics.detect(Map.of("TERM", "xterm"), "sixel"))
                .isEqualTo(TerminalGraphics.SIXEL);
    }

    @Test
    void kittyChunksJoinBackIntoThePng() {
        byte[] png = chart().png();
        String seq = TerminalGraphics.kitty(png);

        Matcher m = Pattern.compile("\033_G([^;]*);([^\033]*)\033\\\\").matcher(seq);
        StringBuilder data = new StringBuilder();
        int chunks = 0;
        String lastControl = "";
        while (m.find()) {
            chunks++;
            assertThat(m.group(2).length()).isLessThanOrEqualTo(4096);
            data.append(m.group(2));
            lastControl = m.group(1);
        }
        assertThat(chunks).isGreaterThan(1);
        assertThat(seq).startsWith("\033_Ga=T,f=100,m=1;");
        assertThat(lastControl).isEqualTo("m=0");
        assertThat(Base64.getDecoder().decode(data.toString())).isEqualTo(png);
    }

    @Test
    void itermCarriesThePngAndItsSize() {
        byte[] png = chart().png();
        String seq = TerminalGraphics.iterm(png);

        assertThat(seq).startsWith("\033]1337;File=inline=1;size=" + png.length).endsWith("\007");
        String data = seq.substring(seq.indexOf(':') + 1, seq.length() - 1);
        assertThat(Base64.getDecoder().decode(data)).isEqualTo(png);
    }

    @Test
    void sixelDecodesBackToTheSameColours() throws Exception {
        assumeThat(new File("/usr/bin/convert")).exists();
        BufferedImage img = new BufferedImage(40, 25, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 25);
        g.setColor(Palette.BLUE);
        g.fillRect(0, 0, 20, 25);
        g.setColor(Color.BLACK);
        g.fillRect(20, 12, 20, 13);
        g.dispose();
        Path six = dir.resolve("img.six");
        Files.writeString(six, Sixel.encode(img), StandardCharsets.ISO_8859_1);

        Path png = dir.resolve("img.png");
        Process p = new ProcessBuilder("convert", "sixel:" + six, "png:" + png)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        BufferedImage back = ImageIO.read(png.toFile());

        assertThat(back.getWidth()).isEqualTo(40);
        assertThat(back.getHeight()).isEqualTo(25);
        assertThat(new Color(back.getRGB(5, 5))).isEqualTo(new Color(0, 102, 204));
        assertThat(new Color(back.getRGB(30, 5))).isEqualTo(Color.WHITE);
        assertThat(new Color(back.getRGB(30, 20))).isEqualTo(Color.BLACK);
    }

    private static TerminalGraphics detect(Map<String, String> env) {
        return TerminalGraphics.detect(env, null);
    }

    private static Chart chart() {
        return new XyChart("t").line("y", new double[] {0, 1, 2}, new double[] {1, 0, 2})
                .size(300, 200);
    }
}
