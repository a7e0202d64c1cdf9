package io.github.tahsilat.reconciliation;

/**
 * The 64-bit hash of a text key for {@link TextKeyTable}: FNV-1a over the key's characters,
 * finished by the 64-bit mix of MurmurHash3 so that the low bits, which pick the slot, depend on
 * every character.
 *
 * <p>An instance also hashes the invoice-number key of a text window while the window's tokens are
 * appended, without building the window or its key: each run of digits drops its leading zeros, and
 * a run of zeros only keeps one, as {@code TextFolding.invoiceNumberKey} does. Tokens must be
 * folded runs of ASCII upper-case letters and digits, as {@link LineContext#tokens()} returns them.
 * The hash of a window equals {@link #of} of the window's invoice-number key. Not thread-safe.
 */
final class TextKeyHash {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long state;
    private int length;
    private boolean inDigitRun;
    private boolean significantDigitSeen;

    /** Creates a hash of the empty window. */
    TextKeyHash() {
        reset();
    }

    /** Returns the hash of {@code key}, character by character. */
    static long of(String key) {
        long hash = OFFSET_BASIS;
        for (int i = 0; i < key.length(); i++) {
            hash = step(hash, key.charAt(i));
        }
        return finish(hash);
    }

    /**
     * Returns the hash of the characters {@code from} to {@code to} (exclusive) of {@code chars}.
     */
    static long of(char[] chars, int from, int to) {
        long hash = OFFSET_BASIS;
        for (int i = from; i < to; i++) {
            hash = step(hash, chars[i]);
        }
        return finish(hash);
    }

    /** Starts a new, empty window. */
    void reset() {
        state = OFFSET_BASIS;
        length = 0;
        inDigitRun = false;
        significantDigitSeen = false;
    }

    /** Appends a token to the window. */
    void append(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                appendDigit(c);
            } else {
                endDigitRun();
                add(c);
            }
        }
    }

    /**
     * Appends the characters {@code from} to {@code to} (exclusive) of {@code chars} to the window,
     * as {@link #append(String)} appends a token: they must be folded ASCII letters and digits.
     */
    void append(char[] chars, int from, int to) {
        // The same steps as appendDigit, endDigitRun and add, on local copies of the fields,
        // because the compact matcher hashes every window of every line through here.
        long hash = state;
        int added = 0;
        boolean digitRun = inDigitRun;
        boolean significant = significantDigitSeen;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                if (!digitRun) {
                    digitRun = true;
                    significant = false;
                }
                if (significant || c != '0') {
                    significant = true;
                    hash = step(hash, c);
                    added++;
                }
            } else {
                if (digitRun && !significant) {
                    hash = step(hash, '0');
                    added++;
                }
                digitRun = false;
                hash = step(hash, c);
                added++;
            }
        }
        state = hash;
        length += added;
        inDigitRun = digitRun;
        significantDigitSeen = significant;
    }

    /** Returns the hash of the window's invoice-number key. */
    long numberKeyHash() {
        long hash = state;
        if (inDigitRun && !significantDigitSeen) {
            hash = step(hash, '0');
        }
        return finish(hash);
    }

    /** Returns the length of the window's invoice-number key. */
    int numberKeyLength() {
        return inDigitRun && !significantDigitSeen ? length + 1 : length;
    }

    private void appendDigit(char digit) {
        if (!inDigitRun) {
            inDigitRun = true;
            significantDigitSeen = false;
        }
        if (significantDigitSeen || digit != '0') {
            significantDigitSeen = true;
            add(digit);
        }
    }

    /** Ends a run of digits before a letter: a run of zeros only keeps one. */
    private void endDigitRun() {
        if (inDigitRun && !significantDigitSeen) {
            add('0');
        }
        inDigitRun = false;
    }

    private void add(char c) {
        state = step(state, c);
        length++;
    }

    private static long step(long hash, char c) {
        return (hash ^ c) * PRIME;
    }

    /**
     * Returns the hash of a pair of numbers, such as a counterparty number and an amount, mixed so
     * that every input bit affects the upper bits, which {@link TextKeySlots} reads.
     */
    static long ofNumbers(long first, long second) {
        return finish(finish(first * PRIME) ^ second);
    }

    /** Mixes the bits with the 64-bit finalizer of MurmurHash3 (fmix64). */
    private static long finish(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9f5c1a2c94dL;
        h ^= h >>> 33;
        return h;
    }
}
