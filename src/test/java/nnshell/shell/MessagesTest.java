package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** What the shell's messages say is there: the same keys in both languages, real files. */
class MessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/nnshell");
    private static final Pattern FILE = Pattern.compile("[\\w.-]+/[\\w./-]+\\.(jsh|md|csv)");

    @Test
    void everyMessageIsInEnglishAndPolish() throws IOException {
        Properties en = load(BUNDLES.resolve("shell/messages.properties"));
        Properties pl = load(BUNDLES.resolve("shell/messages_pl.properties"));
        assertThat(pl.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    /** Issue 2: /help named examples/xor.jsh, which did not exist. */
    @Test
    void everyFileAMessageNamesExists() throws IOException {
        List<String> named = new ArrayList<>();
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            for (Path bundle : files.filter(f -> f.getFileName().toString()
                    .matches("messages(_\\w+)?\\.properties")).toList()) {
                Matcher m = FILE.matcher(Files.readString(bundle, StandardCharsets.UTF_8));
                while (m.find()) {
                    named.add(m.group());
                }
            }
        }
        assertThat(named).as("files named in messages").isNotEmpty()
                .allSatisfy(f -> assertThat(Path.of(f)).as(f).isRegularFile());
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
