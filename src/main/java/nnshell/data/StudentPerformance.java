package nnshell.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nnshell.console.Console;

/**
 * Finds the Student Performance files (not shipped with nnshell) in the data directories, or
 * downloads the official UCI archive, extracts the two CSV files and keeps them only when their
 * SHA-256 matches the pinned sums.
 *
 * <p>The archive's host is {@code https://archive.ics.uci.edu}; the system property
 * {@code nnshell.data.url} replaces it (tests serve the archive from loopback).
 */
public final class StudentPerformance {
    /** The system property that replaces the UCI host in the download addresses. */
    public static final String URL_PROPERTY = "nnshell.data.url";
    static final String DEFAULT_BASE = "https://archive.ics.uci.edu";
    static final List<String> ARCHIVES = List.of(
            "/ml/machine-learning-databases/00320/student.zip",
            "/static/public/320/student+performance.zip");
    static final List<String> FILES = List.of("student-mat.csv", "student-por.csv");
    private static final System.Logger LOG = System.getLogger(StudentPerformance.class.getName());

    private StudentPerformance() {
    }

    /**
     * The checked path of {@code file} (student-mat.csv or student-por.csv), downloading the
     * archive into the cache first when no data directory holds it.
     */
    public static Path file(String file) {
        Optional<Path> found = DataDirs.find(Catalog.STUDENT, file);
        Path path = found.orElseGet(() -> download().resolve(file));
        Sha256.verify(path, expectedSum(file));
        return path;
    }

    /**
     * Downloads the archive into the cache's {@code student-performance} folder and returns it.
     * Nothing is kept unless both CSV files match their pinned sums.
     */
    public static Path download() {
        Path target = DataDirs.cache().resolve(Catalog.STUDENT);
        String base = baseUrl();
        DataException refused = null;
        IOException failure = null;
        for (String archive : ARCHIVES) {
            String url = base + archive;
            try {
                Console.current().println(Msg.text("download.start", url));
                Optional<byte[]> zip = fetch(url);
                if (zip.isEmpty()) {
                    continue;
                }
                keep(extractOrRefuse(zip.get(), url), target);
                Console.current().println(Msg.text("download.kept", target));
                return target;
            } catch (DataException e) {
                refused = e;
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "download failed: " + url, e);
                failure = e;
            }
        }
        if (refused != null) {
            throw refused;
        }
        throw offline(target, base + ARCHIVES.get(0), failure);
    }

    /** The host the archive is downloaded from: {@value #URL_PROPERTY} or UCI's. */
    static String baseUrl() {
        String base = System.getProperty(URL_PROPERTY);
        base = base == null || base.isBlank() ? DEFAULT_BASE : base.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String expectedSum(String file) {
        return Catalog.sum(file.replace(".csv", ""), file);
    }

    private static Optional<byte[]> fetch(String url) throws IOException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.log(System.Logger.Level.DEBUG, url + " answered " + response.statusCode());
                return Optional.empty();
            }
            return Optional.of(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static Map<String, byte[]> extractOrRefuse(byte[] zip, String url) {
        try {
            return extract(zip, url);
        } catch (IOException e) {
            throw Msg.error("download.broken", url, e.getMessage());
        }
    }

    /** The two CSV files found in the archive, which may wrap another zip (student.zip). */
    static Map<String, byte[]> extract(byte[] zip, String url) throws IOException {
        Map<String, byte[]> found = new HashMap<>();
        collect(new ByteArrayInputStream(zip), found);
        for (String file : FILES) {
            if (!found.containsKey(file)) {
                throw Msg.error("download.incomplete", url, file);
            }
        }
        return found;
    }

    private static void collect(InputStream in, Map<String, byte[]> found) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
            if (FILES.contains(name)) {
                found.put(name, zip.readAllBytes());
            } else if (name.endsWith(".zip")) {
                collect(new ByteArrayInputStream(zip.readAllBytes()), found);
            }
        }
    }

    /** Writes the files into {@code target} only after every one matched its sum. */
    private static void keep(Map<String, byte[]> files, Path target) {
        for (String file : FILES) {
            String actual = Sha256.of(files.get(file));
            if (!actual.equals(expectedSum(file))) {
                throw Msg.error("download.refused", file, actual, expectedSum(file));
            }
        }
        try {
            Files.createDirectories(target);
            for (String file : FILES) {
                Path temp = Files.createTempFile(target, file, ".part");
                Files.write(temp, files.get(file));
                Files.move(temp, target.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataException offline(Path target, String url, IOException cause) {
        String searched = String.join(", ", DataDirs.searchPath().stream()
                .map(Path::toString).toList());
        String reason = cause == null ? "HTTP 404"
                : cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage();
        return new DataException(Msg.text("download.offline", url, reason, searched, target),
                cause);
    }
}
