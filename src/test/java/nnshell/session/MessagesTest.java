package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final String[] PL = {"fragment", "fragmenty", "fragmentów"};

    @Test
    void polishCountsTakeOneFewOrManyForm() {
        assertThat(LongStream.of(1, 2, 3, 4, 22, 24, 102, 1004)
                .mapToObj(n -> Messages.form(PL, n, true))).containsExactly("fragment",
                "fragmenty", "fragmenty", "fragmenty", "fragmenty", "fragmenty", "fragmenty",
                "fragmenty");
        assertThat(LongStream.of(0, 5, 11, 12, 13, 14, 21, 25, 111, 112, 1000)
                .mapToObj(n -> Messages.form(PL, n, true))).containsOnly("fragmentów");
    }

    @Test
    void englishCountsTakeOneOrOther() {
        String[] en = {"snippet", "snippets"};

        assertThat(Messages.form(en, 1, false)).isEqualTo("snippet");
        assertThat(Messages.form(en, 0, false)).isEqualTo("snippets");
        assertThat(Messages.form(en, 4, false)).isEqualTo("snippets");
    }

    @Test
    void theBundlesGiveEveryCountedNounItsForms() {
        String before = System.getProperty("nnshell.lang");
        try {
            System.setProperty("nnshell.lang", "pl");
            assertThat(Messages.count("snippet", 4)).isEqualTo("4 fragmenty");
            assertThat(Messages.count("snippet", 12)).isEqualTo("12 fragmentów");
            assertThat(Messages.count("value", 1)).isEqualTo("1 wartość");
            assertThat(Messages.text("save.done", Messages.count("snippet", 4),
                    Messages.count("value", 3), "a.jsh", 0)).startsWith("Zapisano 4 fragmenty");
            System.setProperty("nnshell.lang", "en");
            assertThat(Messages.count("script", 1)).isEqualTo("1 script");
        } finally {
            if (before == null) {
                System.clearProperty("nnshell.lang");
            } else {
                System.setProperty("nnshell.lang", before);
            }
        }
    }
}
