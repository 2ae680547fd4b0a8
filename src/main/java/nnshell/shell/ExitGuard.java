package nnshell.shell;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs snippets in this JVM, but refuses to load a snippet class whose bytecode calls
 * {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}: in the local engine those
 * would end the whole shell.
 *
 * <p>Two more things differ from jshell's local engine, both for a shell that lives in the
 * student's JVM. Values are shown through {@link ValueText}, which summarises a huge array
 * rather than building its text in full. And the value a variable held is let go when the
 * variable is dropped or declared again: the snippet's wrapper class, which stays loaded,
 * would otherwise keep it for the life of the shell.
 */
final class ExitGuard implements ExecutionControlProvider {
    /** A snippet's wrapper class: "REPL.$JShell$12", redeclared as "REPL.$JShell$12B". */
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$(\\d+)[A-Z]*");
    /** The snippet method and its result, handed to the thread jshell runs the snippet in. */
    private static final InheritableThreadLocal<Object[]> CALL = new InheritableThreadLocal<>();
    private static final Method CALL_SNIPPET;
    /** How long a variable's text may take to make for /vars. */
    private static final int VALUE_TEXT_SECONDS = 2;
    /** The fingerprint of the last value shown in part, for the thread that evaluates. */
    private static final ThreadLocal<String> FINGERPRINT = new ThreadLocal<>();

    private static final Set<ClassFile.MethodRef> FORBIDDEN = Set.of(
            new ClassFile.MethodRef("java/lang/System", "exit"),
            new ClassFile.MethodRef("java/lang/Runtime", "exit"),
            new ClassFile.MethodRef("java/lang/Runtime", "halt"));

