package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnshell.lesson.HeadlessContext;
import nnshell.testkit.Printed;

/**
 * A crashed session stays restorable until it is restored or discarded: ignoring the offer
 * once loses nothing, several crashes are all kept, and every file a message names exists.
 */
class UnfinishedSessionsTest {
    private static final Pattern KEPT_IN = Pattern.compile("it is kept in (\\S+\\.jsh)\\.");

    @TempDir
    Path state;

    @Test
    void anIgnoredOfferIsMadeAgainAndRestoresInTheThirdSession() throws Exception {
        Path crashed = crashedJournal("int a = 1;\n//> a ==> 1\n", Duration.ofMinutes(5));

        Printed second = new Printed();
        try (HeadlessContext shell = second.session(state)) {
            SessionStartup startup = new SessionStartup();
            startup.started(shell, false);
            assertThat(named(second.text())).isEqualTo(crashed).exists();
            shell.eval("int b = 2;");
            startup.ended(shell);
        }

        Printed third = new Printed();
        try (HeadlessContext shell = third.session(state)) {
            new SessionStartup().started(shell, false);
            assertThat(named(third.text())).isEqualTo(crashed).exists();

            assertThat(new RestoreCommand().run("", shell)).isTrue();
            assertThat(third.text()).contains("Restored 1 snippet: 1 of 1 value");
            assertThat(shell.variable("a")).contains(1);
            assertThat(shell.variableNames()).doesNotContain("b");
        }
        assertThat(Journal.unfinished(state)).isEmpty();
    }

    @Test
    void twoCrashesAreBothKeptListedRestoredOrDiscarded() throws Exception {
        Path older = crashedJournal("int old = 1;\n//> old ==> 1\n", Duration.ofHours(3));
        Path newer = crashedJournal("int fresh = 2;\n//> fresh ==> 2\n", Duration.ofHours(1));

        Printed out = new Printed();
        try (HeadlessContext shell = out.session(state)) {
            new SessionStartup().started(shell, false);
            assertThat(named(out.text())).isEqualTo(newer);
            assertThat(out.text()).contains("Older unfinished sessions: 1; /restore list");

            out.clear();
            assertThat(new RestoreCommand().run("list", shell)).isTrue();
            assertThat(out.text()).containsSubsequence("1. last snippet at", "int fresh = 2;",
                    newer.toString(), "2. last snippet at", "int old = 1;", older.toString());

            assertThat(new RestoreCommand().run("2", shell)).isTrue();
            assertThat(shell.variable("old")).contains(1);
            assertThat(shell.variableNames()).doesNotContain("fresh");
            assertThat(Journal.unfinished(state)).containsExactly(newer);

            out.clear();
            assertThat(new RestoreCommand().run("discard", shell)).isTrue();
            assertThat(out.text()).contains("Discarded the unfinished session", newer.toString());
            assertThat(newer).doesNotExist();
            assertThat(Journal.unfinished(state)).isEmpty();

            out.clear();
            assertThat(new RestoreCommand().run("", shell)).isFalse();
            assertThat(out.text()).contains("There is no unfinished session to restore");
        }
    }

    @Test
    void aRestoredSessionThatCrashesAgainRestoresTheSameSnippets() throws Exception {
        crashedJournal("int a = 1;\n//> a ==> 1\n", Duration.ofMinutes(5));
        String journal;
        try (HeadlessContext shell = new Printed().session(state)) {
            SessionStartup startup = new SessionStartup();
            startup.started(shell, false);
            new RestoreCommand().run("", shell);
            journal = Files.readString(ownJournal());
        }
        crashedJournal(journal.substring(journal.indexOf("\n\n") + 2), Duration.ofMinutes(1));

        Printed out = new Printed();
        try (HeadlessContext shell = out.session(state)) {
            new RestoreCommand().run("", shell);

            assertThat(out.text()).contains("Restored 1 snippet: 1 of 1 value");
            assertThat(shell.variable("a")).contains(1);
        }
    }

