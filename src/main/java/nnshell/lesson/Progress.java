package nnshell.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where each lesson stopped, kept in {@code lessons-progress.properties} in the state
 * directory. Every save writes a temporary file, forces it to disk and moves it over the old
 * one atomically, so a kill at any moment leaves either the old or the new file, never a torn
 * one.
 */
public final class Progress {
    /** The file's name inside the state directory. */
    public static final String FILE_NAME = "lessons-progress.properties";
    private static final System.Logger LOG = System.getLogger(Progress.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    private Progress(Path file) {
        this.file = file;
    }

    /** The progress saved in {@code stateDir}; empty progress when there is none yet. */
    public static Progress load(Path stateDir) {
        Progress progress = new Progress(stateDir.resolve(FILE_NAME));
        if (Files.isRegularFile(progress.file)) {
            try (Reader in = Files.newBufferedReader(progress.file, StandardCharsets.UTF_8)) {
                progress.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                progress.values.clear();
                progress.keepAside(e);
            }
        }
        return progress;
    }

    /** Moves an unreadable file aside (to {@code .bad}) so that the next save keeps it. */
    private void keepAside(Exception why) {
        Path aside = file.resolveSibling(FILE_NAME + ".bad");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            aside = file;
        }
        LOG.log(System.Logger.Level.WARNING, "Could not read lesson progress (" + why.getMessage()
                + "); starting afresh, the old file is kept as " + aside);
    }

    /** The step (from 0) where lesson {@code id} stopped; 0 when it was never started. */
    public int step(String id) {
        return Integer.parseInt(values.getProperty(key(id, "step"), "0"));
    }

    /** Whether lesson {@code id} was ever started. */
    public boolean started(String id) {
        return values.containsKey(key(id, "step"));
    }

    /** Whether lesson {@code id} was worked through to its end. */
    public boolean finished(String id) {
        return Boolean.parseBoolean(values.getProperty(key(id, "finished"), "false"));
    }

    /** Steps (from 0) of lesson {@code id} whose exercise was solved or skipped. */
    public Set<Integer> done(String id) {
        String list = values.getProperty(key(id, "done"), "");
        return Arrays.stream(list.split(","))
                .filter(s -> !s.isBlank())
                .map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Records that lesson {@code id} is at {@code step}. */
    public void setStep(String id, int step) {
        values.setProperty(key(id, "step"), String.valueOf(step));
        values.setProperty("current", id);
    }

    /** Records that the exercise of {@code step} in lesson {@code id} is done. */
    public void markDone(String id, int step) {
        Set<Integer> done = done(id);
        done.add(step);
        values.setProperty(key(id, "done"), done.stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
    }

    /** Records that lesson {@code id} was worked through to its end. */
    public void markFinished(String id) {
        values.setProperty(key(id, "finished"), "true");
    }

    /** Forgets everything about lesson {@code id}. */
    public void reset(String id) {
        values.keySet().removeIf(k -> k.toString().startsWith("lesson." + id + "."));
    }

    /** Writes the progress to disk atomically (temporary file, fsync, atomic move). */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        StringWriter text = new StringWriter();
        values.store(text, "nnshell lesson progress");
        Path temp = Files.createTempFile(file.getParent(), ".lessons-progress", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                channel.force(true);
            }
            move(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String key(String id, String field) {
        return "lesson." + id + "." + field;
    }
}