    static {
        try {
            CALL_SNIPPET = ExitGuard.class.getDeclaredMethod("callSnippet");
            CALL_SNIPPET.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Consumer<String> onRefusal;
    private volatile GuardedControl control;

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
        GuardedControl generated = new GuardedControl();
        control = generated;
        return generated;
    }

    /**
     * Lets go of what a dropped variable held, so that the memory can be collected. A snippet's
     * id is not its wrapper's number, so the wrappers are found by the variable's name: once
     * it is dropped, no live wrapper declares it.
     */
    void releaseVariable(String name) {
        GuardedControl c = control;
        if (c != null) {
            c.releaseVariable(name);
        }
    }

    /**
     * The SHA-256 of the last value this thread's snippet showed only in part, or null; taking
     * it clears it.
     */
    static String takeFingerprint() {
        String fingerprint = FINGERPRINT.get();
        FINGERPRINT.remove();
        return fingerprint;
    }

    /**
     * Runs in the thread jshell starts for a snippet: calls the snippet's method and turns its
     * value into text for {@link GuardedControl#invoke(Method)}. An exception of the snippet
     * passes through as it is, so Ctrl-C still reads as a stop.
     */
    @SuppressWarnings("unused")
    private static Object callSnippet() throws Throwable {
        Object[] call = CALL.get();
        // threads the snippet starts must not inherit (and keep alive) the value
        CALL.remove();
        Object value;
        try {
            value = ((Method) call[0]).invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // the value's text is the student's code too (toString): it runs here, where Ctrl-C
        // stops it
        ValueText.Shown shown = shown(value);
        call[1] = shown;
        call[2] = shown.partial() ? ValueText.fingerprint(value, GuardedControl::jshellText)
                : null;
        return null;
    }

    /**
     * A value's text as jshell shows it ({@link ValueText}); a toString that throws or recurses
     * gives a text that says so, as the snippet itself ran and its variable exists.
     */
    private static ValueText.Shown shown(Object value) {
        try {
            return ValueText.show(value, GuardedControl::jshellText);
        } catch (RuntimeException | StackOverflowError e) {
            return new ValueText.Shown(Messages.get("value.failed", String.valueOf(e)), false);
        }
    }

    /** The local execution control with a check before classes are loaded. */
    private final class GuardedControl extends LocalExecutionControl {
        private final Set<String> wrappers = new java.util.concurrent.CopyOnWriteArraySet<>();

        @Override
        public void load(ClassBytecodes[] classes)
                throws ClassInstallException, NotImplementedException,
                EngineTerminationException {
            check(classes);
            super.load(stoppable(classes));
            for (ClassBytecodes c : classes) {
                Matcher wrapper = WRAPPER.matcher(c.name());
                if (wrapper.matches()) {
                    // a redeclared variable: its earlier wrappers hold values no one can reach
                    release(wrapper.group(1), c.name());
                    wrappers.add(c.name());
                }
            }
        }

        @Override
        protected String invoke(Method doit) throws Exception {
            Object[] call = {doit, null, null};
            CALL.set(call);
            try {
                super.invoke(CALL_SNIPPET);
            } finally {
                CALL.remove();
            }
            FINGERPRINT.set((String) call[2]);
            return ((ValueText.Shown) call[1]).text();
        }

        @Override
        public String varValue(String className, String varName)
                throws RunException, EngineTerminationException, InternalException {
            Object value;
            try {
                Field field = findClass(className).getDeclaredField(varName);
                field.setAccessible(true);
                value = field.get(null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                throw new InternalException(e.toString());
            }
            // the value's toString is the student's code: it gets a thread of its own and a
            // time limit, so /vars cannot hang on one that never ends
            java.util.concurrent.FutureTask<String> text = new java.util.concurrent.FutureTask<>(
                    () -> shown(value).text());
            Thread worker = new Thread(text, "nnshell-value-text");
            worker.setDaemon(true);
            worker.start();
            try {
                return text.get(VALUE_TEXT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                StudentThreads.stop(List.of(worker));
                return Messages.get("value.slow", VALUE_TEXT_SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // an Error shown() lets through, such as running out of memory
                return Messages.get("value.failed", String.valueOf(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Messages.get("value.slow", VALUE_TEXT_SECONDS);
            }
        }

        @Override
        public void close() {
            releaseAll();
            super.close();
        }

        /** jshell's own text of a value: strings quoted and escaped, arrays in braces. */
        private static String jshellText(Object value) {
            return valueString(value);
        }

        /** Clears the wrappers that declare a variable {@code name}. */
        void releaseVariable(String name) {
            for (String wrapper : wrappers) {
                try {
                    findClass(wrapper).getDeclaredField(name);
                } catch (NoSuchFieldException | ClassNotFoundException | LinkageError e) {
                    continue;
                }
                // kept in the list: a variable declared again as it was runs in the same
                // wrapper, which is not loaded again
                clear(wrapper);
            }
        }

        /**
         * Clears the earlier wrappers of a redeclared snippet (the same number, another
         * letter), all but {@code kept}.
         */
        void release(String number, String kept) {
            for (String name : wrappers) {
                Matcher wrapper = WRAPPER.matcher(name);
                if (wrapper.matches() && wrapper.group(1).equals(number)
                        && !name.equals(kept)) {
                    clear(name);
                }
            }
        }

        void releaseAll() {
            wrappers.forEach(this::clear);
            wrappers.clear();
        }

        private void clear(String wrapperName) {
            try {
                for (Field f : findClass(wrapperName).getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) && !Modifier.isFinal(m)
                            && !f.getType().isPrimitive()) {
                        f.setAccessible(true);
                        f.set(null, null);
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                System.getLogger("nnshell.shell").log(System.Logger.Level.DEBUG,
                        "could not clear " + wrapperName + ": " + e);
            }
        }

        @Override
        public void redefine(ClassBytecodes[] classes)
                throws ClassInstallException, NotImplementedException,
                EngineTerminationException {
            check(classes);
            super.redefine(stoppable(classes));
            // a variable dropped and declared again may come back in its old wrapper
            for (ClassBytecodes c : classes) {
                if (WRAPPER.matcher(c.name()).matches()) {
                    wrappers.add(c.name());
                }
            }
        }

        /** The classes with Ctrl-C let through their catch blocks ({@link StopThrough}). */
        private ClassBytecodes[] stoppable(ClassBytecodes[] classes) {
            ClassBytecodes[] changed = new ClassBytecodes[classes.length];
            for (int i = 0; i < classes.length; i++) {
                byte[] bytes = classes[i].bytecodes();
                try {
                    bytes = StopThrough.instrument(bytes);
                } catch (RuntimeException e) {
                    System.getLogger("nnshell.shell").log(System.Logger.Level.DEBUG,
                            "left " + classes[i].name() + " as it was: " + e);
                }
                changed[i] = new ClassBytecodes(classes[i].name(), bytes);
            }
            return changed;
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
