package nnshell.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nnshell.shell.spi.EvalListener;
import nnshell.shell.spi.EvalResult;

/**
 * Appends every snippet that ran to a journal file, forced to disk before the shell shows the
 * result, so that a session survives a crash, {@code kill -9} or a closed terminal.
 *
 * <p>Each shell process writes {@code journal/session-PID.jsh} in the state directory, in the
 * same format as a saved script. A normal exit moves it to {@code journal/last-session.jsh};
 * a journal whose process is gone is an unfinished session that the next start offers to
 * restore.
 */
public final class Journal implements EvalListener, AutoCloseable {
    private static final Pattern NAME = Pattern.compile("session-(\\d+)\\.jsh");

    private final Path file;
    private final String header;
    private FileChannel channel;

    private Journal(Path file, String header) {
        this.file = file;
        this.header = header;
    }

    /**
     * This process's journal in {@code stateDir}, for a session with this seed; the file is
     * written from the first snippet on, so a session that ran nothing leaves nothing.
     */
    public static Journal start(Path stateDir, long seed) throws IOException {
        Path dir = Files.createDirectories(stateDir.resolve("journal"));
        Path file = dir.resolve("session-" + ProcessHandle.current().pid() + ".jsh");
        return new Journal(file, "// nnshell journal of an unfinished session\n// started: "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n// seed: " + seed
                + "\n\nnnshell.dsl.Seeds.set(" + seed + "L);\n");
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    @Override
    public void evaluated(EvalResult result) {
        if (!result.ok() || result.source().isBlank()) {
            return;
        }
        StringBuilder entry = new StringBuilder("\n")
                .append(Recording.snippet(result.source())).append('\n');
        ScriptWriter.expectation(result).lines()
                .forEach(l -> entry.append(Script.EXPECT).append(' ').append(l).append('\n'));
        append(entry.toString());
    }

    private synchronized void append(String text) {
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                // held while this shell lives; the system drops it the moment the process dies
                channel.tryLock();
                write(header);
            }
            write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(true);
    }

    /** Ends the session normally: the journal becomes {@code last-session.jsh}. */
    @Override
    public synchronized void close() throws IOException {
        if (channel == null) {
            return;
        }
        channel.close();
        channel = null;
        Files.move(file, file.resolveSibling("last-session.jsh"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Journals in {@code stateDir} whose shell is no longer running, newest first. */
    public static List<Path> unfinished(Path stateDir) throws IOException {
        Path dir = stateDir.resolve("journal");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Journal::orphaned)
                    .sorted(Comparator.comparing(Journal::modified).reversed())
                    .toList();
        }
    }

    private static boolean orphaned(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        // a killed shell can linger as a zombie for seconds, so its lock tells, not its pid
        Optional<Boolean> locked = lockedByAnother(file);
        if (locked.isPresent()) {
            return !locked.get();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isEmpty() || !process.get().isAlive();
    }

    /** Whether another live process holds the journal's lock; empty if that cannot be told. */
    private static Optional<Boolean> lockedByAnother(Path file) {
        try (FileChannel probe = FileChannel.open(file, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = probe.tryLock();
            if (lock == null) {
                return Optional.of(true);
            }
            lock.release();
            return Optional.of(false);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return Optional.of(true);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** When the journal was last written to. */
    public static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
