package nnshell.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nnshell.console.Console;
import nnshell.console.Lang;

/**
 * Replays every script of a folder (a class's submissions), each in its own JVM with a time
 * and a heap limit, several at once, and writes a summary as CSV and HTML. A script that loops
 * forever, exits, allocates without bound or does not compile is reported and the batch goes on.
 */
final class BatchReplay {
    /** The JVM's exit code under -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final int timeoutSeconds;
    private final String memory;
    private final int jobs;
    private final double tolerance;

    BatchReplay(int timeoutSeconds, String memory, int jobs, double tolerance) {
        this.timeoutSeconds = timeoutSeconds;
        this.memory = memory;
        this.jobs = jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
        this.tolerance = tolerance;
    }

    /** Replays the folder's scripts, prints a line for each, writes the summary; 0 if all ok. */
    int run(Path dir, Path out, Console console) {
        List<Path> scripts;
        try {
            scripts = scripts(dir);
        } catch (ScriptFile.Unusable e) {
            console.println(e.getMessage());
            return 2;
        }
        Path target = out == null ? dir : out;
        List<BatchResult> results = replayAll(scripts, target, console);
        try {
            BatchSummary.write(results, target);
        } catch (IOException e) {
            console.println(Messages.text("batch.summaryFailed", target, e.getMessage()));
            return 1;
        }
        long ok = results.stream().filter(BatchResult::ok).count();
        console.println(Messages.text("batch.done", ok,
                Messages.count("script", results.size()), target.resolve(BatchSummary.CSV),
                target.resolve(BatchSummary.HTML), results.size()));
        return ok == results.size() ? 0 : 1;
    }

    private static List<Path> scripts(Path dir) throws ScriptFile.Unusable {
        if (!Files.isDirectory(dir)) {
            throw new ScriptFile.Unusable(Messages.text("batch.notDir", dir));
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
            if (found.isEmpty()) {
                throw new ScriptFile.Unusable(Messages.text("batch.empty", dir));
            }
            return found;
        } catch (IOException e) {
            throw new ScriptFile.Unusable(Messages.text("file.unreadable", dir, e.getMessage()));
        }
    }

    private List<BatchResult> replayAll(List<Path> scripts, Path target, Console console) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<BatchResult>> futures = new ArrayList<>();
            for (Path script : scripts) {
                futures.add(pool.submit(() -> report(replayInJvm(script, target), console)));
            }
            List<BatchResult> results = new ArrayList<>();
            for (Future<BatchResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static BatchResult report(BatchResult r, Console console) {
        String mark = r.ok() ? "ok  " : "FAIL";
        console.println(String.format(Lang.locale(), "%s %-28s %d/%d  %.1f s  %s", mark,
                r.script(), r.reproduced(), r.total(), r.seconds(), r.reason()).stripTrailing());
        return r;
    }

    /** Replays one script in a new JVM (plots to {@code target/plots/NAME}); reads its result. */
    BatchResult replayInJvm(Path script, Path target) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("nnshell-replay-");
        Path resultFile = work.resolve("result.properties");
        Path log = work.resolve("output.log");
        long start = System.nanoTime();
        Path plots = target.resolve("plots")
                .resolve(script.getFileName().toString().replaceFirst("\\.jsh$", ""));
        ProcessBuilder builder = new ProcessBuilder(command(script, resultFile, plots))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return result(script, finished, process.exitValue(), resultFile, log, seconds);
    }

    private BatchResult result(Path script, boolean finished, int exit, Path resultFile,
            Path log, double seconds) throws IOException {
        String name = script.getFileName().toString();
        if (!finished) {
            return new BatchResult(name, 0, 0, seconds,
                    Messages.text("batch.timeout", timeoutSeconds));
        }
        if (exit == OUT_OF_MEMORY_EXIT && logMentions(log, "OutOfMemoryError")) {
            return new BatchResult(name, 0, 0, seconds, Messages.text("batch.memory"));
        }
        Properties p = BatchResult.read(resultFile);
        if (p == null) {
            return new BatchResult(name, 0, 0, seconds,
                    Messages.text("batch.noResult", exit, lastLine(log)));
        }
        return new BatchResult(name, Integer.parseInt(p.getProperty("reproduced", "0")),
                Integer.parseInt(p.getProperty("total", "0")), seconds,
                p.getProperty("reason", ""));
    }

    private List<String> command(Path script, Path resultFile, Path plots) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + memory,
                "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dnnshell.plots=file", "-Dnnshell.plots.dir=" + plots.toAbsolutePath(),
                "-Dnnshell.lang=" + Lang.locale().getLanguage(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                // the runtime exit guard is a security manager: allowed, and its warning hidden
                "-Djava.security.manager=allow", "--add-opens=java.base/java.lang=ALL-UNNAMED"));
        passOn(cmd, "nnshell.home");
        passOn(cmd, "nnshell.data.dir");
        passOn(cmd, "nnshell.state.dir");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "nnshell.cli.Main",
                "replay", "--result-file", resultFile.toString(),
                "--tolerance", String.valueOf(tolerance), script.toAbsolutePath().toString()));
        return cmd;
    }

    private static void passOn(List<String> cmd, String property) {
        String value = System.getProperty(property);
        if (value != null) {
            cmd.add("-D" + property + "=" + value);
        }
    }

    private static boolean logMentions(Path log, String text) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(text);
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                .strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }
}
