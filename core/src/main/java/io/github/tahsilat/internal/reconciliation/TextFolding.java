package io.github.tahsilat.internal.reconciliation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds text to upper-case ASCII so that a bank's spelling of a name or number compares equal to
 * the host's: {@code "Şişli Ağaç İnşaat"} and {@code "SISLI AGAC INSAAT"} both fold to {@code
 * "SISLI AGAC INSAAT"}.
 *
 * <p>Turkish letters fold as {@code ş → S}, {@code ğ → G}, {@code ı → I}, {@code İ → I}, {@code ç →
 * C}, {@code ö → O}, {@code ü → U}, in both cases, and so do other Latin letters with diacritics,
 * such as {@code â → A}. Upper case uses {@link Locale#ROOT}, so the result does not depend on the
 * default locale (under {@code tr-TR}, {@code "i".toUpperCase()} is {@code "İ"}).
 *
 * <p>Stateless and thread-safe.
 */
public final class TextFolding {

    private TextFolding() {}

    /**
     * Folds {@code text} to upper-case ASCII letters, keeping digits, spaces and punctuation.
     * Characters without an ASCII base letter, such as {@code ß} or Cyrillic letters, stay as they
     * are after upper-casing.
     */
    public static String fold(String text) {
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
     * Folds a name for comparison: {@link #fold folds} it, turns every run of characters other than
     * letters and digits into one space, and trims the ends. {@code "Öz-Ünlü Ltd. Şti."} becomes
     * {@code "OZ UNLU LTD STI"}.
     */
    public static String foldName(String name) {
        return String.join(" ", tokens(name));
    }

    /**
     * Splits {@code text} into its folded runs of ASCII letters and digits, in order: {@code
     * "Fatura: INV-0042/2024"} becomes {@code [FATURA, INV, 0042, 2024]}.
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
     * Returns the compact form of a reference: folded, with every character other than an ASCII
     * letter or digit removed. {@code "rf18 5390 0754"} becomes {@code "RF1853900754"}.
     */
    public static String compactReference(String reference) {
        return String.join("", tokens(reference));
    }

    /**
     * Returns the comparison key of an invoice number: its {@link #compactReference compact form}
     * with the leading zeros of every run of digits removed (a run of zeros only keeps one). {@code
     * "INV-000123"}, {@code "inv 123"} and {@code "INV123"} all become {@code "INV123"}, and {@code
     * "000123"} becomes {@code "123"}.
     */
    public static String invoiceNumberKey(String number) {
        return stripLeadingZerosOfDigitRuns(compactReference(number));
    }

    /** Removes the leading zeros of every run of digits in {@code compact}. */
    public static String stripLeadingZerosOfDigitRuns(String compact) {
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

    private static boolean isAsciiAlphanumeric(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
