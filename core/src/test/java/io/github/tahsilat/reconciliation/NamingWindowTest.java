package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.internal.reconciliation.TextFolding;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CompactMatchResult#firstNamingWindow}, which skips the windows that start with another
 * letter than the number's key, finds the window that a walk over every window finds. The window
 * that the matcher records while matching, which the explanation quotes, is that window too.
 */
class NamingWindowTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final long CENTS = 12_345;

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

    /**
     * Matches one line quoting {@code number} against an index of one item numbered so, and returns
     * the detail of the invoice-number reason, or null when the line is not matched by number.
     */
    private static String invoiceNumberDetail(String text, String number, String structured) {
        CompactOpenItemIndex index = new CompactOpenItemIndex(1, 1);
        index.put(0, number, 0, CENTS, EUR, (int) LocalDate.of(2025, 2, 1).toEpochDay());
        CompactBankLines lines = new CompactBankLines(1);
        lines.add(CENTS, EUR, text, null, structured);
        CompactMatchResult result = new CompactBankLineMatcher(index).match(lines);
        return result.explanation(0).stream()
                .filter(reason -> reason.rule().equals(InvoiceNumberRule.NAME))
                .map(MatchReason::detail)
                .findFirst()
                .orElse(null);
    }

    @Property(tries = 2000)
    void explanationQuotesFirstNamingWindow(
            @ForAll("texts") String before,
            @ForAll("numbers") String number,
            @ForAll("texts") String after,
            @ForAll boolean quotesStructured) {
        Assume.that(!number.isBlank());
        boolean hasLetterOrDigit = number.chars().anyMatch(Character::isLetterOrDigit);
        String structured = quotesStructured && hasLetterOrDigit ? number : null;
        String text = before + " " + number + " " + after;

        String detail = invoiceNumberDetail(text, number, structured);

        // The structured reference names the number when no window does and its key is long
        // enough to be looked up.
        String window = CompactMatchResult.firstNamingWindow(text, number);
        boolean structuredNames =
                structured != null
                        && TextFolding.invoiceNumberKey(structured).length()
                                >= InvoiceNumberRule.MIN_KEY_LENGTH;
        String expected = null;
        if (window != null) {
            expected = "text names invoice " + number + " as " + window;
        } else if (structuredNames) {
            // The lines keep the structured reference in its compact form, as the object rules
            // quote it.
            expected =
                    "text names invoice "
                            + number
                            + " as "
                            + StructuredReference.parse(structured).value();
        }
        String namedBy = "none";
        if (window != null) {
            namedBy = "window";
        } else if (structuredNames) {
            namedBy = "structured";
        }
        Statistics.label("named by").collect(namedBy);
        Statistics.label("named by")
                .coverage(
                        coverage -> {
                            coverage.check("window").percentage(percent -> percent >= 30);
                            coverage.check("structured").count(count -> count >= 1);
                        });
        assertThat(detail).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void windowJoinsFoldedTokens(
            @ForAll("texts") String text,
            @ForAll @IntRange(max = 1000) int start,
            @ForAll @IntRange(min = 1, max = 4) int maxTokens) {
        List<String> tokens = TextFolding.tokens(text);
        Assume.that(!tokens.isEmpty());
        int firstToken = start % tokens.size();
        int tokenCount = Math.min(maxTokens, tokens.size() - firstToken);

        assertThat(CompactText.window(text, firstToken, tokenCount))
                .isEqualTo(String.join("", tokens.subList(firstToken, firstToken + tokenCount)));
    }

    @ParameterizedTest
    @CsvSource({
        "Payment of INV-0000010 thanks, 2, 2, INV0000010",
        "Payment of inv 10 thanks, 0, 1, PAYMENT",
        "'  a-b  c ', 1, 2, BC",
        "Ödeme İnv-7 şimdi, 1, 2, INV7",
        "Ödeme İnv-7 şimdi, 3, 1, SIMDI"
    })
    void windowFoldsTokensOfRange(String text, int firstToken, int tokenCount, String window) {
        assertThat(CompactText.window(text, firstToken, tokenCount)).isEqualTo(window);
    }

    @ParameterizedTest
    @CsvSource({
        "Payment of INV-7, 4, 1",
        "Payment of INV-7, 3, 2",
        "Ödeme İnv-7, 2, 2",
        "'', 0, 1"
    })
    void windowPastLastTokenIsRejected(String text, int firstToken, int tokenCount) {
        assertThatThrownBy(() -> CompactText.window(text, firstToken, tokenCount))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("ends at token " + (firstToken + tokenCount - 1));
    }
}
