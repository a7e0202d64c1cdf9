package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.internal.reconciliation.TextFolding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CompactMatchResult#firstNamingWindow}, which skips the windows that start with another
 * letter than the number's key, finds the window that a walk over every window finds.
 */
class NamingWindowTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aAbIiNnVv00012 -./İıŞş").ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.strings().withChars("AINV0012-/ ").ofMinLength(1).ofMaxLength(14);
    }

    /** Returns the first window whose key is the number's, walking every window in order. */
    private static String firstWindowOfEveryWindow(String text, String number) {
        String numberKey = TextFolding.invoiceNumberKey(number);
        List<String> tokens = TextFolding.tokens(text);
        for (int start = 0; start < tokens.size(); start++) {
            int end = Math.min(tokens.size(), start + LineContext.MAX_WINDOW_TOKENS);
            StringBuilder window = new StringBuilder();
            for (int t = start; t < end; t++) {
                window.append(tokens.get(t));
                String windowKey = TextFolding.invoiceNumberKey(window.toString());
                if (windowKey.length() >= InvoiceNumberRule.MIN_KEY_LENGTH
                        && windowKey.equals(numberKey)) {
                    return window.toString();
                }
            }
        }
        return null;
    }

    @Property(tries = 2000)
    void findsWindowOfEveryWindowWalk(
            @ForAll("texts") String text, @ForAll("numbers") String number) {
        assertThat(CompactMatchResult.firstNamingWindow(text, number))
                .isEqualTo(firstWindowOfEveryWindow(text, number));
    }

    @Property(tries = 1000)
    void findsNumberQuotedInText(
            @ForAll("texts") String before,
            @ForAll("numbers") String number,
            @ForAll("texts") String after) {
        String text = before + " " + number + " " + after;

        assertThat(CompactMatchResult.firstNamingWindow(text, number))
                .isEqualTo(firstWindowOfEveryWindow(text, number));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "Payment of INV-0000010 thanks, INV-0000010, INV0000010",
                "Payment of inv 10 thanks, INV-0000010, INV10",
                "Paid 0042 A for x, 42-A, 0042A",
                "Paid for A, A, null",
                "Nothing here, INV-7, null",
                "'', INV-7, null"
            })
    void returnsFirstNamingWindow(String text, String number, String window) {
        assertThat(CompactMatchResult.firstNamingWindow(text, number)).isEqualTo(window);
    }
}
