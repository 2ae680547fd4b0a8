package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.EvalResult.Status;

class SessionLogTest {

    private static EvalResult ok(String source) {
        return new EvalResult(source, Status.OK, "", "", "", List.of());
    }

    @Test
    void resetForgetsWhatCameBeforeSoSaveAndExportStartAfresh() {
        SessionLog log = new SessionLog(42);
        log.evaluated(ok("int a = 1;"));
        log.evaluated(ok("int b = 2;"));

        log.reset();
        log.evaluated(ok("int c = 3;"));

        assertThat(log.results()).extracting(EvalResult::source).containsExactly("int c = 3;");
    }
}
