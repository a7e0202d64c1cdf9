package io.github.tahsilat.internal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @Property
    void asciiFoldsLikeRootUpperCase(@ForAll @CharRange(from = 0, to = 127) String text) {
        assertThat(TextFolding.fold(text)).isEqualTo(text.toUpperCase(Locale.ROOT));
    }

    /** Up to 40 tokens of one or two letters from A to C, so that windows often repeat. */
    @Provide
    Arbitrary<List<String>> repetitiveTokens() {
        return Arbitraries.strings()
                .withCharRange('A', 'C')
                .ofMinLength(1)
                .ofMaxLength(2)
                .list()
                .ofMaxSize(40);
    }

    @Property
    void windowsMatchOrderedSetOfAll(
            @ForAll("repetitiveTokens") List<String> tokens,
            @ForAll @IntRange(min = 1, max = 4) int maxTokens) {
        Set<String> expected = new LinkedHashSet<>();
        for (int start = 0; start < tokens.size(); start++) {
            String joined = "";
            for (int i = start; i < Math.min(tokens.size(), start + maxTokens); i++) {
                joined += tokens.get(i);
                expected.add(joined);
            }
        }

        assertThat(TextFolding.windows(tokens, maxTokens)).containsExactlyElementsOf(expected);
    }

    @Nested
    class TurkishLetters {

        @ParameterizedTest
        @CsvSource({
            "ş, S", "Ş, S", "ğ, G", "Ğ, G", "ı, I", "I, I", "i, I", "İ, I", "ç, C", "Ç, C", "ö, O",
            "Ö, O", "ü, U", "Ü, U", "â, A", "î, I", "û, U"
        })
        void foldsEachLetterToAscii(String letter, String expected) {
            assertThat(TextFolding.fold(letter)).isEqualTo(expected);
        }

        @Test
        void foldsWholeNameWithoutLocale() {
            assertThat(TextFolding.fold("Şişli Ağaç İnşaat Iğdır"))
                    .isEqualTo("SISLI AGAC INSAAT IGDIR");
        }

        @Test
        void keepsDigitsAndPunctuation() {
            assertThat(TextFolding.fold("Fatura no: 12/a-3")).isEqualTo("FATURA NO: 12/A-3");
        }
    }

    @Nested
    class AsciiText {

        @Test
        void foldsDottedSmallIWithoutLocale() {
            assertThat(TextFolding.fold("inv-0042 fiili")).isEqualTo("INV-0042 FIILI");
        }

        @Test
        void returnsUpperCaseTextAsIs() {
            String text = "INV-0042 / 2024";

            assertThat(TextFolding.fold(text)).isSameAs(text);
        }
    }

    @Nested
    class Names {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "Öz-Ünlü  Ltd. Şti.|OZ UNLU LTD STI",
                    "  ÇAĞLAR gıda a.ş. |CAGLAR GIDA A S",
                    "müller & söhne GmbH|MULLER SOHNE GMBH"
                })
        void foldsToAsciiWords(String name, String expected) {
            assertThat(TextFolding.foldName(name)).isEqualTo(expected);
        }
    }

    @Nested
    class InvoiceNumbers {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "INV-000123|INV123",
                    "inv 123|INV123",
                    "INV123|INV123",
                    "000123|123",
                    "2024-0001|20240001",
                    "ABC2024000000123|ABC2024000000123",
                    "fat/0/00|FAT0",
                    "ış-007|IS7"
                })
        void normalizesToKey(String number, String expected) {
            assertThat(TextFolding.invoiceNumberKey(number)).isEqualTo(expected);
        }

        @Test
        void keyOfKeyIsSame() {
            String key = TextFolding.invoiceNumberKey("Inv-0042/07");

            assertThat(TextFolding.invoiceNumberKey(key)).isEqualTo(key);
        }
    }

    @Nested
    class Tokens {

        @Test
        void splitsOnEverythingButLettersAndDigits() {
            assertThat(TextFolding.tokens("Fatura: INV-0042/2024, ödeme"))
                    .containsExactly("FATURA", "INV", "0042", "2024", "ODEME");
        }

        @Test
        void emptyTextHasNoTokens() {
            assertThat(TextFolding.tokens(" -/ ")).isEmpty();
        }
    }

    @Nested
    class Windows {

        @Test
        void joinsUpToMaxTokensInOrder() {
            assertThat(TextFolding.windows(List.of("INV", "2024", "7"), 2))
                    .containsExactly("INV", "INV2024", "2024", "20247", "7");
        }

        @Test
        void repeatedWindowKeptOnce() {
            assertThat(TextFolding.windows(List.of("A", "B", "A", "B"), 2))
                    .containsExactly("A", "AB", "B", "BA");
        }
    }
}
