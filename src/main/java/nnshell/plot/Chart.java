package nnshell.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;

/**
 * A chart: it shows itself where charts go now (window, terminal, file) and saves as PNG or SVG.
 * A chart changed once shown (a series added, a title set) redraws its window, rewrites its file
 * in file mode and updates the session's record of it; in the terminal, call {@link #show()}
 * again to see the change.
 *
 * <pre>{@code plot(losses).save("loss.png");}</pre>
 */
public abstract class Chart {
    private volatile String title;
    private volatile int width = 720;
    private volatile int height = 460;
    private volatile Runnable onChange = () -> { };
    private final java.util.concurrent.atomic.AtomicLong windowPaintNanos =
            new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong windowPaints =
            new java.util.concurrent.atomic.AtomicLong();

    /** A chart with the given title. */
    protected Chart(String title) {
        this.title = title == null ? "" : title;
    }

    /** Draws the chart on {@code g} in a {@code width} x {@code height} area. */
    protected abstract void paint(Graphics2D g, int width, int height);

    /** What kind of chart this is, in a few words ("line chart"). */
    protected abstract String kind();

    /** The chart as text for a terminal of {@code cols} x {@code rows} characters. */
    public String toTerminal(int cols, int rows, boolean ansi) {
        return TerminalImage.render(this, cols, rows, ansi);
    }

    /** The title shown above the chart. */
    public String title() {
        return title;
    }

    /** Sets the title and returns this chart. Example: {@code plot(y).title("Loss")}. */
    public Chart title(String newTitle) {
        this.title = newTitle == null ? "" : newTitle;
        changed();
        return this;
    }

    /** The size in pixels used for windows and files. */
    public int width() {
        return width;
    }

    /** The height in pixels used for windows and files. */
    public int height() {
        return height;
    }

    /** Sets the size in pixels and returns this chart. Example: {@code chart.size(800, 600)}. */
    public Chart size(int newWidth, int newHeight) {
        if (newWidth < 50 || newHeight < 50 || newWidth > 8000 || newHeight > 8000) {
            throw new IllegalArgumentException(Messages.text("size.bad", newWidth, newHeight));
        }
        this.width = newWidth;
        this.height = newHeight;
        changed();
        return this;
    }

    /** The chart drawn as an image of the given size. */
    public BufferedImage image(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Chart still = frozen();
            synchronized (still) {
                still.paint(g, w, h);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The chart as PNG bytes at its own size. */
    public byte[] png() {
        return png(width, height);
    }

    /** The chart as PNG bytes at the given size. */
    public byte[] png(int w, int h) {
        return Png.encode(image(w, h));
    }

    /** The chart as an SVG document at its own size. */
    public byte[] svg() {
        VectorGraphics2D g = new VectorGraphics2D();
        synchronized (this) {
            paint(g, width, height);
        }
        Document doc = Processors.get("svg")
                .getDocument(g.getCommands(), new PageSize(0, 0, width, height));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(doc, out);
        return out.toByteArray();
    }

    /**
     * Saves the chart as PNG or SVG (by the file's extension) and returns this chart.
     *
     * <pre>{@code chart.save("boundary.svg")}</pre>
     */
    public Chart save(String file) {
        Path path = Path.of(file);
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String ext = name.contains(".")
                ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        byte[] bytes = switch (ext) {
            case "png" -> png();
            case "svg" -> svg();
            default -> throw new IllegalArgumentException(Messages.text("save.ext", file));
        };
        write(path, bytes);
        return this;
    }

    /** Writes bytes to a file, making its directory; a sentence names the file on failure. */
    static void write(Path path, byte[] bytes) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.text("save.io", path, e.getMessage()),
                    e);
        }
    }

    /** Time spent painting this chart in windows so far, in nanoseconds. */
    long windowPaintNanos() {
        return windowPaintNanos.get();
    }

    void addWindowPaintNanos(long nanos) {
        windowPaintNanos.addAndGet(nanos);
        windowPaints.incrementAndGet();
    }

    /** How many times this chart was painted in a window. */
    long windowPaints() {
        return windowPaints.get();
    }

    /** Shows the chart where charts go now (see {@code /plot mode}) and returns it. */
    public Chart show() {
        Display.show(this);
        return this;
    }

    /**
     * The chart as it is now, for painting without holding up those who change it: charts that
     * grow (live curves) return a copy, others themselves.
     */
    protected Chart frozen() {
        return this;
    }

    /** Redraws the chart wherever it is shown, after its data changed. */
    protected void changed() {
        onChange.run();
    }

    /** What happens now when the chart changes. */
    Runnable onChange() {
        return onChange;
    }

    /** Sets what happens when the chart changes (a window repaints); used by displays. */
    void onChange(Runnable action) {
        this.onChange = action == null ? () -> { } : action;
    }

    @Override
    public String toString() {
        String t = title.isBlank() ? "" : " \"" + title + "\"";
        return kind() + t;
    }

    private static void write(Document doc, OutputStream out) {
        try {
            doc.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
