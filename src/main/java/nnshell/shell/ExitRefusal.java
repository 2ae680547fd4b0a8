package nnshell.shell;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.security.Permission;
import java.util.List;
import java.util.Optional;

/**
 * The runtime half of the System.exit guard: a security manager that refuses an exit or halt
 * while a snippet's code is on the stack, so calls made by reflection are refused too.
 * Everything else is permitted without checks. The bytecode check in {@link ExitGuard} stays
 * the first line; this one catches what it cannot see.
 *
 * <p>Installed once per JVM by {@link #install()}; on a JVM that refuses security managers
 * (Java 18+ without {@code -Djava.security.manager=allow}) only the bytecode guard remains.
 */
final class ExitRefusal extends SecurityManager {
    /** Package of the classes JShell generates for snippets. */
    private static final String SNIPPET_PACKAGE = "REPL.";
    private static final System.Logger LOG = System.getLogger("nnshell.shell");
    private static volatile boolean installed;

    private ExitRefusal() {
    }

    /**
     * The exception a refused exit throws; its message is the call ("System.exit"), so the
     * engine can tell the student the same sentence as for a direct call.
     */
    static final class Refused extends SecurityException {
        private static final long serialVersionUID = 1L;

        Refused(String call) {
            super(call);
        }
    }

    /** Installs the guard unless it is installed; returns whether it is in place. */
    static synchronized boolean install() {
        if (installed) {
            return true;
        }
        if (System.getSecurityManager() != null) {
            LOG.log(System.Logger.Level.DEBUG, "a security manager is already installed; "
                    + "System.exit by reflection is guarded by bytecode checks only");
            return false;
        }
        Field warnings = initialErr();
        Object err = null;
        try {
            // Java 17 warns on the first stderr that security managers are deprecated: not
            // for students; silenced where the launcher opens java.lang to us
            if (warnings != null) {
                err = warnings.get(null);
                warnings.set(null, new PrintStream(OutputStream.nullOutputStream()));
            }
            System.setSecurityManager(new ExitRefusal());
            installed = true;
        } catch (UnsupportedOperationException | SecurityException
                | IllegalAccessException e) {
            LOG.log(System.Logger.Level.DEBUG, "the JVM refuses a security manager ("
                    + e.getMessage() + "); System.exit by reflection is not guarded");
        } finally {
            restore(warnings, err);
        }
        return installed;
    }

    /** System's stream for JDK warnings, if java.lang is open to us; else null. */
    private static Field initialErr() {
        try {
            Field f = System.class.getDeclaredField("initialErrStream");
            f.setAccessible(true);
            return Modifier.isFinal(f.getModifiers()) ? null : f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static void restore(Field warnings, Object err) {
        if (warnings != null && err != null) {
            try {
                warnings.set(null, err);
            } catch (IllegalAccessException e) {
                LOG.log(System.Logger.Level.DEBUG, "stderr for JDK warnings not restored");
            }
        }
    }

    /** The call that is exiting, if a snippet made it: "System.exit", "Runtime.halt". */
    static Optional<String> snippetExit(List<StackWalker.StackFrame> frames) {
        boolean fromSnippet = frames.stream()
                .anyMatch(f -> f.getClassName().startsWith(SNIPPET_PACKAGE));
        if (!fromSnippet) {
            return Optional.empty();
        }
        for (String call : List.of("System.exit", "Runtime.halt", "Runtime.exit")) {
            if (frames.stream().anyMatch(f -> call.equals(simpleName(f)))) {
                return Optional.of(call);
            }
        }
        return Optional.of("Runtime.exit");
    }

    private static String simpleName(StackWalker.StackFrame f) {
        String cls = f.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + f.getMethodName();
    }

    @Override
    public void checkExit(int status) {
        List<StackWalker.StackFrame> frames =
                StackWalker.getInstance().walk(s -> s.toList());
        Optional<String> call = snippetExit(frames);
        if (call.isPresent()) {
            throw new Refused(call.get());
        }
    }

    @Override
    public void checkPermission(Permission perm) {
        // everything but a snippet's exit is allowed
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        // everything but a snippet's exit is allowed
    }

    @Override
    public void checkPackageAccess(String pkg) {
        // allowed, and cheaper than the default's walk of package lists
    }

    @Override
    public void checkPackageDefinition(String pkg) {
        // allowed
    }
}
