package nnshell.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import nnshell.cli.VersionProvider;

/**
 * Where a session ran: nnshell, Java, ND4J backend, operating system and CPU, as named values
 * that a saved script records in its header and a replay compares with its own.
 */
public record Environment(Map<String, String> values) {

    /** Backends by name, a class that only that backend has, and its artifact. */
    private static final String[][] BACKENDS = {
        {"CpuBackend", "org/nd4j/linalg/cpu/nativecpu/CpuBackend.class", "nd4j-native"},
        {"CudaBackend", "org/nd4j/linalg/jcublas/JCublasBackend.class", "nd4j-cuda-11.6"},
    };

    /** Keys in the order they are written. */
    static final List<String> KEYS = List.of("nnshell", "java", "nd4j", "os", "cpu");

    /** The environment of this JVM. */
    public static Environment current() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("nnshell", VersionProvider.version());
        v.put("java", System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")");
        v.put("nd4j", nd4jBackend());
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        v.put("cpu", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        return new Environment(v);
    }

    /** The recorded environment from a script's header values (other keys are ignored). */
    public static Environment of(Map<String, String> header) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String key : KEYS) {
            if (header.containsKey(key)) {
                v.put(key, header.get(key));
            }
        }
        return new Environment(v);
    }

    /** Lines "key: recorded -> current" for every recorded value that differs from now. */
    public List<String> differencesFrom(Environment now) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String current = now.values.get(e.getKey());
            if (!Objects.equals(e.getValue(), current)) {
                lines.add(e.getKey() + ": " + e.getValue() + " -> " + current);
            }
        }
        return lines;
    }

    /**
     * The ND4J backend on the class path and its version, found without starting ND4J (which
     * takes seconds and would slow every replay of a script that never uses it).
     */
    private static String nd4jBackend() {
        ClassLoader loader = Environment.class.getClassLoader();
        for (String[] backend : BACKENDS) {
            if (loader.getResource(backend[1]) != null) {
                return backend[0] + " (" + backend[2] + " " + version(loader, backend[2]) + ")";
            }
        }
        return "none on the class path";
    }

    private static String version(ClassLoader loader, String artifact) {
        String pom = "META-INF/maven/org.nd4j/" + artifact + "/pom.properties";
        try (var in = loader.getResourceAsStream(pom)) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(info)) {
                for (String line : Files.readAllLines(info)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).strip();
                    }
                }
            }
        } catch (IOException e) {
            // fall through to the architecture
        }
        return System.getProperty("os.arch");
    }
}
