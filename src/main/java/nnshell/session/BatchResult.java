package nnshell.session;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The outcome of replaying one script of a batch.
 *
 * @param script the script's file name
 * @param reproduced values that came out as recorded
 * @param total values recorded
 * @param seconds wall time of its JVM
 * @param reason why it failed, empty when it reproduced
 */
public record BatchResult(String script, int reproduced, int total, double seconds,
        String reason) {

    /** Whether the script reproduced completely. */
    public boolean ok() {
        return reason.isEmpty();
    }

    /** The one-line reason a replay did not reproduce: its first problem, or empty. */
    static String reason(Replay replay) {
        return replay.problems().stream().findFirst().map(BatchResult::reason).orElse("");
    }

    private static String reason(Replay.StepResult step) {
        if (step.outcome() == Replay.Outcome.DIFFERENT) {
            return Messages.text("batch.differs",
                    step.valueResult().map(step::lineOf).orElse(step.step().line()));
        }
        var failure = step.failure().orElseThrow();
        int line = step.lineOf(failure);
        String message = failure.message().lines().findFirst().orElse("");
        return switch (failure.status()) {
            case COMPILE_ERROR -> Messages.text("batch.compile", line, message);
            case REFUSED -> Messages.text("batch.refused", line, message);
            case STOPPED -> Messages.text("batch.stopped", line);
            default -> message.contains("OutOfMemoryError")
                    ? Messages.text("batch.memory") : Messages.text("batch.threw", line, message);
        };
    }

    /**
     * Writes a child JVM's outcome for the batch to read; if the JVM ends before a replay
     * finished (a script called System.exit), a shutdown hook says so.
     */
    static final class Sink {
        private final Path file;
        private volatile boolean written;

        Sink(Path file) {
            this.file = file;
            if (file != null) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::exitedEarly));
            }
        }

        void finished(Replay replay) {
            write(replay.reproduced(), replay.total(), reason(replay));
        }

        void unusable(String message) {
            write(0, 0, message);
        }

        private void exitedEarly() {
            if (!written) {
                write(0, 0, Messages.text("batch.exit"));
            }
        }

        private synchronized void write(int reproduced, int total, String reason) {
            if (file == null) {
                return;
            }
            Properties p = new Properties();
            p.setProperty("reproduced", String.valueOf(reproduced));
            p.setProperty("total", String.valueOf(total));
            p.setProperty("reason", reason);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, null);
                written = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads what a child wrote; null when it wrote nothing. */
    static Properties read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return p;
        } catch (IOException e) {
            return null;
        }
    }
}
