package nnshell.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import nnshell.console.Console;
import nnshell.plot.PlotMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the benchmark workloads through the DSL (W1, W1b, W2) and a plain Java loop for W1,
 * following WORKLOADS.md: untimed warm-up runs (the first reported as cold), then timed
 * repetitions, each from the same seed; prints median, min and max, steps/s and accuracy.
 *
 * <pre>{@code ./nnshell bench --workload W1 --reps 7 --json}</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the benchmark workloads (W1, W1b, W2 and a plain-Java W1) and "
                + "prints steps per second.")
public final class BenchCommand implements Callable<Integer> {
    private static final Map<String, Double> TARGETS = Map.of("W1", 50_000.0, "W1b", 4_500.0,
            "W2", 2_500.0);

    @Option(names = {"-w", "--workload"}, split = ",", paramLabel = "NAME",
            description = "Workloads to run: W1, W1b, W2, plain (default: all).")
    List<String> workloads;

    @Option(names = {"-r", "--reps"},
            description = "Timed repetitions (default: 7; with --live, pairs: 31).")
    Integer reps;

    @Option(names = "--warmup", description = "Untimed warm-up runs, the first reported as cold "
            + "(default: 2; with --live, pairs: 5).")
    Integer warmup;

    @Option(names = "--live", paramLabel = "MODE", description = "Measures what live training "
            + "charts cost on W1: the student's fit with live plots off and on in MODE "
            + "(window, terminal, or off: installed but drawing nothing), interleaved.")
    String live;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--bench-dir", paramLabel = "DIR",
            description = "Directory with spiral.csv and digits.csv (default: "
                    + "$nnshell.home/../shared/bench/data, or beside a parent).")
    Path benchDir;

    /** The measured figures of one workload. */
    record Result(String name, int steps, double cold, double median, double min, double max,
            double cpuMedian, double accuracy) {
        double stepsPerSecond() {
            return steps / median;
        }

        /** Steps per second of the training thread's CPU time: what an idle machine gives. */
        double cpuStepsPerSecond() {
            return steps / cpuMedian;
        }
    }

    @Override
    public Integer call() throws Exception {
        Console out = Console.current();
        Path dir = benchDir != null ? benchDir : defaultDir();
        if (dir == null || !Files.isRegularFile(dir.resolve("spiral.csv"))) {
            out.println("No benchmark data in " + (dir == null ? "the default place" : dir)
                    + ": give the directory holding spiral.csv and digits.csv with --bench-dir.");
            return 2;
        }
        if (live != null) {
            return live(out, dir);
        }
        List<String> names = workloads == null ? List.of("W1", "W1b", "W2", "plain") : workloads;
        int reps = this.reps == null ? 7 : this.reps;
        int warmup = this.warmup == null ? 2 : this.warmup;
        List<String> unknown = names.stream().filter(w -> !known(w)).toList();
        if (!unknown.isEmpty() || reps < 1 || warmup < 1) {
            out.println("Unknown workload " + unknown + " or reps/warmup below 1: use W1, W1b, "
                    + "W2 or plain, at least 1 warm-up and 1 repetition.");
            return 2;
        }
        Workloads w = new Workloads(dir);
        List<Result> results = new ArrayList<>();
        for (String name : names) {
            results.add(measure(canonical(name), supplier(w, canonical(name)), reps, warmup));
        }
        out.println(json ? json(results) : table(results));
        return 0;
    }

    /** {@code --live MODE}: W1 fits with live plots off and on, interleaved; see LiveCost. */
    private int live(Console out, Path dir) throws java.io.IOException, InterruptedException {
        PlotMode mode = liveMode();
        int pairs = reps == null ? 31 : reps;
        int warmupPairs = warmup == null ? 5 : warmup;
        String usage = mode == null ? Messages.text("live.mode", live)
                : workloads != null && !workloads.stream().allMatch("W1"::equalsIgnoreCase)
                ? Messages.text("live.workload")
                : mode == PlotMode.WINDOW && !PlotMode.displayAvailable()
                ? Messages.text("live.nodisplay") : null;
        if (usage != null || pairs < 1 || warmupPairs < 1) {
            out.println(usage != null ? usage : Messages.text("live.counts"));
            return 2;
        }
        LiveCost.Result result = LiveCost.measure(new Workloads(dir), mode, warmupPairs, pairs);
        out.println(json ? LiveCost.json(result) : LiveCost.report(result));
        return 0;
    }

    /** The mode --live names: window, terminal or off; null for any other word. */
    private PlotMode liveMode() {
        return switch (live.trim().toLowerCase(Locale.ROOT)) {
            case "window" -> PlotMode.WINDOW;
            case "terminal" -> PlotMode.TERMINAL;
            case "off" -> PlotMode.OFF;
            default -> null;
        };
    }

    private static Result measure(String name, Supplier<Workloads.Run> run, int reps,
            int warmup) {
        double cold = run.get().seconds();
        for (int i = 1; i < warmup; i++) {
            run.get();
        }
        double[] times = new double[reps];
        double[] cpu = new double[reps];
        Workloads.Run last = null;
        for (int i = 0; i < reps; i++) {
            last = run.get();
            times[i] = last.seconds();
            cpu[i] = last.cpuSeconds();
        }
        Arrays.sort(times);
        return new Result(name, last.steps(), cold, median(times), times[0], times[reps - 1],
                median(cpu), last.accuracy());
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static Supplier<Workloads.Run> supplier(Workloads w, String name) {
        return switch (name) {
            case "W1" -> w::w1;
            case "W1b" -> w::w1b;
            case "W2" -> w::w2;
            default -> w::plainW1;
        };
    }

    private static boolean known(String name) {
        return List.of("w1", "w1b", "w2", "plain").contains(name.toLowerCase(Locale.ROOT));
    }

    private static String canonical(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "w1" -> "W1";
            case "w1b" -> "W1b";
            case "w2" -> "W2";
            default -> "plain W1";
        };
    }

    /** {@code shared/bench/data} beside the install directory, or beside one of its parents. */
    private static Path defaultDir() {
        String home = System.getProperty("nnshell.home");
        Path at = Path.of(home == null ? "." : home).toAbsolutePath().normalize();
        for (Path p = at.getParent(); p != null; p = p.getParent()) {
            Path dir = p.resolve("shared/bench/data");
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        return null;
    }

    static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%-9s %6s %7s %9s %8s %8s %9s %9s %9s %7s%n", "workload", "steps", "cold s",
                "median s", "min s", "max s", "steps/s", "cpu st/s", "accuracy", "target"));
        for (Result r : results) {
            Double target = TARGETS.get(r.name());
            sb.append(String.format(Locale.ROOT,
                    "%-9s %6d %7.3f %9.4f %8.4f %8.4f %9.0f %9.0f %8.1f%% %7s%n",
                    r.name(), r.steps(), r.cold(), r.median(), r.min(), r.max(),
                    r.stepsPerSecond(), r.cpuStepsPerSecond(), 100 * r.accuracy(),
                    target == null ? "-" : String.format(Locale.ROOT, "%.0f", target)));
        }
        ratio(results).ifPresent(ratio -> sb.append(String.format(Locale.ROOT,
                "DSL W1 / plain Java W1 (steps/s): %.2f%n", ratio)));
        return sb.toString().stripTrailing();
    }

    static String json(List<Result> results) {
        StringBuilder sb = new StringBuilder("{\n  \"cores\": ")
                .append(Runtime.getRuntime().availableProcessors()).append(",\n  \"workloads\": [");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", "\"" + r.name() + "\"");
            fields.put("steps", r.steps());
            fields.put("cold_s", r.cold());
            fields.put("median_s", r.median());
            fields.put("min_s", r.min());
            fields.put("max_s", r.max());
            fields.put("steps_per_s", r.stepsPerSecond());
            fields.put("cpu_median_s", r.cpuMedian());
            fields.put("cpu_steps_per_s", r.cpuStepsPerSecond());
            fields.put("accuracy", r.accuracy());
            sb.append(i == 0 ? "\n    {" : ",\n    {");
            fields.forEach((k, v) -> sb.append('"').append(k).append("\": ").append(v)
                    .append(", "));
            sb.setLength(sb.length() - 2);
            sb.append('}');
        }
        sb.append("\n  ]");
        ratio(results).ifPresent(r -> sb.append(",\n  \"w1_ratio_to_plain\": ").append(r));
        return sb.append("\n}").toString();
    }

    private static java.util.Optional<Double> ratio(List<Result> results) {
        var dsl = results.stream().filter(r -> r.name().equals("W1")).findFirst();
        var plain = results.stream().filter(r -> r.name().equals("plain W1")).findFirst();
        return dsl.isPresent() && plain.isPresent()
                ? java.util.Optional.of(dsl.get().stepsPerSecond() / plain.get().stepsPerSecond())
                : java.util.Optional.empty();
    }
}
