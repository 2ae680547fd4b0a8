package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terminal output placed in a page: no escape sequences, a rewritten line in its last state. */
class HtmlTest {

    @Test
    void terminalOutputLosesItsEscapesAndKeepsTheLastStateOfALine() {
        String screen = "Epoch 1/2 [>...] - loss: 0.9\r\033[2KEpoch 2/2 [====] - loss: 0.5\n"
                + "\0337\033[14A\033[1mTraining\033[0m\033[K\0338\n"
                + "\033[38;5;31mblue\033[0m text\n";
        assertThat(Html.terminalText(screen))
                .isEqualTo("Epoch 2/2 [====] - loss: 0.5\nTraining\nblue text\n");
        assertThat(Html.terminalText("plain <b>\n")).isEqualTo("plain <b>\n");
    }
}
