package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./nnshell end to end in a real terminal (tmux), as a student uses it. */
class ShellIT {
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration STEP = Duration.ofSeconds(30);

    @TempDir
    Path state;

    private String launch(String options) {
        String home = System.getProperty("nnshell.home", ".");
        return "cd '" + home + "' && NNSHELL_STATE_DIR='" + state + "' ./nnshell " + options;
    }

    @Test
    void aStudentSessionFromPromptToCtrlD() throws Exception {
        try (Tmux term = new Tmux(launch(""))) {
            term.await("nn> ", 1, START);

            term.type("int before = 41;");
            term.keys("Enter");
            term.await("before ==> 41", 1, STEP);

            // Tab completes a DSL class name that stock jshell would not know
            term.type("var t = Tens");
            term.keys("Tab");
            term.await("the completed name", s -> s.contains("nn> var t = Tensor"), STEP);
            term.type(".of(1, 2);");
            term.keys("Enter");
            term.await("t ==> tensor([1., 2.]", 1, STEP);

            // Ctrl-C stops an endless loop; what came before survives
            term.type("while (true) { }");
            term.keys("Enter");
            Thread.sleep(1500);
            assertThat(term.screen()).doesNotContain("Stopped.");
            long pressed = System.nanoTime();
            term.keys("C-c");
            term.await("Stopped.", 1, STEP);
            assertThat((System.nanoTime() - pressed) / 1e9).isLessThan(2.0);
            term.type("before + 1");
            term.keys("Enter");
            term.await("==> 42", 1, STEP);

            // System.exit is refused and the shell goes on
            term.type("System.exit(3);");
            term.keys("Enter");
            term.await("Refused: this snippet calls System.exit", 1, STEP);
            term.type("before");
            term.keys("Enter");
            term.await("before ==> 41", 2, STEP);
            assertThat(term.ended()).isFalse();

            // Ctrl-D leaves
            term.keys("C-d");
            term.await("the shell to end", s -> s.contains("Goodbye."), STEP);
            term.await("the process to end", s -> endedQuietly(term), STEP);
        }
    }

    @Test
    void ctrlCAtThePromptClearsTheLineAndHistoryPersists() throws Exception {
        try (Tmux term = new Tmux(launch("--no-color"))) {
            term.await("nn> ", 1, START);
            term.type("int remembered = 5;");
            term.keys("Enter");
            term.await("remembered ==> 5", 1, STEP);
            term.type("this line is abandoned");
            term.await("this line is abandoned", 1, STEP);
            term.keys("C-c");
            term.await("nn> ", 3, STEP);
            term.type("remembered * 2");
            term.keys("Enter");
            term.await("==> 10", 1, STEP);
            term.type("/exit");
            term.keys("Enter");
            term.await("Goodbye.", 1, STEP);
        }
        try (Tmux term = new Tmux(launch("--no-color"))) {
            term.await("nn> ", 1, START);

            // Shift-Tab shows the javadoc of the DSL method under the cursor
            term.type("Tensor.zeros(");
            term.keys("BTab");
            term.await("A tensor of zeros", 1, STEP);
            term.keys("C-c");
            term.await("an empty prompt", s -> lastLine(s).equals("nn>"), STEP);

            // newest first: /exit, the product, then the declaration
            term.keys("Up", "Up", "Up");
            term.await("history from the last session",
                    s -> s.contains("nn> int remembered = 5;"), STEP);
            term.keys("Enter");
            term.await("remembered ==> 5", 1, STEP);
            term.keys("C-d");
            term.await("Goodbye.", 1, STEP);
        }
    }

    private static String lastLine(String screen) {
        String[] lines = screen.strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    private static boolean endedQuietly(Tmux term) {
        try {
            return term.ended();
        } catch (Exception e) {
            return false;
        }
    }
}
