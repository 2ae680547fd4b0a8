package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

/** The bytecode check behind the System.exit guard, on real class files. */
class ExitGuardTest {

    /** Calls that must be refused; never run. */
    static final class Quitter {
        void leave() {
            System.exit(1);
        }
    }

    static final class Halter {
        void stop() {
            Runtime.getRuntime().halt(3);
        }
    }

    static final class ExitByReference {
        java.util.function.IntConsumer exit() {
            return System::exit;
        }
    }

    static final class Harmless {
        long now() {
            return System.currentTimeMillis() + Runtime.getRuntime().availableProcessors();
        }
    }

    @Test
    void runtimeGuardLetsTheShellItselfExit() {
        assertThat(ExitRefusal.install()).isTrue();
        assertThat(ExitRefusal.snippetExit(StackWalker.getInstance().walk(s -> s.toList())))
                .isEmpty();
        assertThat(System.getSecurityManager()).isInstanceOf(ExitRefusal.class);
    }

    @Test
    void findsExitHaltAndMethodReferences() throws IOException {
        assertThat(ExitGuard.forbiddenCall(bytes(Quitter.class))).contains("System.exit");
        assertThat(ExitGuard.forbiddenCall(bytes(Halter.class))).contains("Runtime.halt");
        assertThat(ExitGuard.forbiddenCall(bytes(ExitByReference.class)))
                .contains("System.exit");
    }

    @Test
    void letsOtherSystemCallsThrough() throws IOException {
        assertThat(ExitGuard.forbiddenCall(bytes(Harmless.class))).isEmpty();
        assertThat(ExitGuard.forbiddenCall(bytes(ExitGuardTest.class))).isEmpty();
    }

    @Test
    void readsPublicStaticMethodsOfAClass() throws IOException {
        ClassFile file = ClassFile.parse(bytes(nnshell.dsl.Tensor.class));
        assertThat(file.isPublic()).isTrue();
        assertThat(file.publicStaticMethods()).contains("of", "zeros").doesNotContain("shape");
    }

    @Test
    void rejectsBytesThatAreNotAClass() {
        assertThatThrownBy(() -> ClassFile.parse(new byte[] {1, 2, 3, 4, 5}))
                .isInstanceOf(UncheckedIOException.class);
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        String name = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
