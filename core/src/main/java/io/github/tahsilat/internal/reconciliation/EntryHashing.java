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

    private static final HexFormat HEX = HexFormat.of();

    /**
     * A fresh digest that every call clones, so that a call skips the provider look-up of {@code
     * MessageDigest.getInstance}. Cloning never changes the original, so sharing it is safe.
     */
    private static final MessageDigest PROTOTYPE = newDigest();

    /** Whether the provider's digest can be cloned. The JDK's own SHA-256 digest can. */
    private static final boolean CLONEABLE = canClone();

    private EntryHashing() {}

    /** Returns the lower-case hex SHA-256 digest of the length-prefixed {@code fields}. */
    public static String sha256Hex(String... fields) {
        MessageDigest digest = digest();
        byte[] prefix = new byte[12];
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update(prefix, 0, writeLengthPrefix(bytes.length, prefix));
            digest.update(bytes);
        }
        return HEX.formatHex(digest.digest());
    }

    /**
     * Writes {@code length} in ASCII decimal digits followed by a colon into {@code into}, and
     * returns the number of bytes written: the same bytes as {@code (length + ":")} in US-ASCII.
     */
    private static int writeLengthPrefix(int length, byte[] into) {
        int end = into.length;
        int at = end;
        into[--at] = ':';
        int rest = length;
        do {
            into[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        int count = end - at;
        System.arraycopy(into, at, into, 0, count);
        return count;
    }

    private static MessageDigest digest() {
        if (!CLONEABLE) {
            return newDigest();
        }
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newDigest();
        }
    }

    private static boolean canClone() {
        try {
            PROTOTYPE.clone();
            return true;
        } catch (CloneNotSupportedException e) {
            return false;
        }
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
