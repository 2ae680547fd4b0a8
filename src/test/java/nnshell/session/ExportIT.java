package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.cli.Main;
import nnshell.console.Console;
import nnshell.lesson.HeadlessContext;
import nnshell.testkit.Printed;

/** Exports a saved session with a chart and a hypothesis, then reads it as a browser would. */
class ExportIT {
    /** A chart drawn in a colour nothing else on the page uses, so a screenshot can find it. */
    static final String SESSION = """
            var chart = new org.knowm.xchart.XYChartBuilder().width(500).height(320)
                    .title("loss per epoch").build();
            chart.getStyler()
                    .setSeriesColors(new java.awt.Color[] {new java.awt.Color(230, 0, 180)});
            chart.addSeries("loss", new double[] {1, 2, 3, 4}, new double[] {0.9, 0.5, 0.3, 0.2})
                    .setLineWidth(5f);
            int drawn = nnshell.plot.ChartLog.record(chart.getTitle(),
                    org.knowm.xchart.BitmapEncoder.getBitmapBytes(chart,
                            org.knowm.xchart.BitmapEncoder.BitmapFormat.PNG));
            System.out.println("<b>not bold</b> & <script>alert(1)</script>");
            nnshell.data.Hypotheses.add("Loss falls with <epochs>", "0.9 -> 0.2",
                    "no grounds to reject");
            """;

    @TempDir
    static Path dir;
    static Path html;
    static int exit;

    @BeforeAll
    static void saveAndExport() {
        Path script = dir.resolve("homework.jsh");
        try (HeadlessContext shell = new Printed().session(dir.resolve("state"))) {
            new SessionStartup().started(shell, false);
            shell.eval(SESSION);
            assertThat(new SaveCommand().run(script.toString(), shell)).isTrue();
        }
        html = dir.resolve("out/homework.html");
        Console before = Console.current();
        try {
            Console.install(Console.plain(new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8)));
            exit = Main.commandLine().execute("export", script.toString(), "--html",
                    html.toString());
        } finally {
            Console.install(before);
        }
    }

    @Test
    void pageHoldsEnvironmentCodeOutputChartAndHypotheses() throws IOException {
        Document page = Jsoup.parse(html.toFile(), "UTF-8");

        assertThat(exit).isZero();
        assertThat(page.select("#environment th").eachText()).contains("nnshell", "java",
                "nd4j", "os", "cpu", "seed", "date");
        assertThat(page.select(".snippet")).hasSize(7);
        assertThat(page.select(".snippet .code").eachText()).anyMatch(t -> t.contains("addSeries"));
        assertThat(page.select(".output").eachText())
                .contains("<b>not bold</b> & <script>alert(1)</script>");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("#hypotheses td").eachText())
                .contains("Loss falls with <epochs>", "0.9 -> 0.2");
    }

    @Test
    void chartIsInlineAndNothingIsFetched() throws IOException {
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        Element img = page.selectFirst("img");

        assertThat(img.attr("src")).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(img.attr("src").substring(22));
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(500);
        assertThat(page.select("[src], [href]")).allMatch(e -> e.attr("src").startsWith("data:")
                && e.attr("href").isEmpty());
        assertThat(page.select("link, script")).isEmpty();
    }

    @Test
    void headlessChromiumRendersThePlotInColour() throws Exception {
        Path shot = Path.of("target", "export-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Path profile = Files.createTempDirectory("chromium-profile");
        Process chromium = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--screenshot=" + shot, "--window-size=1200,2000", html.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).isTrue();

        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(count(image, ExportIT::notWhite)).isGreaterThan(20_000);
        assertThat(count(image, ExportIT::chartMagenta)).isGreaterThan(300);
    }

    private static boolean notWhite(int rgb) {
        return (rgb & 0xffffff) != 0xffffff;
    }

    private static boolean chartMagenta(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return r > 200 && g < 60 && b > 140 && b < 220;
    }

    private static int count(BufferedImage image, java.util.function.IntPredicate test) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += test.test(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }
}
