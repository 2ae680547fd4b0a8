package nnshell.research;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import nnshell.console.Console;
import nnshell.plot.ChartLog;

/** Turns the research tools' pictures into PNG files that the session records. */
final class Pictures {

    private Pictures() {
    }

    /**
     * Records the picture in the chart log, writes it to the plots folder of the state
     * directory and tells the student where it is; returns the file.
     */
    static Path show(String title, BufferedImage image) {
        byte[] png = png(image);
        int sequence = ChartLog.record(title, png);
        Path file = folder().resolve(String.format(Locale.ROOT, "%03d-%s.png", sequence,
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(Msg.text("picture.write", file, e.getMessage()), e);
        }
        Console.current().println(Msg.text("picture.saved", title, file));
        return file;
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The images in a row on a white background, tops aligned. */
    static BufferedImage sideBySide(BufferedImage... images) {
        int w = 0;
        int h = 0;
        for (BufferedImage i : images) {
            w += i.getWidth();
            h = Math.max(h, i.getHeight());
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int x = 0;
        for (BufferedImage i : images) {
            g.drawImage(i, x, 0, null);
            x += i.getWidth();
        }
        g.dispose();
        return out;
    }

    private static Path folder() {
        String state = System.getProperty("nnshell.state.dir");
        if (state == null || state.isBlank()) {
            state = System.getenv("NNSHELL_STATE_DIR");
        }
        Path base = state == null || state.isBlank()
                ? Path.of(System.getProperty("user.home"), ".nnshell") : Path.of(state);
        return base.resolve("plots");
    }
}
