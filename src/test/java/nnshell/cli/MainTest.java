package nnshell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line: options, usage, exit codes, and headless runs. */
class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void clearProperties() {
        System.clearProperty("nnshell.lang");
        System.clearProperty("nnshell.plots");
        System.clearProperty("nnshell.data.dir");
        System.clearProperty("nnshell.state.dir");
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--no-color", "--startup", "--lang", "--plots",
                "--data-dir", "--state-dir", "--version", "run");
    }

    @Test
    void noColorInTheEnvironmentTurnsColoursOffAsTheOptionDoes() {
        CommonOptions options = new CommonOptions();
        assertThat(options.color(java.util.Map.of())).isTrue();
        assertThat(options.color(java.util.Map.of("NO_COLOR", "1"))).isFalse();
        // no-color.org: set to anything but the empty string
        assertThat(options.color(java.util.Map.of("NO_COLOR", ""))).isTrue();
        options.noColor = true;
        assertThat(options.color(java.util.Map.of())).isFalse();
    }

    /** Issue 2: --help did not name "test", which the launcher runs before Java starts. */
    @Test
    void helpListsEverySubcommandTheLauncherAccepts() throws Exception {
        assertThat(run("--help")).isZero();
        String help = out.toString();
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("run",
                "replay", "export", "lesson", "lessons", "bench"));
        java.util.regex.Matcher own = java.util.regex.Pattern
                .compile("\"\\$\\{1:-}\" = \"(\\w+)\"")
                .matcher(Files.readString(Path.of("nnshell")));
        while (own.find()) {
            names.add(own.group(1));
        }
        assertThat(names).contains("test");
        assertThat(names).allSatisfy(name -> assertThat(help)
                .containsPattern("(?m)^ +" + name + " +[A-Z]"));
    }

    @Test
    void testWithoutTheTestScriptSaysWhere() throws Exception {
        String home = System.getProperty("nnshell.home");
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        System.setProperty("nnshell.home", dir.toString());
        System.setErr(new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(run("test")).isEqualTo(1);
        } finally {
            System.setErr(before);
            if (home == null) {
                System.clearProperty("nnshell.home");
            } else {
                System.setProperty("nnshell.home", home);
            }
        }
        assertThat(said.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(dir.resolve(".ci/test").toString()).contains("is missing");
    }

    @Test
    void versionNamesNnshellAndJava() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("nnshell").contains("Java 17");
    }

    @Test
    void optionsSetTheSystemPropertiesOthersRead() throws Exception {
        Path script = dir.resolve("ok.jsh");
        Files.writeString(script, "int a = 1;\n");
        assertThat(run("run", "--lang", "pl", "--plots", "off", "--data-dir", dir.toString(),
                "--state-dir", dir.resolve("state").toString(), script.toString())).isZero();
        assertThat(System.getProperty("nnshell.lang")).isEqualTo("pl");
        assertThat(System.getProperty("nnshell.plots")).isEqualTo("off");
        assertThat(System.getProperty("nnshell.data.dir")).isEqualTo(dir.toString());
        assertThat(System.getProperty("nnshell.state.dir")).endsWith("state");
    }

    @Test
    void badLanguageNamesTheChoices() {
        assertThat(run("--lang", "de")).isEqualTo(2);
        assertThat(err.toString()).contains("'de'").contains("en, pl");
    }

    @Test
    void runExitsZeroOnlyWhenEverySnippetSucceeds() throws Exception {
        Path good = dir.resolve("good.jsh");
        Files.writeString(good, "int a = 2;\nint twice(int n) {\n  return 2 * n;\n}\n"
                + "/vars\ntwice(a)\n");
        Path bad = dir.resolve("bad.jsh");
        Files.writeString(bad, "int a = 2;\nint b = a / 0;\nint c = 3;\n");
        assertThat(run("run", good.toString())).isZero();
        assertThat(run("run", bad.toString())).isEqualTo(1);
        assertThat(run("run", dir.resolve("missing.jsh").toString())).isEqualTo(1);
    }

    @Test
    void runSkipsAByteOrderMarkAndSaysWhyAFolderCannotRun() throws Exception {
        Path bom = dir.resolve("bom.jsh");
        Files.writeString(bom, "\uFEFFint a = 1;\nint b = a + 1;\n");
        assertThat(run("run", bom.toString())).isZero();

        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(run("run", dir.toString())).isEqualTo(1);
            assertThat(run("run", dir.resolve("nope.jsh").toString())).isEqualTo(1);
        } finally {
            System.setErr(before);
        }
        assertThat(said.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Cannot run \"" + dir + "\": it is a folder, not a file. Give the path"
                        + " of a .jsh script, for example: ./nnshell run examples/xor.jsh")
                .contains("Cannot run \"" + dir.resolve("nope.jsh") + "\": no such file");
    }

    @Test
    void exitWithANumberEndsAScriptWithThatCode() throws Exception {
        Path script = dir.resolve("three.jsh");
        Files.writeString(script, "int a = 1;\n/exit 3\nint never = 2;\n");
        assertThat(run("run", script.toString())).isEqualTo(3);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int code = ShellCommand.runHeadless(
                nnshell.shell.ShellOptions.of(false, java.util.List.of()), "<stdin>",
                new java.io.StringReader("int b = 1 / 0;\nint c = 4;\n/exit c\nint d = 5;\n"),
                new java.io.PrintStream(bytes, true, "UTF-8"));
        assertThat(code).isEqualTo(4);
        assertThat(bytes.toString("UTF-8")).contains("c ==> 4").doesNotContain("d ==> 5");
    }

    @Test
    void headlessRunPrintsResultsInOrder() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int code = ShellCommand.runHeadless(
                nnshell.shell.ShellOptions.of(false, java.util.List.of()), "<stdin>",
                new java.io.StringReader("int a = 40;\na + 2\n\n// quit\nSystem.exit(0);\n"
                        + "int twice(int n) {\n  return n * 2\n}\n"),
                new java.io.PrintStream(bytes, true, "UTF-8"));
        String shown = bytes.toString("UTF-8");
        assertThat(code).isEqualTo(1);
        assertThat(shown).contains("a ==> 40\n$1 ==> 42\n<stdin>:5: Refused: this snippet calls "
                + "System.exit").contains("<stdin>:6: Error:");
    }
}
