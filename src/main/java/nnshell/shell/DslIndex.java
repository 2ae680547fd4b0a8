package nnshell.shell;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names students use from nnshell's own packages (the DSL, data, plots, research): public
 * classes and their public static methods, found by reading class files on the class path
 * without loading them. Stock jshell completes only what is imported; this index completes
 * the rest and feeds "did you mean" suggestions.
 */
final class DslIndex {
    static final List<String> PACKAGES = List.of("nnshell/dsl/", "nnshell/data/",
            "nnshell/plot/", "nnshell/research/");

    private static volatile DslIndex shared;

    private final Map<String, String> classes = new TreeMap<>();
    private final Map<String, Set<String>> staticMethods = new TreeMap<>();
    /** "Datasets.csv" for every static method that takes arguments. */
    private final Set<String> takingArguments = new HashSet<>();

    /** The index of this JVM's class path, built on first use. */
    static DslIndex shared() {
        DslIndex index = shared;
        if (index == null) {
            synchronized (DslIndex.class) {
                if (shared == null) {
                    shared = of(System.getProperty("java.class.path"));
                }
                index = shared;
            }
        }
        return index;
    }

    /** An index of the nnshell classes in the given class path. */
    static DslIndex of(String classPath) {
        DslIndex index = new DslIndex();
        for (String entry : classPath.split(File.pathSeparator)) {
            index.scan(Path.of(entry.isEmpty() ? "." : entry));
        }
        return index;
    }

    /** Simple names of the public classes, sorted: "Tensor", "Model" ... */
    Set<String> simpleNames() {
        return Collections.unmodifiableSet(classes.keySet());
    }

    /** The fully qualified name of a public class, or null: "nnshell.dsl.Tensor". */
    String qualified(String simpleName) {
        return classes.get(simpleName);
    }

    /** Every public static method name with the simple names of the classes declaring it. */
    Map<String, Set<String>> staticMethods() {
        return Collections.unmodifiableMap(staticMethods);
    }

    /**
     * How a call of a static method is completed, as jshell completes calls: "(" when it takes
     * arguments ({@code Datasets.csv(}), "()" when it takes none ({@code Datasets.iris()}).
     */
    String callSuffix(String owner, String method) {
        return takingArguments.contains(owner + "." + method) ? "(" : "()";
    }

    private void scan(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                scanDirectory(entry);
            } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                scanJar(entry);
            }
        } catch (IOException | UncheckedIOException e) {
            System.getLogger("nnshell.shell").log(System.Logger.Level.DEBUG,
                    "skipping class path entry " + entry, e);
        }
    }

    private void scanDirectory(Path root) throws IOException {
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    add(pkg + file.getFileName(), Files.readAllBytes(file));
                }
            }
        }
    }

    private void scanJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (wanted(e.getName())) {
                    try (InputStream in = file.getInputStream(e)) {
                        add(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static boolean wanted(String path) {
        int slash = path.lastIndexOf('/');
        return slash > 0 && PACKAGES.contains(path.substring(0, slash + 1));
    }

    private void add(String path, byte[] bytes) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.endsWith(".class") || name.contains("$") || name.startsWith("package-info")) {
            return;
        }
        ClassFile file = ClassFile.parse(bytes);
        if (!file.isPublic()) {
            return;
        }
        String simple = name.substring(0, name.length() - ".class".length());
        classes.putIfAbsent(simple, path.replace('/', '.').replaceAll("\\.class$", ""));
        for (String method : file.publicStaticMethods()) {
            staticMethods.computeIfAbsent(method, m -> new TreeSet<>()).add(simple);
            if (file.takesArguments(method)) {
                takingArguments.add(simple + "." + method);
            }
        }
    }

    /** Names starting with {@code prefix}: classes, then static methods. */
    List<String> complete(String prefix) {
        List<String> result = new ArrayList<>();
        classes.keySet().stream().filter(n -> n.startsWith(prefix)).forEach(result::add);
        staticMethods.keySet().stream().filter(n -> n.startsWith(prefix)).forEach(result::add);
        return result;
    }
}
