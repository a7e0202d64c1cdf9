package io.github.tahsilat.internal.reconciliation;

import io.github.tahsilat.persistence.spi.MatchKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds text to upper-case ASCII so that a bank's spelling of a name or number compares equal to
 * the host's: {@code "Şişli Ağaç İnşaat"} and {@code "SISLI AGAC INSAAT"} both fold to {@code
 * "SISLI AGAC INSAAT"}.
 *
 * <p>Turkish letters fold as {@code ş → S}, {@code ğ → G}, {@code ı → I}, {@code İ → I}, {@code ç →
 * C}, {@code ö → O}, {@code ü → U}, in both cases, and so do other Latin letters with diacritics,
 * such as {@code â → A}. Upper case uses {@code Locale.ROOT}, so the result does not depend on the
 * default locale (under {@code tr-TR}, {@code "i".toUpperCase()} is {@code "İ"}).
 *
 * <p>The keys are those of {@link MatchKeys}, which the stores index by. Stateless and thread-safe.
 */
public final class TextFolding {

    /** The number of windows up to which {@link #windows} looks for repeats by linear search. */
    private static final int LINEAR_SEARCH_LIMIT = 32;

    private TextFolding() {}

    /**
     * Folds {@code text} to upper-case ASCII letters, keeping digits, spaces and punctuation, as
     * {@link MatchKeys#fold} does.
     */
    public static String fold(String text) {
        return MatchKeys.fold(text);
    }

    /**
     * Folds a name for comparison: {@link #fold folds} it, turns every run of characters other than
     * letters and digits into one space, and trims the ends. {@code "Öz-Ünlü Ltd. Şti."} becomes
     * {@code "OZ UNLU LTD STI"}.
     */
    public static String foldName(String name) {
        return MatchKeys.nameKey(name);
    }

    /**
     * Splits {@code text} into its folded runs of ASCII letters and digits, in order: {@code
     * "Fatura: INV-0042/2024"} becomes {@code [FATURA, INV, 0042, 2024]}.
     */
    public static List<String> tokens(String text) {
        return MatchKeys.tokens(text);
    }

    /**
     * Returns the compact form of a reference: folded, with every character other than an ASCII
     * letter or digit removed. {@code "rf18 5390 0754"} becomes {@code "RF1853900754"}.
     */
    public static String compactReference(String reference) {
        return MatchKeys.referenceKey(reference);
    }

    /**
     * Returns the comparison key of an invoice number: its {@link #compactReference compact form}
     * with the leading zeros of every run of digits removed (a run of zeros only keeps one). {@code
     * "INV-000123"}, {@code "inv 123"} and {@code "INV123"} all become {@code "INV123"}, and {@code
     * "000123"} becomes {@code "123"}.
     */
    public static String invoiceNumberKey(String number) {
        return MatchKeys.invoiceNumberKey(number);
    }

    /**
     * Returns every run of 1 to {@code maxTokens} consecutive tokens joined without separators,
     * without repeats, in order of first occurrence: {@code [INV, 2024, 7]} with 2 gives {@code
     * INV, INV2024, 2024, 20247, 7}.
     */
    public static List<String> windows(List<String> tokens, int maxTokens) {
        List<String> windows = new ArrayList<>(tokens.size() * maxTokens);
        // A typical remittance text has a few dozen windows, so repeats are found by linear
        // search. A text with more windows than LINEAR_SEARCH_LIMIT switches to a hash set.
        Set<String> seen = null;
        StringBuilder joined = new StringBuilder();
        for (int start = 0; start < tokens.size(); start++) {
            joined.setLength(0);
            int end = Math.min(tokens.size(), start + maxTokens);
            for (int i = start; i < end; i++) {
                joined.append(tokens.get(i));
                String window = joined.toString();
                if (seen == null && windows.size() == LINEAR_SEARCH_LIMIT) {
                    seen = new HashSet<>(windows);
                }
                boolean repeated = seen == null ? windows.contains(window) : !seen.add(window);
                if (!repeated) {
                    windows.add(window);
                }
            }
        }
        return windows;
    }

    /** Removes the leading zeros of every run of digits in {@code compact}. */
    public static String stripLeadingZerosOfDigitRuns(String compact) {
        return MatchKeys.stripLeadingZerosOfDigitRuns(compact);
    }
}
