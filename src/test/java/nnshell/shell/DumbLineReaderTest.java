package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a dumb terminal shows of a line: all of it, or the part around the cursor. */
class DumbLineReaderTest {

    @Test
    void aLineThatFitsIsShownWhole() {
        assertThat(DumbLineReader.Window.of("int a = 1;", 4, 20))
                .isEqualTo(new DumbLineReader.Window("int a = 1;", 4));
    }

    @Test
    void aLongLineShowsItsStartOrTheEndWhereTheCursorIs() {
        String line = "0123456789abcdefghij";
        assertThat(DumbLineReader.Window.of(line, 3, 10))
                .isEqualTo(new DumbLineReader.Window("012345678", 3));
        DumbLineReader.Window end = DumbLineReader.Window.of(line, line.length(), 10);
        assertThat(end).isEqualTo(new DumbLineReader.Window("<cdefghij", 9));
        assertThat(end.text()).hasSize(9);
    }
}
