package io.github.tahsilat.persistence.spi;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folded keys that bank-line matching looks invoices and counterparties up by, defined here so
 * that the domain and every store compute the same key from the same text.
 *
 * <p>Folding turns text into upper-case ASCII: Turkish letters fold as {@code ş → S}, {@code ğ →
 * G}, {@code ı → I}, {@code İ → I}, {@code ç → C}, {@code ö → O}, {@code ü → U} in both cases, and
 * so do other Latin letters with diacritics, such as {@code â → A}. Upper case uses {@link
 * Locale#ROOT}, so a key does not depend on the default locale (under {@code tr-TR}, {@code
 * "i".toUpperCase()} is {@code "İ"}).
 *
 * <p>Stateless and thread-safe.
 */
public final class MatchKeys {

    private MatchKeys() {}

    /**
     * Folds {@code text} to upper-case ASCII letters, keeping digits, spaces and punctuation.
     * Characters without an ASCII base letter, such as {@code ß} or Cyrillic letters, stay as they
     * are after upper-casing.
     *
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static String fold(String text) {
        if (isAscii(text)) {
            return upperCaseAscii(text);
        }
        StringBuilder dotless = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The dotless ı has no decomposition, so NFD below would keep it.
            dotless.append(c == 'ı' ? 'i' : c);
        }
        String decomposed = Normalizer.normalize(dotless, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(c);
            }
        }
        return folded.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Splits {@code text} into its folded runs of ASCII letters and digits, in order: {@code
     * "Fatura: INV-0042/2024"} becomes {@code [FATURA, INV, 0042, 2024]}.
     *
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static List<String> tokens(String text) {
        String folded = fold(text);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean alphanumeric = i < folded.length() && isAsciiAlphanumeric(folded.charAt(i));
            if (alphanumeric && start < 0) {
                start = i;
            } else if (!alphanumeric && start >= 0) {
                tokens.add(folded.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /**
     * Returns the key of a name: its {@link #tokens tokens} joined by single spaces. {@code
     * "Öz-Ünlü Ltd. Şti."} becomes {@code "OZ UNLU LTD STI"}.
     *
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public static String nameKey(String name) {
        return String.join(" ", tokens(name));
    }

    /**
     * Returns the key of a payment reference, its compact form: the {@link #tokens tokens} joined
     * without separators. {@code "rf18 5390 0754"} becomes {@code "RF1853900754"}.
     *
     * @throws NullPointerException if {@code reference} is {@code null}
     */
    public static String referenceKey(String reference) {
        if (isCompact(reference)) {
            return reference;
        }
        return String.join("", tokens(reference));
    }

    /**
     * Returns the key of an invoice number: its {@link #referenceKey compact form} with the leading
     * zeros of every run of digits removed (a run of zeros only keeps one). {@code "INV-000123"},
     * {@code "inv 123"} and {@code "INV123"} all become {@code "INV123"}, and {@code "000123"}
     * becomes {@code "123"}.
     *
     * @throws NullPointerException if {@code number} is {@code null}
     */
    public static String invoiceNumberKey(String number) {
        return stripLeadingZerosOfDigitRuns(referenceKey(number));
    }

    /**
     * Removes the leading zeros of every run of digits in {@code compact}.
     *
     * @throws NullPointerException if {@code compact} is {@code null}
     */
    public static String stripLeadingZerosOfDigitRuns(String compact) {
        if (!hasLeadingZero(compact)) {
            return compact;
        }
        StringBuilder key = new StringBuilder(compact.length());
        int i = 0;
        while (i < compact.length()) {
            char c = compact.charAt(i);
            if (!isDigit(c)) {
                key.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < compact.length() && isDigit(compact.charAt(end))) {
                end++;
            }
            int firstSignificant = i;
            while (firstSignificant < end - 1 && compact.charAt(firstSignificant) == '0') {
                firstSignificant++;
            }
            key.append(compact, firstSignificant, end);
            i = end;
        }
        return key.toString();
    }

    /** Returns whether {@code text} has only ASCII upper-case letters and digits, a compact key. */
    private static boolean isCompact(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiAlphanumeric(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether a run of digits in {@code text} starts with a zero followed by a digit. */
    private static boolean hasLeadingZero(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            boolean runStart = i == 0 || !isDigit(text.charAt(i - 1));
            if (runStart && text.charAt(i) == '0' && isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether every character of {@code text} is ASCII. Such text has no diacritics to
     * strip, because NFD leaves ASCII unchanged and no ASCII character is a non-spacing mark, so
     * folding it only upper-cases its letters.
     */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Upper-cases the ASCII letters of ASCII text, as {@code toUpperCase(Locale.ROOT)} does. */
    private static String upperCaseAscii(String text) {
        int first = 0;
        while (first < text.length() && !isLowerAscii(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] upper = text.toCharArray();
        for (int i = first; i < upper.length; i++) {
            if (isLowerAscii(upper[i])) {
                upper[i] = (char) (upper[i] - ('a' - 'A'));
            }
        }
        return new String(upper);
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
