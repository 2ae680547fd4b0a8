package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real shell in tmux, killed with SIGKILL mid-session, then restored on the next start. */
class RestoreTmuxIT {
    private static final Pattern TOTAL = Pattern.compile("total ==> (\\S+)");

    @TempDir
    Path state;
    private final List<String> sockets = new ArrayList<>();
    private String socket;

    @AfterEach
    void stopTmux() throws Exception {
        for (String s : sockets) {
            socket = s;
            tmux("kill-server");
        }
    }

    @Test
    void killNineThenRestoreGivesTheSameValues() throws Exception {
        startShell();
        type("var rng = Seeds.next();");
        type("double total = rng.nextGaussian() + rng.nextGaussian();");
        Matcher before = waitFor(TOTAL);
        String total = before.group(1);

        long pid = shellPid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        tmux("kill-server");

        startShell();
        waitFor(Pattern.compile("did not end normally"));
        type("/restore");
        waitFor(Pattern.compile("Restored 2 snippets: 2 of 2 values came out as before"));
        type("total * 1");
        waitFor(Pattern.compile("(?m)^\\$\\d+ ==> " + Pattern.quote(total) + "$"));
        type("/exit");
    }

    /** Starts the shell on a tmux server of its own (a killed server's socket may linger). */
    private void startShell() throws Exception {
        socket = "nnshell-sessions-" + ProcessHandle.current().pid() + "-" + sockets.size();
        sockets.add(socket);
        String launcher = Path.of(System.getProperty("nnshell.home", "."), "nnshell").toString();
        // the pane stays after the shell ends so that a failure shows why it ended
        tmux("new-session", "-d", "-x", "160", "-y", "50",
                launcher + " --no-color --state-dir " + state + "; echo \"[shell exited $?]\";"
                        + " sleep 600");
        waitFor(Pattern.compile("(?m)^nn> "));
    }

    private long shellPid() throws IOException {
        try (var files = Files.list(state.resolve("journal"))) {
            String name = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("session-\\d+\\.jsh")).findFirst().orElseThrow();
            return Long.parseLong(name.replaceAll("\\D", ""));
        }
    }

    private void type(String text) throws Exception {
        // tmux reads a trailing ';' as a command separator unless escaped
        tmux("send-keys", "-l", text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;"
                : text);
        tmux("send-keys", "Enter");
    }

    private Matcher waitFor(Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-J", "-S", "-200");
            Matcher m = pattern.matcher(screen);
            if (m.find()) {
                return m;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no " + pattern + " on the screen:\n" + screen);
    }

    private String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    @Test
    void nothingIsOfferedAfterANormalExit() throws Exception {
        startShell();
        type("int kept = 7;");
        waitFor(Pattern.compile("kept ==> 7"));
        type("/exit");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(state.resolve("journal/last-session.jsh"))
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(state.resolve("journal/last-session.jsh")).content().contains("int kept = 7;");
        assertThat(Journal.unfinished(state)).isEmpty();
    }
}
