package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.reconciliation.TextFolding;
import java.util.Arrays;
import java.util.List;

/**
 * A reusable buffer that splits a text into the folded tokens of {@link TextFolding#tokens}, back
 * to back without separators, so that the compact matcher reads a line's tokens and windows without
 * building a string per token. Token {@code t} is {@code chars[tokenStart(t)]} up to {@code
 * chars[tokenEnd(t)]}, exclusive, and the tokens from {@code s} to {@code e} form one window.
 *
 * <p>ASCII text is folded here in one pass. Other text goes through {@link TextFolding#tokens},
 * which strips diacritics, so both give the same tokens. Not thread-safe.
 */
final class CompactText {

    /**
     * The base of a packed key. Its 36 characters are the digits 1 to 36 and no character is 0, so
     * keys of different lengths never share a number.
     */
    private static final long PACKED_BASE = 37;

    /** The maximum length of a packed key, because 37^12 is less than {@code Long.MAX_VALUE}. */
    static final int MAX_PACKED_LENGTH = 12;

    private char[] chars;
    private int[] tokenEnds;
    private int length;
    private int tokenCount;

    /** Creates a buffer for reuse over many texts, which grows to the longest of them. */
    CompactText() {
        chars = new char[64];
        tokenEnds = new int[16];
    }

    /** Creates a buffer that tokenizes an ASCII text of {@code textLength} characters in place. */
    CompactText(int textLength) {
        chars = new char[Math.max(1, textLength)];
        tokenEnds = new int[textLength / 2 + 1];
    }

