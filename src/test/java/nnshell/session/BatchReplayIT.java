package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.cli.Main;
import nnshell.console.Console;
import nnshell.lesson.HeadlessContext;
import nnshell.testkit.Printed;

/**
 * A class's folder of submissions: a good script, a diverging one, an endless loop, one that
 * calls System.exit, one that allocates without bound and one that does not compile.
 */
class BatchReplayIT {
    private static final String SEEDED = """
            var rng = Seeds.next();
            double sum = 0;
            for (int i = 0; i < 1000; i++) sum += rng.nextGaussian();
            sum
            """;

    @TempDir
    Path dir;

    @Test
    void everyScriptIsReportedAndNoneStopsTheBatch() throws IOException {
        String good = savedSession();
        Files.writeString(dir.resolve("anna.jsh"), good);
        Files.writeString(dir.resolve("bartek.jsh"), good.replaceFirst("//> sum ==> .*",
                "//> sum ==> 12.5"));
        Files.writeString(dir.resolve("celina.jsh"), "int n = 0;\nwhile (true) { n++; }\n");
        Files.writeString(dir.resolve("dawid.jsh"), "int n = 1;\n//> n ==> 1\nSystem.exit(0);\n");
        Files.writeString(dir.resolve("ewa.jsh"), "var keep = new java.util.ArrayList<long[]>();\n"
                + "while (true) keep.add(new long[1_000_000]);\n");
        Files.writeString(dir.resolve("filip.jsh"), "int n = \"three\";\n");

        // the good scripts took 16 s each here, two at a time on 2 cores at load 11 (this
        // test's summary CSV); 40 s leaves them 2.5x that and waits less on the endless loop
        Run run = batch("replay", "--all", dir.toString(), "--timeout", "40",
                "--memory", "200m", "--out", dir.resolve("summary").toString());

        Map<String, String[]> rows = csv(dir.resolve("summary/replay-summary.csv"));
        assertThat(run.exit).as(run.out).isEqualTo(1);
        assertThat(rows).hasSize(6);
        assertThat(rows.get("anna.jsh")[1]).isEqualTo("3");
        assertThat(rows.get("anna.jsh")[2]).isEqualTo("3");
        assertThat(rows.get("anna.jsh")[4]).isEmpty();
        assertThat(rows.get("bartek.jsh")[1]).isEqualTo("2");
        assertThat(rows.get("bartek.jsh")[4]).startsWith("a value differs (line ");
        assertThat(rows.get("celina.jsh")[4]).isEqualTo("timed out after 40s");
        assertThat(rows.get("dawid.jsh")[4]).containsAnyOf("System.exit");
        assertThat(rows.get("ewa.jsh")[4]).isEqualTo("ran out of memory");
        assertThat(rows.get("filip.jsh")[4]).startsWith("does not compile (line 1)")
                .contains("incompatible types");
        assertThat(run.out).contains("1 of 6 scripts reproduced");
        Document html = Jsoup.parse(dir.resolve("summary/replay-summary.html").toFile(), "UTF-8");
        assertThat(html.select("tr.ok td:first-child").eachText()).containsExactly("anna.jsh");
        assertThat(html.select("tr.fail")).hasSize(5);
    }

    private String savedSession() {
        try (HeadlessContext shell = new Printed().session(dir.resolve("state"))) {
            shell.eval(SEEDED);
            return ScriptWriter.text(shell.history(), 42);
        }
    }

    private static Map<String, String[]> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        System.out.println(String.join("\n", lines));
        assertThat(lines.get(0)).isEqualTo("script,reproduced,total,seconds,reason");
        return lines.stream().skip(1).map(l -> l.split(",", 5))
                .collect(Collectors.toMap(f -> f[0], Function.identity()));
    }

    record Run(int exit, String out) {
    }

    private static Run batch(String... args) {
        Console before = Console.current();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Console.install(Console.plain(new PrintStream(out, true, StandardCharsets.UTF_8)));
            return new Run(Main.commandLine().execute(args), out.toString(StandardCharsets.UTF_8));
        } finally {
            Console.install(before);
        }
    }
}
