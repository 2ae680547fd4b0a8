package nnshell.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import nnshell.dsl.Tensor;

class MessagesTest {

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(
                "/nnshell/research/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnglishMessageHasAPolishOneWithTheSamePlaceholders() throws Exception {
        Properties en = load("messages.properties");
        Properties pl = load("messages_pl.properties");
        assertThat(pl.keySet()).isEqualTo(en.keySet());
        for (Object key : en.keySet()) {
            String e = en.getProperty((String) key);
            String p = pl.getProperty((String) key);
            assertThat(placeholders(p)).as((String) key).isEqualTo(placeholders(e));
        }
        assertThat(String.join(" ", pl.stringPropertyNames().stream().map(pl::getProperty)
                .toList())).contains("ą").contains("ę").contains("ł").contains("ś");
    }

    @Test
    void errorsAreInPolishWhenTheShellIsInPolish() {
        System.setProperty("nnshell.lang", "pl");
        try {
            assertThatThrownBy(() -> Metrics.rocAuc(Tensor.of(0.2, 0.7), Tensor.of(1, 1)))
                    .hasMessageContaining("obu klas");
        } finally {
            System.clearProperty("nnshell.lang");
        }
    }

    private static java.util.List<String> placeholders(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("%(\\d+\\$)?[-+ 0#]*\\d*(\\.\\d+)?[a-zA-Z%]")
                .matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        if (out.stream().noneMatch(x -> x.contains("$"))) {
            java.util.Collections.sort(out);
        }
        return out;
    }
}