    /** Splits {@code text} into tokens, replacing the previous ones. */
    void tokenize(String text) {
        int textLength = text.length();
        // ASCII text has at most one folded character per character and one token per two.
        if (chars.length < textLength) {
            chars = new char[textLength];
        }
        if (tokenEnds.length < textLength / 2 + 1) {
            tokenEnds = new int[textLength / 2 + 1];
        }

        char[] folded = chars;
        int[] ends = tokenEnds;
        // One bulk copy, then folding in place, which is safe because the folded text never gets
        // ahead of the character read.
        text.getChars(0, textLength, folded, 0);
        int foldedLength = 0;
        int tokens = 0;
        boolean inToken = false;
        for (int i = 0; i < textLength; i++) {
            char c = folded[i];
            if (c > 0x7F) {
                tokenizeFolded(text);
                return;
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - ('a' - 'A'));
            }
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                folded[foldedLength++] = c;
                inToken = true;
            } else if (inToken) {
                ends[tokens++] = foldedLength;
                inToken = false;
            }
        }
        if (inToken) {
            ends[tokens++] = foldedLength;
        }

        length = foldedLength;
        tokenCount = tokens;
    }

    /**
     * Returns the window of {@code text} that joins its tokens from {@code firstToken} on, {@code
     * tokenCount} of them, as {@link #tokenize} folds them. ASCII text is folded from the window's
     * characters alone, with no buffer for the whole text.
     *
     * @throws IndexOutOfBoundsException if the text has fewer than {@code firstToken + tokenCount}
     *     tokens
     */
    static String window(String text, int firstToken, int tokenCount) {
        int lastToken = firstToken + tokenCount - 1;
        // The first pass finds the window's characters and counts the folded ones. It reads the
        // whole text, because tokenize folds a text with any non-ASCII character otherwise.
        int textLength = text.length();
        int from = -1;
        int to = -1;
        int folded = 0;
        int token = -1;
        boolean inToken = false;
        for (int i = 0; i < textLength; i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                return foldedWindow(text, firstToken, lastToken);
            }
            boolean tokenChar =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (tokenChar && !inToken) {
                token++;
                if (token == firstToken) {
                    from = i;
                }
            }
            inToken = tokenChar;
            if (tokenChar && token >= firstToken && token <= lastToken) {
                folded++;
                to = i + 1;
            }
        }
        if (token < lastToken) {
            throw windowPastEnd(lastToken, token + 1);
        }

        // The second pass folds them: upper-case letters and digits, without separators.
        char[] window = new char[folded];
        int written = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                window[written++] = (char) (c - ('a' - 'A'));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                window[written++] = c;
            }
        }
        return new String(window);
    }

    private static IndexOutOfBoundsException windowPastEnd(int lastToken, int tokenCount) {
        return new IndexOutOfBoundsException(
                "invalid window: it ends at token "
                        + lastToken
                        + ", but the text has "
                        + tokenCount
                        + " tokens, numbered from 0");
    }

    /** Returns the window of a text with non-ASCII characters, which {@link TextFolding} folds. */
    private static String foldedWindow(String text, int firstToken, int lastToken) {
        CompactText tokens = new CompactText();
        tokens.tokenizeFolded(text);
        if (tokens.tokenCount() <= lastToken) {
            throw windowPastEnd(lastToken, tokens.tokenCount());
        }
        int from = tokens.tokenStart(firstToken);
        return new String(tokens.chars(), from, tokens.tokenEnd(lastToken) - from);
    }

    int tokenCount() {
        return tokenCount;
    }

    int tokenStart(int token) {
        return token == 0 ? 0 : tokenEnds[token - 1];
    }

    int tokenEnd(int token) {
        return tokenEnds[token];
    }

    /** Returns the folded characters; the tokens fill the first {@link #length()} of them. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /**
     * Writes the tokens joined by single spaces, the name key of {@code TextFolding.foldName}, into
     * {@code key}, and returns its length. {@code key} must have room for {@code 2 * length()}.
     */
    int writeNameKey(char[] key) {
        int written = 0;
        for (int t = 0; t < tokenCount; t++) {
            if (t > 0) {
                key[written++] = ' ';
            }
            int start = tokenStart(t);
            int count = tokenEnds[t] - start;
            System.arraycopy(chars, start, key, written, count);
            written += count;
        }
        return written;
    }

    /**
     * Writes the invoice-number key of {@code chars[from]} to {@code chars[to]}, exclusive, into
     * {@code key} and returns its length: the leading zeros of each run of digits are dropped, and
     * a run of zeros keeps one, as {@code TextFolding.invoiceNumberKey} does with joined tokens.
     * {@code key} must have room for {@code to - from} characters.
     */
    static int writeNumberKey(char[] chars, int from, int to, char[] key) {
        int written = 0;
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                key[written++] = c;
                i++;
                continue;
            }
            int end = i;
            while (end < to && chars[end] >= '0' && chars[end] <= '9') {
                end++;
            }
            int firstSignificant = i;
            while (firstSignificant < end - 1 && chars[firstSignificant] == '0') {
                firstSignificant++;
            }
            System.arraycopy(chars, firstSignificant, key, written, end - firstSignificant);
            written += end - firstSignificant;
            i = end;
        }
        return written;
    }

    /**
     * Returns the first {@code length} characters of {@code key} as one number, or 0 when they do
     * not fit: more than {@value #MAX_PACKED_LENGTH} characters, none, or a character other than an
     * ASCII upper-case letter or digit. The number is written in base 37 with digits 1 to 36, so
     * two keys that fit have the same number exactly when they are equal.
     */
    static long packNumberKey(char[] key, int length) {
        if (length == 0 || length > MAX_PACKED_LENGTH) {
            return 0;
        }
        long packed = 0;
        for (int i = 0; i < length; i++) {
            int digit = packedDigit(key[i]);
            if (digit == 0) {
                return 0;
            }
            packed = packed * PACKED_BASE + digit;
        }
        return packed;
    }

    /** Returns {@code key} as {@link #packNumberKey(char[], int)} packs it, or 0. */
    static long packNumberKey(String key) {
        int length = key.length();
        if (length == 0 || length > MAX_PACKED_LENGTH) {
            return 0;
        }
        long packed = 0;
        for (int i = 0; i < length; i++) {
            int digit = packedDigit(key.charAt(i));
            if (digit == 0) {
                return 0;
            }
            packed = packed * PACKED_BASE + digit;
        }
        return packed;
    }

    /** Returns 1 to 10 for a digit, 11 to 36 for an upper-case letter, and 0 for anything else. */
    private static int packedDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0' + 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 11;
        }
        return 0;
    }

    /** Returns whether the first {@code length} characters of {@code key} equal {@code text}. */
    static boolean equalsText(char[] key, int length, String text) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void tokenizeFolded(String text) {
        length = 0;
        tokenCount = 0;
        List<String> tokens = TextFolding.tokens(text);
        for (String token : tokens) {
            for (int i = 0; i < token.length(); i++) {
                push(token.charAt(i));
            }
            endToken();
        }
    }

    private void push(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    private void endToken() {
        if (tokenCount == tokenEnds.length) {
            tokenEnds = Arrays.copyOf(tokenEnds, tokenCount * 2);
        }
        tokenEnds[tokenCount++] = length;
    }
}
