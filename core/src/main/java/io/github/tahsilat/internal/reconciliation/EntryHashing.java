package io.github.tahsilat.internal.reconciliation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a list of fields, each written as its UTF-8 length, a colon and its UTF-8 bytes, so
 * that no two different field lists give the same input ({@code ["ab", "c"]} and {@code ["a",
 * "bc"]} differ).
 *
 * <p>Stateless and thread-safe.
 */
public final class EntryHashing {

    private EntryHashing() {}

    /** Returns the lower-case hex SHA-256 digest of the length-prefixed {@code fields}. */
    public static String sha256Hex(String... fields) {
        MessageDigest digest = newDigest();
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE platform must provide SHA-256 (MessageDigest documentation).
            throw new IllegalStateException("SHA-256 is not available on this JVM", e);
        }
    }
}
