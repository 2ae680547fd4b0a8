package nnshell.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import tech.tablesaw.api.Table;

/** The download path against an HTTP server on loopback serving archives built here. */
class StudentDownloadTest {
    private static final String FLAT = StudentPerformance.ARCHIVES.get(0);
    private static final String WRAPPED = StudentPerformance.ARCHIVES.get(1);

    private final TestData props = new TestData();
    private final nnshell.console.Console before = nnshell.console.Console.current();
    private final java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
    private final Map<String, byte[]> served = new HashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private Path cache;

    @TempDir
    Path temp;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = served.get(exchange.getRequestURI().getRawPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1
                    : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        nnshell.console.Console.install(nnshell.console.Console.plain(
                new java.io.PrintStream(shown, true, java.nio.charset.StandardCharsets.UTF_8)));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        cache = temp.resolve("state/datasets/student-performance");
        props.set("nnshell.data.dir", empty.toString())
                .set("nnshell.state.dir", temp.resolve("state").toString())
                .set("nnshell.home", temp.resolve("home").toString())
                .set("nnshell.lang", "en")
                .set(StudentPerformance.URL_PROPERTY,
                        "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        props.restore();
        nnshell.console.Console.install(before);
    }

    @Test
    void flatArchiveIsDownloadedCheckedAndKept() throws IOException {
        served.put(FLAT, zip(realFiles()));

        Table t = Datasets.studentMat();

        assertThat(t.rowCount()).isEqualTo(395);
        assertThat(cache.resolve("student-mat.csv")).exists();
        assertThat(Sha256.of(cache.resolve("student-por.csv")))
                .isEqualTo(Catalog.sum("student-por", "student-por.csv"));

        // the second load finds the kept copy without asking the server again
        int requestsBefore = requests.get();
        assertThat(Datasets.studentPor().rowCount()).isEqualTo(649);
        assertThat(requests.get()).isEqualTo(requestsBefore);
        assertThat(shown.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Downloading http://127.0.0.1:", "Checked and saved in " + cache);
    }

    @Test
    void archiveWrappingStudentZipIsAccepted() throws IOException {
        Map<String, byte[]> outer = new HashMap<>();
        outer.put("student.zip", zip(realFiles()));
        served.put(WRAPPED, zip(outer));

        assertThat(Datasets.studentPor().rowCount()).isEqualTo(649);
        assertThat(cache.resolve("student-mat.csv")).exists();
    }

    @Test
    void alteredDownloadIsRefusedAndNotKept() throws IOException {
        Map<String, byte[]> files = realFiles();
        byte[] mat = files.get("student-mat.csv");
        mat[mat.length / 2] = (byte) (mat[mat.length / 2] == '1' ? '2' : '1');
        served.put(FLAT, zip(files));

        assertThatThrownBy(Datasets::studentMat)
                .isInstanceOf(DataException.class)
                .hasMessageContaining("Refused the downloaded student-mat.csv")
                .hasMessageContaining(Catalog.sum("student-mat", "student-mat.csv"))
                .hasMessageContaining("Nothing was kept");
        assertThat(cache.resolve("student-mat.csv")).doesNotExist();
        assertThat(cache.resolve("student-por.csv")).doesNotExist();
    }

    @Test
    void truncatedDownloadIsRefusedAndNotKept() throws IOException {
        Map<String, byte[]> files = realFiles();
        byte[] mat = files.get("student-mat.csv");
        files.put("student-mat.csv", Arrays.copyOf(mat, mat.length - 500));
        served.put(FLAT, zip(files));

        assertThatThrownBy(Datasets::studentMat)
                .hasMessageContaining("Refused the downloaded student-mat.csv");
        assertThat(cache).satisfiesAnyOf(
                dir -> assertThat(dir).doesNotExist(),
                dir -> assertThat(Files.list(dir)).isEmpty());
    }

    @Test
    void cutOffArchiveIsRefused() throws IOException {
        byte[] whole = zip(realFiles());
        served.put(FLAT, Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(Datasets::studentMat)
                .isInstanceOf(DataException.class)
                .hasMessageContaining("damaged");
        assertThat(cache.resolve("student-mat.csv")).doesNotExist();
    }

    @Test
    void offlineSaysWhereToPutTheFiles() {
        server.stop(0);

        assertThatThrownBy(Datasets::studentMat)
                .isInstanceOf(DataException.class)
                .hasMessageContaining("student-mat.csv, student-por.csv")
                .hasMessageContaining("could not be downloaded from http://127.0.0.1:")
                .hasMessageContaining("into " + cache)
                .hasMessageContaining("--data-dir");
    }

    @Test
    void aDamagedLocalCopyIsNamedNotUsed() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(dir.resolve("student-mat.csv"), "school;sex\n\"GP\";\"F\"\n");
        props.set("nnshell.data.dir", dir.toString());

        assertThatThrownBy(Datasets::studentMat)
                .hasMessageContaining(dir.resolve("student-mat.csv").toString())
                .hasMessageContaining("damaged or a different version");
        assertThat(requests.get()).isZero();
    }

    private static Map<String, byte[]> realFiles() throws IOException {
        Path dir = TestData.studentDir();
        Map<String, byte[]> files = new HashMap<>();
        for (String name : List.of("student-mat.csv", "student-por.csv", "student.txt")) {
            files.put(name, Files.readAllBytes(dir.resolve(name)));
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
