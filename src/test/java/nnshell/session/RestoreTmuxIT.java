package nnshell.session;

import static nnshell.testkit.Terminal.START;
import static nnshell.testkit.Terminal.STEP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.testkit.Terminal;

/** The real shell in tmux, killed with SIGKILL mid-session, then restored on the next start. */
class RestoreTmuxIT {
    private static final Pattern TOTAL = Pattern.compile("total ==> (\\S+)");

    @TempDir
    Path state;

    @Test
    void killNineThenRestoreGivesTheSameValues() throws Exception {
        String total;
        try (Terminal term = startShell()) {
            term.line("var rng = Seeds.next();");
            term.line("double total = rng.nextGaussian() + rng.nextGaussian();");
            total = term.await(TOTAL, STEP).group(1);

            ProcessHandle.of(shellPid()).orElseThrow().destroyForcibly();
            term.awaitEnd(STEP);
        }

        try (Terminal term = startShell()) {
            term.await("did not end normally", 1, STEP);
            term.line("/restore");
            term.await("Restored 2 snippets: 2 of 2 values came out as before", 1, STEP);
            term.line("total * 1");
            term.await(Pattern.compile("(?m)^\\$\\d+ ==> " + Pattern.quote(total) + "$"), STEP);
            term.line("/exit");
        }
    }

    @Test
    void nothingIsOfferedAfterANormalExit() throws Exception {
        try (Terminal term = startShell()) {
            term.line("int kept = 7;");
            term.await("kept ==> 7", 1, STEP);
            term.line("/exit");
            term.awaitEnd(STEP);
        }

        assertThat(state.resolve("journal/last-session.jsh")).content().contains("int kept = 7;");
        assertThat(Journal.unfinished(state)).isEmpty();
    }

    /** The shell on a tmux server of its own, at its first prompt. */
    private Terminal startShell() throws Exception {
        Terminal term = Terminal.sized(160, 50).nnshell(state, "--no-color");
        term.await(Pattern.compile("(?m)^nn> "), START);
        return term;
    }

    private long shellPid() throws IOException {
        try (var files = Files.list(state.resolve("journal"))) {
            String name = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("session-\\d+\\.jsh")).findFirst().orElseThrow();
            return Long.parseLong(name.replaceAll("\\D", ""));
        }
    }
}
