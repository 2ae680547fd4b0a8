package nnshell.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import nnshell.dsl.Keras;
import nnshell.dsl.Sequential;
import nnshell.dsl.Tensor;

/** Every kind of chart draws a real PNG of the requested size and a parseable SVG. */
class ChartFilesTest {
    /** Where the charts are also written, to be looked at: target/plots-gallery. */
    private static final Path GALLERY = Path.of("target", "plots-gallery");

    @TempDir
    Path dir;

    @BeforeAll
    static void plotsOff() {
        Display.mode(PlotMode.OFF);
    }

    @AfterAll
    static void reset() {
        System.clearProperty("nnshell.plots");
    }

    static List<Supplier<Chart>> charts() {
        Tensor x = Samples.blobs(60);
        Tensor y = Samples.blobLabels(60);
        return List.of(
            () -> Plots.plot(Samples.losses(50)).title("Loss"),
            () -> Plots.activation("tanh", Math::tanh, v -> 1 - Math.pow(Math.tanh(v), 2)),
            () -> Plots.scatter(x, y).title("Two blobs"),
            () -> Plots.decisionBoundary(in -> Samples.sigmoidOfSum(in), x, y),
            () -> Plots.neuronOutputs(Samples::hiddenLayer, x),
            () -> Plots.histogram(Samples.normal(500)).title("Weights"),
            () -> Plots.bar(new String[] {"cat", "dog", "bird"}, new double[] {3, 7, 5}),
            () -> Plots.boxPlot(new String[] {"G1", "G2"}, Samples.normal(50),
                    Samples.normal(80)),
            () -> Plots.correlation(new double[][] {{1, -0.6}, {-0.6, 1}},
                    new String[] {"G1", "absences"}),
            () -> Plots.confusionMatrix(Tensor.of(0, 1, 2, 2, 1, 0), Tensor.of(0, 2, 2, 2, 1, 1)),
            () -> Plots.images(Samples.digits(12), Tensor.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1)),
            () -> Plots.overlay(Samples.digits(1).reshape(8, 8), Samples.blob(8))
        );
    }

    @Test
    void everyChartIsAPngOfTheRequestedSizeWithSeveralColours() throws IOException {
        Files.createDirectories(GALLERY);
        int i = 0;
        for (Supplier<Chart> make : charts()) {
            Chart chart = make.get().size(640, 400);
            Path file = GALLERY.resolve(String.format("%02d-%s.png", i++,
                    chart.toString().split(" \\(")[0].replaceAll("\\W+", "-")));
            chart.save(file.toString());

            BufferedImage img = ImageIO.read(file.toFile());
            assertThat(img).as(file.toString()).isNotNull();
            assertThat(img.getWidth()).isEqualTo(640);
            assertThat(img.getHeight()).isEqualTo(400);
            assertThat(distinctColours(img)).as(file.toString()).isGreaterThan(10);
        }
    }

    @Test
    void anImageAndAMaskGivenAsABatchOfOneAreDrawnAsTheSame() throws IOException {
        Tensor image = Samples.digits(1);
        BufferedImage batch = ImageIO.read(new java.io.ByteArrayInputStream(Plots.overlay(
                image.reshape(1, 1, 8, 8), Samples.blob(8).reshape(1, 8, 8)).png()));
        BufferedImage plain = ImageIO.read(new java.io.ByteArrayInputStream(Plots.overlay(
                image.reshape(8, 8), Samples.blob(8)).png()));
        assertThat(batch.getWidth()).isEqualTo(plain.getWidth());
        for (int y = 0; y < plain.getHeight(); y += 7) {
            for (int x = 0; x < plain.getWidth(); x += 7) {
                assertThat(batch.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(plain.getRGB(x, y));
            }
        }
    }

    @Test
    void everyChartIsAnSvgDocument() throws Exception {
        for (Supplier<Chart> make : charts()) {
            Chart chart = make.get();
            Path file = dir.resolve("chart.svg");
            chart.save(file.toString());

            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // the SVG names its DTD on the web; no network is needed to parse it
            factory.setFeature(
                    "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = factory.newDocumentBuilder().parse(file.toFile());
            assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getAttribute("width")).isNotEmpty();
            assertThat(Files.size(file)).isGreaterThan(1000);
        }
    }

    @Test
    void everyChartShownIsKeptInTheChartLog() throws IOException {
        int before = ChartLog.count();
        Plots.plot(1, 2, 3).title("kept");

        List<ChartLog.Entry> added = ChartLog.since(before);
        assertThat(added).hasSize(1);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(added.get(0).png()));
        assertThat(img.getWidth()).isPositive();
    }

    @Test
    void neuronOutputsShowsOneTilePerUnitOfTheChosenLayer() {
        Sequential model = new Sequential(Keras.Input(2), Keras.Dense(3, "tanh"),
                Keras.Dense(1, "sigmoid"));
        Tensor x = Samples.blobs(20);

        assertThat(Plots.neuronOutputs(model, 0, x).toString()).startsWith("grid of 3 images");
        assertThat(Plots.neuronOutputs(model, 1, x).toString()).startsWith("image");
        assertThatThrownBy(() -> Plots.neuronOutputs(model, 2, x))
                .hasMessageContaining("no layer 2").hasMessageContaining("0 to 1");
    }

    @Test
    void aLiveChartIsKeptAsAPngWhenTheLogIsRead() throws IOException {
        int before = ChartLog.count();
        LiveTraining live = new LiveTraining();
        live.onTrainBegin(3, 1);
        for (int e = 0; e < 3; e++) {
            live.onEpochEnd(e, Samples.logs(e));
        }
        live.onTrainEnd(Samples.logs(2));

        List<ChartLog.Entry> added = ChartLog.since(before);
        assertThat(added).hasSize(1);
        assertThat(ImageIO.read(new ByteArrayInputStream(added.get(0).png())).getWidth())
                .isEqualTo(720);
        assertThat(Plots.lastChart().toString()).startsWith("line chart \"Training\"");
    }

    @Test
    void aWrongExtensionIsExplained() {
        assertThatThrownBy(() -> Plots.plot(1, 2).save(dir.resolve("x.jpeg").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.jpeg").hasMessageContaining(".png or .svg");
    }

    @Test
    void badShapesAreExplainedWithTheShape() {
        assertThatThrownBy(() -> Plots.scatter(Tensor.zeros(4, 3), Tensor.zeros(4)))
                .hasMessageContaining("[4, 3]").hasMessageContaining("[n, 2]");
        assertThatThrownBy(() -> Plots.images(Tensor.zeros(2, 7)))
                .hasMessageContaining("[2, 7]");
        assertThatThrownBy(() -> Plots.bar(new String[] {"a"}, new double[] {1, 2}))
                .hasMessageContaining("1 labels but 2 values");
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
