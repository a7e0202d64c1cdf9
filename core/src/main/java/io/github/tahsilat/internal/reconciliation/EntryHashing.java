package io.github.tahsilat.internal.reconciliation;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * SHA-256 over a list of fields, each written as its UTF-8 length, a colon and its UTF-8 bytes, so
 * that no two different field lists give the same input ({@code ["ab", "c"]} and {@code ["a",
 * "bc"]} differ).
 *
 * <p>{@link #sha256Hex} is stateless and thread-safe. A {@link Hasher} gives the same digests with
 * one digest and one buffer for many entries.
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

    /**
     * A reusable hasher that gives the digest of {@link #sha256Hex} for the fields added since the
     * last {@link #hex()}, without a byte array per field or a digest per entry. Not thread-safe.
     */
    public static final class Hasher {

        /** The bytes of {@code LocalDate.toString()} for a year from 0 to 9999: yyyy-MM-dd. */
        private static final int DATE_LENGTH = 10;

        /** The bytes of a date's field: the length prefix {@code 10:} and the date. */
        private static final int DATE_FIELD_LENGTH = 3 + DATE_LENGTH;

        private static final int SHA256_LENGTH = 32;

        /** The number of {@code long} words of a SHA-256 digest. */
        public static final int DIGEST_WORDS = SHA256_LENGTH / Long.BYTES;

        /** Reads eight bytes of an array as one big-endian {@code long}. */
        private static final VarHandle BIG_ENDIAN_LONGS =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

        private final MessageDigest digest = digest();
        private final byte[] hash = new byte[SHA256_LENGTH];
        private final long[] lastDigest = new long[DIGEST_WORDS];
        private byte[] text = new byte[96];
        private byte[] buffer = new byte[256];
        private int length;

        /** The last field that {@link #addRepeated} encoded, or {@code null} before the first. */
        private String repeatedField;

        /**
         * The length prefix and bytes of {@link #repeatedField}, as {@link #add(String)} wrote
         * them.
         */
        private byte[] repeatedBytes = new byte[0];

        private int repeatedLength;

        /** The last date written in the yyyy-MM-dd form, or {@code null} before the first. */
        private LocalDate lastDate;

        /** The length prefix and bytes of {@link #lastDate}. */
        private final byte[] lastDateField = new byte[DATE_FIELD_LENGTH];

        /** Adds a field, hashed as its UTF-8 length, a colon and its UTF-8 bytes. */
        public Hasher add(String field) {
            // Most fields are ASCII, whose UTF-8 length is their length, so they are copied in one
            // pass. At the first other character, the field is written again in two passes.
            int chars = field.length();
            reserve(chars);
            int at = length + writeLengthPrefix(chars);
            byte[] into = buffer;
            for (int i = 0; i < chars; i++) {
                char c = field.charAt(i);
                if (c >= 0x80) {
                    return addEncoded(field);
                }
                into[at + i] = (byte) c;
            }
            length = at + chars;
            return this;
        }

        /**
         * Adds a field as {@link #add(String)} does, for a field that is often the very {@code
         * String} of the call before, such as the account id that a parser gives every line of a
         * statement. For that same instance it copies the bytes it wrote the last time instead of
         * encoding the field again. An equal but distinct string is encoded again.
         *
         * @throws NullPointerException if {@code field} is {@code null}
         */
        public Hasher addRepeated(String field) {
            Objects.requireNonNull(field, "field");
            if (field != repeatedField) {
                // A string never changes, so the same instance always encodes to the same bytes.
                int start = length;
                add(field);
                int written = length - start;
                if (repeatedBytes.length < written) {
                    repeatedBytes = new byte[written];
                }
                System.arraycopy(buffer, start, repeatedBytes, 0, written);
                repeatedLength = written;
                repeatedField = field;
                return this;
            }
            reserve(repeatedLength);
            System.arraycopy(repeatedBytes, 0, buffer, length, repeatedLength);
            length += repeatedLength;
            return this;
        }

        /** Adds a field by measuring its UTF-8 length first, for a field that is not ASCII. */
        private Hasher addEncoded(String field) {
            int bytes = utf8Length(field);
            reserve(bytes);
            length += writeLengthPrefix(bytes);
            length = encodeUtf8(field, buffer, length);
            return this;
        }

        /**
         * Adds a date as the field {@code date.toString()}, the ISO form yyyy-MM-dd. A date equal
         * to the last one written in that form, as the booking and value dates of a statement's
         * lines often are, is copied from the bytes written then.
         */
        public Hasher add(LocalDate date) {
            if (date.equals(lastDate)) {
                reserve(DATE_LENGTH);
                System.arraycopy(lastDateField, 0, buffer, length, DATE_FIELD_LENGTH);
                length += DATE_FIELD_LENGTH;
                return this;
            }
            int year = date.getYear();
            if (year < 0 || year > 9999) {
                // LocalDate writes a sign and, after 9999, more than four digits.
                return add(date.toString());
            }
            reserve(DATE_LENGTH);
            int start = length;
            length += writeLengthPrefix(DATE_LENGTH);
            writeDigits(year, 4);
            buffer[length++] = '-';
            writeDigits(date.getMonthValue(), 2);
            buffer[length++] = '-';
            writeDigits(date.getDayOfMonth(), 2);
            System.arraycopy(buffer, start, lastDateField, 0, DATE_FIELD_LENGTH);
            lastDate = date;
            return this;
        }

        /**
         * Adds a decimal number as the field that {@code BigDecimal.toPlainString()} writes for
         * {@code units} at {@code scale}, such as {@code -0.05} for -5 units at scale 2, without
         * building the string.
         *
         * @throws IllegalArgumentException if {@code scale} is negative
         */
        public Hasher addDecimal(long units, int scale) {
            if (scale < 0) {
                throw new IllegalArgumentException(
                        "invalid scale " + scale + "; expected 0 or more");
            }
            if (units == Long.MIN_VALUE) {
                // Its magnitude does not fit in a long.
                return add(BigDecimal.valueOf(units, scale).toPlainString());
            }

            long magnitude = Math.abs(units);
            int integerDigits = Math.max(1, decimalDigits(magnitude) - scale);
            int bytes = (units < 0 ? 1 : 0) + integerDigits + (scale > 0 ? 1 + scale : 0);
            reserve(bytes);
            length += writeLengthPrefix(bytes);
            length += bytes;

            // The digits are written from the last one back, so the fraction comes first.
            int at = length;
            long rest = magnitude;
            for (int i = 0; i < scale; i++) {
                buffer[--at] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
            if (scale > 0) {
                buffer[--at] = '.';
            }
            do {
                buffer[--at] = (byte) ('0' + rest % 10);
                rest /= 10;
            } while (rest > 0);
            if (units < 0) {
                buffer[--at] = '-';
            }
            return this;
        }

        /**
         * Returns the lower-case hex SHA-256 digest of the fields added since the last call, and
         * starts a new list of fields.
         */
        public String hex() {
            finish();
            return HEX.formatHex(hash);
        }

        /**
         * Computes the SHA-256 digest of the fields added since the last call, and starts a new
         * list of fields. {@link #digestWord} and {@link #keyText} then read the digest.
         */
        public void finish() {
            digest.update(buffer, 0, length);
            length = 0;
            try {
                digest.digest(hash, 0, SHA256_LENGTH);
            } catch (DigestException e) {
                // The array has room for the 32 bytes of a SHA-256 digest, so this never happens.
                throw new IllegalStateException("SHA-256 digest failed: " + e.getMessage(), e);
            }
        }

        /**
         * Returns bytes {@code 8 * index} to {@code 8 * index + 7} of the last digest, big-endian.
         *
         * @throws IndexOutOfBoundsException if {@code index} is not from 0 to 3
         */
        public long digestWord(int index) {
            Objects.checkIndex(index, DIGEST_WORDS);
            return (long) BIG_ENDIAN_LONGS.get(hash, index * Long.BYTES);
        }

        /**
         * Returns {@code prefix + hex + separator + number}, where {@code hex} is the lower-case
         * hex form of the last digest, building one string and no intermediate ones.
         *
         * @throws IllegalArgumentException if {@code prefix} or {@code separator} is not ASCII, or
         *     {@code number} is negative
         */
        public String keyText(String prefix, char separator, int number) {
            copyDigest(lastDigest, 0);
            return keyText(prefix, lastDigest, 0, separator, number);
        }

        /**
         * Copies the last digest into {@code into} from {@code at} as four big-endian words, the
         * values of {@link #digestWord} 0 to 3.
         *
         * @throws IndexOutOfBoundsException if {@code into} has no room for four words at {@code
         *     at}
         */
        public void copyDigest(long[] into, int at) {
            Objects.checkFromIndexSize(at, DIGEST_WORDS, into.length);
            for (int i = 0; i < DIGEST_WORDS; i++) {
                into[at + i] = digestWord(i);
            }
        }

        /**
         * Returns {@code prefix + hex + separator + number} as {@link #keyText(String, char, int)}
         * does, for the digest stored as four words in {@code digests} from {@code at}, as {@link
         * #copyDigest} wrote it.
         *
         * @throws IllegalArgumentException if {@code prefix} or {@code separator} is not ASCII, or
         *     {@code number} is negative
         * @throws IndexOutOfBoundsException if {@code digests} has no four words at {@code at}
         */
        public String keyText(String prefix, long[] digests, int at, char separator, int number) {
            Objects.checkFromIndexSize(at, DIGEST_WORDS, digests.length);
            if (number < 0) {
                throw new IllegalArgumentException(
                        "invalid number " + number + "; expected 0 or more");
            }
            int size = prefix.length() + 2 * SHA256_LENGTH + 1 + decimalDigits(number);
            if (text.length < size) {
                text = new byte[size];
            }
            int written = 0;
            for (int i = 0; i < prefix.length(); i++) {
                text[written++] = ascii(prefix.charAt(i));
            }
            for (int i = 0; i < DIGEST_WORDS; i++) {
                long word = digests[at + i];
                BIG_ENDIAN_LONGS.set(text, written, hexDigits((int) (word >>> Integer.SIZE)));
                BIG_ENDIAN_LONGS.set(text, written + Long.BYTES, hexDigits((int) word));
                written += 2 * Long.BYTES;
            }
            text[written] = ascii(separator);
            int end = size;
            int rest = number;
            do {
                text[--end] = (byte) ('0' + rest % 10);
                rest /= 10;
            } while (rest > 0);
            // ISO-8859-1 maps each byte to one char, so the JDK copies the bytes as they are.
            return new String(text, 0, size, StandardCharsets.ISO_8859_1);
        }

        /**
         * Returns the eight lower-case hex digits of {@code value} as ASCII bytes in one long, the
         * first digit in the most significant byte.
         */
        private static long hexDigits(int value) {
            // Spread the eight nibbles to the low halves of eight bytes, keeping their order.
            long nibbles = value & 0xFFFF_FFFFL;
            nibbles = (nibbles | (nibbles << 16)) & 0x0000_FFFF_0000_FFFFL;
            nibbles = (nibbles | (nibbles << 8)) & 0x00FF_00FF_00FF_00FFL;
            nibbles = (nibbles | (nibbles << 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
            // A nibble of 10 or more gets a carry into bit 4 when 6 is added. Its digit is a
            // letter, which lies 39 characters after '0' + 10 in ASCII.
            long letters = ((nibbles + 0x0606_0606_0606_0606L) >>> 4) & 0x0101_0101_0101_0101L;
            return nibbles + 0x3030_3030_3030_3030L + letters * 39;
        }

        private static byte ascii(char c) {
            if (c >= 0x80) {
                throw new IllegalArgumentException(
                        "invalid key character U+"
                                + String.format("%04X", (int) c)
                                + "; expected ASCII");
            }
            return (byte) c;
        }

        /** Makes room for a length prefix of at most 11 bytes and {@code bytes} more. */
        private void reserve(int bytes) {
            int needed = length + 11 + bytes;
            if (needed > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
            }
        }

        /**
         * Writes the length prefix of a field of {@code bytes} bytes at the end of the buffer, and
         * returns the number of bytes written. The digits go straight into the buffer, with no
         * scratch array to copy from.
         */
        private int writeLengthPrefix(int bytes) {
            int digits = decimalDigits(bytes);
            int at = length + digits;
            buffer[at] = ':';
            int rest = bytes;
            do {
                buffer[--at] = (byte) ('0' + rest % 10);
                rest /= 10;
            } while (rest > 0);
            return digits + 1;
        }

        private void writeDigits(int value, int digits) {
            for (int i = digits - 1; i >= 0; i--) {
                buffer[length + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            length += digits;
        }
    }

    /**
     * Returns the number of bytes that {@code text.getBytes(UTF_8)} returns: a surrogate without
     * its pair is written as the one byte {@code ?}.
     */
    static int utf8Length(String text) {
        int bytes = 0;
        int count = text.length();
        for (int i = 0; i < count; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (!Character.isSurrogate(c)) {
                bytes += 3;
            } else if (isPairAt(text, i)) {
                bytes += 4;
                i++;
            } else {
                bytes += 1;
            }
        }
        return bytes;
    }

    /**
     * Writes the bytes of {@code text.getBytes(UTF_8)} into {@code into} from {@code at}, and
     * returns the index after the last byte written.
     */
    static int encodeUtf8(String text, byte[] into, int at) {
        int count = text.length();
        for (int i = 0; i < count; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                into[at++] = (byte) c;
            } else if (c < 0x800) {
                into[at++] = (byte) (0xC0 | (c >> 6));
                into[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                into[at++] = (byte) (0xE0 | (c >> 12));
                into[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                into[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (isPairAt(text, i)) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                into[at++] = (byte) (0xF0 | (codePoint >> 18));
                into[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                into[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                into[at++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                // The JDK's encoder replaces an unpaired surrogate with '?'.
                into[at++] = '?';
            }
        }
        return at;
    }

    /** Returns the number of decimal digits of {@code value}, which is 0 or more. */
    private static int decimalDigits(long value) {
        // A long has at most 19 digits, so the bound stops before it would overflow.
        int digits = 1;
        for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    private static boolean isPairAt(String text, int index) {
        return Character.isHighSurrogate(text.charAt(index))
                && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1));
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
