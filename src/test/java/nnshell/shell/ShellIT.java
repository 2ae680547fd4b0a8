package nnshell.shell;

import static nnshell.testkit.Terminal.START;
import static nnshell.testkit.Terminal.STEP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.testkit.Terminal;

/** ./nnshell end to end in a real terminal (tmux), as a student uses it. */
class ShellIT {
    @TempDir
    Path state;

    @Test
    void aStudentSessionFromPromptToCtrlD() throws Exception {
        try (Terminal term = Terminal.nnshell(state, "")) {
            term.await("nn> ", 1, START);

            term.line("int before = 41;");
            term.await("before ==> 41", 1, STEP);

            // Tab completes a DSL class name that stock jshell would not know
            term.type("var t = Tens");
            term.keys("Tab");
            term.await("the completed name", s -> s.contains("nn> var t = Tensor"), STEP);
            term.line(".of(1, 2);");
            term.await("t ==> tensor([1., 2.]", 1, STEP);

            // Ctrl-C stops an endless loop; what came before survives
            term.line("while (true) { }");
            Thread.sleep(1500);
            assertThat(term.history()).doesNotContain("Stopped.");
            long pressed = System.nanoTime();
            term.keys("C-c");
            term.await("Stopped.", 1, STEP);
            assertThat((System.nanoTime() - pressed) / 1e9).isLessThan(2.0);
            term.line("before + 1");
            term.await("==> 42", 1, STEP);

            // System.exit is refused and the shell goes on
            term.line("System.exit(3);");
            term.await("Refused: this snippet calls System.exit", 1, STEP);
            term.line("before");
            term.await("before ==> 41", 2, STEP);
            assertThat(term.ended()).isFalse();

            // Ctrl-D leaves
            term.keys("C-d");
            term.await("the shell to end", s -> s.contains("Goodbye."), STEP);
            term.awaitEnd(STEP);
        }
    }

    @Test
    void anEndlessStartupScriptIsToldAndCtrlCStopsIt() throws Exception {
        java.nio.file.Path loop = java.nio.file.Files.writeString(state.resolve("loop.jsh"),
                "int before = 1;\nwhile (true) { }\n");
        try (Terminal term = Terminal.nnshell(state, "--no-color --startup " + loop)) {
            term.await("nn> ", 1, START);
            // Enter takes the line at once, though jshell is still busy with the script
            term.line("before + 1");
            term.await("still running (loop.jsh:2)", 1, STEP);
            term.keys("C-c");
            term.await("line 2 was stopped with Ctrl-C", 1, STEP);
            term.await("==> 2", 1, STEP);
            term.line("/exit");
            term.await("Goodbye.", 1, STEP);
        }
    }

    @Test
    void ctrlCAtThePromptClearsTheLineAndHistoryPersists() throws Exception {
        try (Terminal term = Terminal.nnshell(state, "--no-color")) {
            term.await("nn> ", 1, START);
            term.line("int remembered = 5;");
            term.await("remembered ==> 5", 1, STEP);
            term.type("this line is abandoned");
            term.await("this line is abandoned", 1, STEP);
            term.keys("C-c");
            term.await("nn> ", 3, STEP);
            term.line("remembered * 2");
            term.await("==> 10", 1, STEP);
            term.line("/exit");
            term.await("Goodbye.", 1, STEP);
        }
        try (Terminal term = Terminal.nnshell(state, "--no-color")) {
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

    /** Issue 2: with TERM=dumb the terminal stayed line by line and Tab did not complete. */
    @Test
    void aDumbTerminalCompletesWithTabAndEditsTheLine() throws Exception {
        try (Terminal term = Terminal.sized(120, 40).env("TERM", "dumb").nnshell(state, "")) {
            term.await("nn> ", 1, START);
            term.type("var t = Tens");
            term.keys("Tab");
            term.await("the completed name", s -> s.contains("nn> var t = Tensor"), STEP);
            term.line(".of(1, 2);");
            term.await("t ==> tensor([1., 2.]", 1, STEP);

            // Backspace and the arrows edit the line, drawn again after each key
            term.type("int q = 12");
            term.keys("BSpace", "Left");
            term.type("4");
            term.await("the edited line", s -> lastLine(s).equals("nn> int q = 41"), STEP);
            term.keys("Enter");
            term.await("q ==> 41", 1, STEP);
            term.keys("Up");
            term.await("the last line again", s -> lastLine(s).equals("nn> int q = 41"), STEP);
            term.keys("C-u", "C-d");
            term.await("Goodbye.", 1, STEP);
        }
    }

    private static String lastLine(String screen) {
        String[] lines = screen.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
