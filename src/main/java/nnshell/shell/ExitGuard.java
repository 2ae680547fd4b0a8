package nnshell.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs snippets in this JVM, but refuses to load a snippet class whose bytecode calls
 * {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}: in the local engine those
 * would end the whole shell.
 */
final class ExitGuard implements ExecutionControlProvider {
    private static final Set<ClassFile.MethodRef> FORBIDDEN = Set.of(
            new ClassFile.MethodRef("java/lang/System", "exit"),
            new ClassFile.MethodRef("java/lang/Runtime", "exit"),
            new ClassFile.MethodRef("java/lang/Runtime", "halt"));

    private final Consumer<String> onRefusal;

    /** A provider that tells {@code onRefusal} the call it refused ("System.exit"). */
    ExitGuard(Consumer<String> onRefusal) {
        this.onRefusal = onRefusal;
    }

    /** The first forbidden call in a class file, as "System.exit", if there is one. */
    static Optional<String> forbiddenCall(byte[] classBytes) {
        List<ClassFile.MethodRef> calls = ClassFile.parse(classBytes).methodRefs();
        return calls.stream()
                .filter(FORBIDDEN::contains)
                .map(c -> c.owner().substring(c.owner().lastIndexOf('/') + 1) + "." + c.name())
                .findFirst();
    }

    @Override
    public String name() {
        return "nnshell-guarded-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new GuardedControl();
    }

    /** The local execution control with a check before classes are loaded. */
    private final class GuardedControl extends LocalExecutionControl {

        @Override
        public void load(ClassBytecodes[] classes)
                throws ClassInstallException, NotImplementedException,
                EngineTerminationException {
            check(classes);
            super.load(classes);
        }

        @Override
        public void redefine(ClassBytecodes[] classes)
                throws ClassInstallException, NotImplementedException,
                EngineTerminationException {
            check(classes);
            super.redefine(classes);
        }

        private void check(ClassBytecodes[] classes) throws ClassInstallException {
            for (ClassBytecodes c : classes) {
                Optional<String> call = forbiddenCall(c.bytecodes());
                if (call.isPresent()) {
                    onRefusal.accept(call.get());
                    throw new ClassInstallException("refused: " + call.get(),
                            new boolean[classes.length]);
                }
            }
        }
    }
}
