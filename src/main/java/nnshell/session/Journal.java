package nnshell.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nnshell.dsl.Seeds;
import nnshell.shell.spi.EvalListener;
import nnshell.shell.spi.EvalResult;

/**
 * Appends every snippet that ran to a journal file, forced to disk before the shell shows the
 * result, so that a session survives a crash, {@code kill -9} or a closed terminal.
 *
 * <p>Each shell process writes {@code journal/session-PID.jsh} in the state directory, in the
 * same format as a saved script. A normal exit moves it to {@code journal/last-session.jsh};
 * a journal whose process is gone is an unfinished session that later starts offer to
 * restore until it is restored, discarded or older than {@link #KEPT}.
 *
 * <p>What the student undid is written down too: {@code /reset} empties the journal, and an
 * entry whose declaration was dropped with {@code /drop}, or whose thread was stopped with
 * {@code /threads stop}, gets a line {@code //! skip FIRST-LAST REASON} that restore obeys.
 */
public final class Journal implements EvalListener, AutoCloseable {
    /** How long an unfinished session is offered; older ones are removed at start. */
    public static final Duration KEPT = Duration.ofDays(14);

    /** A line that marks lines FIRST to LAST as undone: "//! skip 12-13 drop big". */
    static final Pattern SKIP = Pattern.compile("^//! skip (\\d+)-(\\d+) (drop \\S+|threads)$");

    private static final Pattern NAME = Pattern.compile("session-(\\d+)(-\\d+)?\\.jsh");
    /** Journals this process writes: never probed, since closing a probe drops our lock. */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private long seed;
    private final List<Entry> entries = new ArrayList<>();
    private boolean headerWritten;
    private boolean closed;
    private int lines;

    /** A journaled snippet and the lines it takes in the file (1-based, inclusive). */
    private record Entry(EvalResult result, int first, int last) {
    }

    private Journal(Path file, FileChannel channel, long seed) {
        this.file = file;
        this.channel = channel;
        this.seed = seed;
    }

    /**
     * This process's journal in {@code stateDir}, for a session with this seed. The file is
     * made and locked at once, under a name no other journal has (a killed shell whose pid
     * came back keeps its own); it stays empty until the first snippet.
     */
    public static Journal start(Path stateDir, long seed) throws IOException {
        Path dir = Files.createDirectories(stateDir.resolve("journal"));
        String pid = "session-" + ProcessHandle.current().pid();
        for (int n = 1;; n++) {
            Path file = dir.resolve(pid + (n == 1 ? "" : "-" + n) + ".jsh");
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                // held while this shell lives; the system drops it the moment the process dies
                channel.tryLock();
                OWN.add(file.toAbsolutePath());
                return new Journal(file, channel, seed);
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier shell with the same pid: try the next name
            }
        }
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void evaluated(EvalResult result) {
        if (!result.ok() || result.source().isBlank()) {
            return;
        }
        StringBuilder entry = new StringBuilder("\n")
                .append(Recording.snippet(result.source())).append('\n');
        ScriptWriter.expectation(result).lines()
                .forEach(l -> entry.append(Script.EXPECT).append(' ').append(l).append('\n'));
        append(entry.toString());
        // the entry's code starts on the line after its leading blank one
        int first = lines - newlines(entry.toString()) + 2;
        entries.add(new Entry(result, first, lines));
    }

    /** After {@code /reset}: nothing journaled so far is part of the session any more. */
    @Override
    public synchronized void reset() {
        try {
            if (closed) {
                return;
            }
            channel.truncate(0);
            channel.position(0);
            channel.force(true);
            headerWritten = false;
            lines = 0;
            // what runs next draws from the seed set now, not from the one at start
            seed = Seeds.get();
            entries.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After {@code /drop}: every entry that declared one of these names is skipped. */
    @Override
    public synchronized void dropped(List<String> names) {
        for (Entry e : List.copyOf(entries)) {
            Optional<String> name = e.result().declared().stream().filter(names::contains)
                    .findFirst();
            if (name.isPresent()) {
                skip(e, "drop " + name.get());
            }
        }
    }

    /** After {@code /threads stop}: the entries that started those threads are skipped. */
    @Override
    public synchronized void threadsStopped(List<EvalResult> starters) {
        for (Entry e : List.copyOf(entries)) {
            if (starters.stream().anyMatch(s -> s == e.result())) {
                skip(e, "threads");
            }
        }
    }

    private void skip(Entry entry, String reason) {
        entries.remove(entry);
        append("//! skip " + entry.first() + "-" + entry.last() + " " + reason + "\n");
    }

    private void append(String text) {
        try {
            if (closed) {
                return;
            }
            if (!headerWritten) {
                write(header());
                headerWritten = true;
            }
            write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String header() {
        return "// nnshell journal of an unfinished session\n// started: "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n// seed: " + seed
                + "\n\nnnshell.dsl.Seeds.set(" + seed + "L);\n";
    }

    private void write(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(true);
        lines += newlines(text);
    }

    private static int newlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    /**
     * Ends the session normally: the journal becomes {@code last-session.jsh}, or goes if
     * nothing ran.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        channel.close();
        OWN.remove(file.toAbsolutePath());
        if (headerWritten) {
            Files.move(file, file.resolveSibling("last-session.jsh"),
                    StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Journals in {@code stateDir} whose shell is no longer running, newest first, old ones
     * too. An empty one (its shell ran nothing) is removed instead.
     */
    public static List<Path> unfinished(Path stateDir) throws IOException {
        Path dir = stateDir.resolve("journal");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.filter(Journal::orphaned).toList();
        }
        List<Path> unfinished = new ArrayList<>();
        for (Path f : found) {
            if (Files.size(f) > 0) {
                unfinished.add(f);
            } else {
                Files.deleteIfExists(f);
            }
        }
        unfinished.sort(Comparator.comparing(Journal::modified).reversed());
        return unfinished;
    }

    /** Whether the journal was last written to more than {@link #KEPT} before {@code now}. */
    public static boolean old(Path file, Instant now) {
        return Instant.ofEpochMilli(modified(file)).plus(KEPT).isBefore(now);
    }

    private static boolean orphaned(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || OWN.contains(file.toAbsolutePath())) {
            return false;
        }
        // a killed shell can linger as a zombie for seconds, so its lock tells, not its pid
        Optional<Boolean> locked = lockedByAnother(file);
        if (locked.isPresent()) {
            return !locked.get();
        }
        long pid = Long.parseLong(m.group(1));
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return pid != ProcessHandle.current().pid()
                && (process.isEmpty() || !process.get().isAlive());
    }

    /** Whether another live process holds the journal's lock; empty if that cannot be told. */
    private static Optional<Boolean> lockedByAnother(Path file) {
        try (FileChannel probe = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = probe.tryLock();
            if (lock == null) {
                return Optional.of(true);
            }
            lock.release();
            return Optional.of(false);
        } catch (OverlappingFileLockException e) {
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
