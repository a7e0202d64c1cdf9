package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The invoice numbers of the slots of a {@link CompactOpenItemIndex}, encoded back to back in pages
 * of bytes, with one {@code int} address per slot. A number of {@code n} characters costs 4 bytes
 * for its address and {@code n + 1} bytes when every character is at most U+00FF (ISO 8859-1), as
 * most invoice numbers are, or {@code 2n + 2} bytes as UTF-16 otherwise. A {@code String} per slot
 * would cost about 40 bytes more.
 *
 * <p>Each entry starts with a header byte: 0 to 127 is the length of an ISO 8859-1 number, {@link
 * #LONG_LATIN1} or {@link #UTF16} is followed by a byte with the length. UTF-16 code units are
 * written high byte first and read back unchanged, unpaired surrogates included. An entry never
 * spans two pages.
 *
 * <p>Replacing or clearing a slot leaves its old bytes as garbage in its page. When the garbage
 * exceeds the live bytes, the slot count and one page of 64 KiB, the column copies the live entries
 * into new pages, in slot order. That copy walks every slot once, so its cost is spread over at
 * least as many bytes of removed entries as the slot count.
 *
 * <p>Not thread-safe.
 */
final class InvoiceNumberColumn {

    /** The maximum length of a number, so that the length fits in one unsigned byte. */
    static final int MAX_LENGTH = 255;

    /** The header of an ISO 8859-1 number of 128 to 255 characters. */
    private static final int LONG_LATIN1 = 0x80;

    /** The header of a UTF-16 number. */
    private static final int UTF16 = 0x81;

    private static final int SHORT_LATIN1_MAX = 0x7F;
    private static final int PAGE_BITS = 16;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int POSITION_MASK = PAGE_SIZE - 1;

    /**
     * The maximum number of pages: the address of a byte, page number and position, plus one must
     * fit in a positive {@code int}. That allows about 2 GiB of encoded numbers.
     */
    private static final int MAX_PAGES = (Integer.MAX_VALUE >>> PAGE_BITS);

    /** The address of each slot's entry plus one, or 0 when the slot is empty. */
    private int[] addresses;

    private byte[][] pages = new byte[0][];
    private int pageCount;

    /** The position of the next free byte in the last page. */
    private int position = PAGE_SIZE;

    /** The bytes of the entries that slots address. */
    private long liveBytes;

    /** The bytes written to the pages since the last compaction, including skipped page ends. */
    private long writtenBytes;

    InvoiceNumberColumn(int capacity) {
        addresses = new int[capacity];
    }

    /** Grows the column to {@code capacity} slots, which must be at least the current count. */
    void grow(int capacity) {
        addresses = Arrays.copyOf(addresses, capacity);
    }

    boolean contains(int slot) {
        return addresses[slot] != 0;
    }

    /**
     * Checks that {@link #set} can store {@code number}.
     *
     * @throws InvalidInputException if the number is longer than {@value #MAX_LENGTH} characters,
     *     or the pages already contain about 2 GiB of encoded numbers
     */
    void checkRoom(String number) {
        int length = number.length();
        if (length > MAX_LENGTH) {
            throw new InvalidInputException(
                    "invoiceNumber", number, "at most " + MAX_LENGTH + " characters");
        }
        if (position + entrySize(length, isLatin1(number)) > PAGE_SIZE && pageCount == MAX_PAGES) {
            throw new InvalidInputException(
                    "invoiceNumber",
                    number,
                    "room in the index, which stores at most about 2 GiB of encoded invoice"
                            + " numbers. Remove items or split the company's items over several"
                            + " indexes");
        }
    }

    /**
     * Stores {@code number} in {@code slot}, replacing the number the slot contains.
     *
     * @throws InvalidInputException under the conditions of {@link #checkRoom}. Nothing changes
     *     then.
     */
    void set(int slot, String number) {
        checkRoom(number);
        int length = number.length();
        boolean latin1 = isLatin1(number);
        int size = entrySize(length, latin1);

        clear(slot);
        if (position + size > PAGE_SIZE) {
            writtenBytes += PAGE_SIZE - position;
            addPage();
        }

        byte[] page = pages[pageCount - 1];
        int at = position;
        if (!latin1) {
            page[at++] = (byte) UTF16;
            page[at++] = (byte) length;
            for (int i = 0; i < length; i++) {
                char c = number.charAt(i);
                page[at++] = (byte) (c >>> 8);
                page[at++] = (byte) c;
            }
        } else {
            if (length > SHORT_LATIN1_MAX) {
                page[at++] = (byte) LONG_LATIN1;
            }
            page[at++] = (byte) length;
            for (int i = 0; i < length; i++) {
                page[at++] = (byte) number.charAt(i);
            }
        }

        addresses[slot] = (((pageCount - 1) << PAGE_BITS) | position) + 1;
        position = at;
        liveBytes += size;
        writtenBytes += size;
    }

    /** Empties {@code slot}, and compacts the pages when their garbage has grown large. */
    void clear(int slot) {
        int address = addresses[slot];
        if (address == 0) {
            return;
        }
        addresses[slot] = 0;
        byte[] page = pages[(address - 1) >>> PAGE_BITS];
        int at = (address - 1) & POSITION_MASK;
        liveBytes -= entrySize(page, at);
        long garbage = writtenBytes - liveBytes;
        if (garbage > liveBytes && garbage > addresses.length && garbage > PAGE_SIZE) {
            compact();
        }
    }

    /** Returns the number in {@code slot}, which must contain one. */
    String get(int slot) {
        int address = addresses[slot] - 1;
        byte[] page = pages[address >>> PAGE_BITS];
        int at = address & POSITION_MASK;
        int header = page[at] & 0xFF;
        if (header <= SHORT_LATIN1_MAX) {
            return new String(page, at + 1, header, StandardCharsets.ISO_8859_1);
        }
        int length = page[at + 1] & 0xFF;
        if (header == LONG_LATIN1) {
            return new String(page, at + 2, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = utf16At(page, at + 2, i);
        }
        return new String(chars);
    }

    /**
     * Compares the numbers in two slots, which must contain one each, as {@link String#compareTo}
     * compares them, without decoding either.
     */
    int compare(int left, int right) {
        int leftAddress = addresses[left] - 1;
        int rightAddress = addresses[right] - 1;
        byte[] leftPage = pages[leftAddress >>> PAGE_BITS];
        byte[] rightPage = pages[rightAddress >>> PAGE_BITS];
        int leftAt = leftAddress & POSITION_MASK;
        int rightAt = rightAddress & POSITION_MASK;
        int leftHeader = leftPage[leftAt] & 0xFF;
        int rightHeader = rightPage[rightAt] & 0xFF;
        int leftLength = lengthOf(leftPage, leftAt);
        int rightLength = lengthOf(rightPage, rightAt);
        int leftStart = leftAt + (leftHeader <= SHORT_LATIN1_MAX ? 1 : 2);
        int rightStart = rightAt + (rightHeader <= SHORT_LATIN1_MAX ? 1 : 2);
        boolean leftWide = leftHeader == UTF16;
        boolean rightWide = rightHeader == UTF16;
        int common = Math.min(leftLength, rightLength);
        for (int i = 0; i < common; i++) {
            char l = leftWide ? utf16At(leftPage, leftStart, i) : latin1At(leftPage, leftStart, i);
            char r =
                    rightWide
                            ? utf16At(rightPage, rightStart, i)
                            : latin1At(rightPage, rightStart, i);
            if (l != r) {
                return l - r;
            }
        }
        return leftLength - rightLength;
    }

    /** Returns the bytes of the pages, for tests of the compaction. */
    long pageBytes() {
        return (long) pageCount * PAGE_SIZE;
    }

    private void compact() {
        byte[][] oldPages = pages;
        pages = new byte[0][];
        pageCount = 0;
        position = PAGE_SIZE;
        liveBytes = 0;
        writtenBytes = 0;
        for (int slot = 0; slot < addresses.length; slot++) {
            int address = addresses[slot] - 1;
            if (address < 0) {
                continue;
            }
            byte[] page = oldPages[address >>> PAGE_BITS];
            int at = address & POSITION_MASK;
            int size = entrySize(page, at);
            if (position + size > PAGE_SIZE) {
                writtenBytes += PAGE_SIZE - position;
                addPage();
            }
            System.arraycopy(page, at, pages[pageCount - 1], position, size);
            addresses[slot] = (((pageCount - 1) << PAGE_BITS) | position) + 1;
            position += size;
            liveBytes += size;
            writtenBytes += size;
        }
    }

    private void addPage() {
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, Math.max(16, 2 * pageCount));
        }
        pages[pageCount++] = new byte[PAGE_SIZE];
        position = 0;
    }

    private static boolean isLatin1(String number) {
        for (int i = 0; i < number.length(); i++) {
            if (number.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static int entrySize(int length, boolean latin1) {
        if (!latin1) {
            return 2 + 2 * length;
        }
        return length <= SHORT_LATIN1_MAX ? 1 + length : 2 + length;
    }

    private static int entrySize(byte[] page, int at) {
        int header = page[at] & 0xFF;
        return entrySize(lengthOf(page, at), header != UTF16);
    }

    private static int lengthOf(byte[] page, int at) {
        int header = page[at] & 0xFF;
        return header <= SHORT_LATIN1_MAX ? header : page[at + 1] & 0xFF;
    }

    private static char latin1At(byte[] page, int start, int index) {
        return (char) (page[start + index] & 0xFF);
    }

    private static char utf16At(byte[] page, int start, int index) {
        int at = start + 2 * index;
        return (char) (((page[at] & 0xFF) << 8) | (page[at + 1] & 0xFF));
    }
}
