package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Under a real X server (Xvfb), the DSL's {@code fit} with live plotting opens a window whose
 * picture changes while the model trains: two screenshots taken apart differ, and both show
 * the blue loss curve.
 */
class WindowIT {
    private static final Path SHOTS = Path.of("target", "window-shots");
    private Process xvfb;
    private Process child;

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (xvfb != null) {
            xvfb.destroyForcibly();
        }
    }

    @Test
    void theTrainingWindowUpdatesWhileTraining() throws Exception {
        assumeThat(Child.has("Xvfb") && Child.has("import")).as("Xvfb and ImageMagick").isTrue();
        String display = startXvfb();
        Files.createDirectories(SHOTS);
        ProcessBuilder pb = new ProcessBuilder(Child.java("nnshell.plot.LiveDemo",
                List.of("-Dnnshell.plots=window", "-Ddemo.wait=true", "-Ddemo.waitMs=8000"),
                "120", "60"));
        pb.environment().put("DISPLAY", display);
        pb.redirectErrorStream(true).redirectOutput(SHOTS.resolve("child.log").toFile());
        child = pb.start();

        BufferedImage first = waitForBlue(display, 30);
        // a later picture that differs, however long a loaded machine takes to draw it
        BufferedImage second = waitForChange(display, first, 30);

        assertThat(bluePixels(second)).isGreaterThan(20);
        assertThat(differing(first, second)).isGreaterThan(200);
        assertThat(Files.readString(SHOTS.resolve("child.log"))).doesNotContain("Exception");
    }

    /** Starts Xvfb on a display number it picks itself, so that parallel runs never clash. */
    private String startXvfb() throws Exception {
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // Xvfb writes the number once it accepts clients
        String number = new java.io.BufferedReader(new java.io.InputStreamReader(
                xvfb.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        assertThat(number).as("the display number Xvfb chose").isNotNull().matches("\\d+");
        return ":" + number;
    }

    private BufferedImage waitForBlue(String display, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            BufferedImage img = shot(display, "first.png");
            if (bluePixels(img) > 20) {
                return img;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no chart window appeared within " + seconds + " s; log: "
                + Files.readString(SHOTS.resolve("child.log")));
    }

    private BufferedImage waitForChange(String display, BufferedImage first, int seconds)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        BufferedImage img = shot(display, "second.png");
        while (differing(first, img) <= 200 && System.nanoTime() < end) {
            Thread.sleep(300);
            img = shot(display, "second.png");
        }
        return img;
    }

    private static BufferedImage shot(String display, String name) throws Exception {
        Path file = SHOTS.resolve(name);
        Child.run("import", "-display", display, "-window", "root", file.toString());
        return ImageIO.read(file.toFile());
    }

    private static int bluePixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (Math.abs(c.getRed() - Palette.BLUE.getRed()) < 30
                        && Math.abs(c.getGreen() - Palette.BLUE.getGreen()) < 30
                        && Math.abs(c.getBlue() - Palette.BLUE.getBlue()) < 30) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