    @Test
    void anUnknownNumberOrWordIsRefusedWithWhatWouldDo() throws Exception {
        crashedJournal("int a = 1;\n//> a ==> 1\n", Duration.ofMinutes(5));

        Printed out = new Printed();
        try (HeadlessContext shell = out.session(state)) {
            assertThat(new RestoreCommand().run("3", shell)).isFalse();
            assertThat(new RestoreCommand().run("lsit", shell)).isFalse();

            assertThat(out.text()).contains("There is no unfinished session number 3",
                    "/restore does not know \"lsit\"", "/restore list");
            assertThat(Journal.unfinished(state)).hasSize(1);
        }
    }

    @Test
    void aSessionOlderThanTwoWeeksIsRemovedAndTheStudentTold() throws Exception {
        Path old = crashedJournal("int a = 1;\n//> a ==> 1\n", Duration.ofDays(15));

        Printed out = new Printed();
        try (HeadlessContext shell = out.session(state)) {
            new SessionStartup().started(shell, false);

            assertThat(out.text()).contains("Removed the unfinished session",
                    "older than 14 days", old.toString()).doesNotContain("/restore to bring");
            assertThat(old).doesNotExist();
        }
    }

    @Test
    void aJournalLeftUnderThisProcesssPidIsOfferedAndNotOverwritten() throws Exception {
        // a shell killed earlier whose pid the new one got back (common in containers)
        Path same = Files.createDirectories(state.resolve("journal"))
                .resolve("session-" + ProcessHandle.current().pid() + ".jsh");
        String before = "// nnshell journal\n\nnnshell.dsl.Seeds.set(5L);\n\n"
                + "int same = 3;\n//> same ==> 3\n";
        Files.writeString(same, before);

        Printed out = new Printed();
        try (HeadlessContext shell = out.session(state)) {
            SessionStartup startup = new SessionStartup();
            startup.started(shell, false);
            assertThat(named(out.text())).isEqualTo(same);
            shell.eval("int other = 4;");
            assertThat(same).content().isEqualTo(before);

            new RestoreCommand().run("", shell);
            assertThat(shell.variable("same")).contains(3);
            startup.ended(shell);
        }
        assertThat(Journal.unfinished(state)).isEmpty();
    }

    @Test
    void aJournalStillLockedByALiveShellIsNotOffered() throws Exception {
        Path live = crashedJournal("int a = 1;\n", Duration.ofMinutes(1));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), live.toString()).start();
        try {
            assertThat(holder.getInputStream().read()).isEqualTo('L');
            assertThat(Journal.unfinished(state)).isEmpty();
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Journal.unfinished(state)).containsExactly(live);
    }

    /** Holds a lock on a file as a running shell does on its journal, until killed. */
    public static final class LockHolder {
        private LockHolder() {
        }

        /** Arguments: the file to lock. */
        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]),
                    StandardOpenOption.WRITE)) {
                channel.lock();
                System.out.print('L');
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    /** The journal this process writes in the state directory. */
    private Path ownJournal() {
        return state.resolve("journal/session-" + ProcessHandle.current().pid() + ".jsh");
    }

    /** The file the start's offer names. */
    private static Path named(String printed) {
        Matcher m = KEPT_IN.matcher(printed);
        assertThat(m.find()).as("an offer in: %s", printed).isTrue();
        return Path.of(m.group(1));
    }

    /** A journal left by a shell that is gone, last written {@code ago}. */
    private Path crashedJournal(String snippets, Duration ago) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Path journal = Files.createDirectories(state.resolve("journal"))
                .resolve("session-" + gone.pid() + ".jsh");
        Files.writeString(journal, "// nnshell journal\n\nnnshell.dsl.Seeds.set(5L);\n\n"
                + snippets);
        Files.setLastModifiedTime(journal, FileTime.from(Instant.now().minus(ago)));
        return journal;
    }
}
