package nnshell.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 sums of files and byte arrays, and the check every data file passes on load. */
public final class Sha256 {

    private Sha256() {
    }

    /** The SHA-256 of {@code bytes} in lowercase hex. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The SHA-256 of the file's content in lowercase hex. */
    public static String of(Path file) {
        MessageDigest md = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                md.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Checks that {@code file} has the expected sum and records it in {@link DataLog};
     * otherwise throws a sentence naming the file, both sums and what to do.
     */
    static void verify(Path file, String expected) {
        String actual = of(file);
        if (!actual.equals(expected)) {
            throw Msg.error("sum.mismatch", file, actual, expected);
        }
        DataLog.record(file.toString(), actual);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
