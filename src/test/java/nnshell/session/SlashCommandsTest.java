package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.lesson.HeadlessContext;
import nnshell.testkit.Printed;

/** /save and /export html as the shell runs them, and what they say to bad input. */
class SlashCommandsTest {

    @TempDir
    Path dir;

    @Test
    void exportHtmlWritesTheSessionWithItsChartsAndLeavesFailuresOut() throws IOException {
        Path page = dir.resolve("hand-in/homework.html");
        Printed out = new Printed();
        try (HeadlessContext shell = out.session(dir.resolve("state"))) {
            new SessionStartup().started(shell, false);
            shell.eval("int answer = 6 * 7;");
            shell.eval("int wrong = nothing;");
            shell.eval(ExportIT.SESSION);

            assertThat(new ExportSlashCommand().run("html " + page, shell)).isTrue();
            assertThat(out.text()).contains("Wrote " + page);
        }

        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(html.select(".snippet .code").eachText()).anyMatch(t -> t.contains("6 * 7"))
                .noneMatch(t -> t.contains("nothing"));
        assertThat(html.select(".value").eachText()).contains("answer ==> 42");
        assertThat(html.select(".snippet:has(img) .code").text()).contains("ChartLog.record");
        assertThat(html.select("#environment th").eachText()).contains("java", "seed");
    }

    @Test
    void badArgumentsGetASentenceAndNoFile() {
        Printed out = new Printed();
        try (HeadlessContext shell = out.session(dir.resolve("state"))) {
            assertThat(new SaveCommand().run("", shell)).isFalse();
            assertThat(new SaveCommand().run(dir.resolve("notes.txt").toString(), shell))
                    .isFalse();
            assertThat(new ExportSlashCommand().run("pdf out.pdf", shell)).isFalse();

            assertThat(out.text()).contains("Expected one file name, as in /save",
                    "notes.txt\" does not end in .jsh", "Expected /export html FILE.html "
                            + "(got \"/export pdf out.pdf\")");
            assertThat(dir.resolve("notes.txt")).doesNotExist();
        }
    }

    @Test
    void saveAddsTheExtensionWhenThereIsNone() {
        try (HeadlessContext shell = new Printed().session(dir.resolve("state"))) {
            shell.eval("int x = 1;");
            assertThat(new SaveCommand().run(dir.resolve("first").toString(), shell)).isTrue();
        }
        assertThat(dir.resolve("first.jsh")).content().contains("int x = 1;\n//> x ==> 1");
        assertThat(Files.exists(dir.resolve("first"))).isFalse();
    }
}
