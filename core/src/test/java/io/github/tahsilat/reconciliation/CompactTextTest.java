package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.internal.reconciliation.TextFolding;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactTextTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aAzZ09 -./İıŞşĞğÇçÖöÜüâß").ofMaxLength(40);
    }

    private static List<String> tokens(CompactText text) {
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < text.tokenCount(); t++) {
            tokens.add(
                    new String(
                            text.chars(),
                            text.tokenStart(t),
                            text.tokenEnd(t) - text.tokenStart(t)));
        }
        return tokens;
    }

    @Property(tries = 500)
    void tokensMatchTextFolding(@ForAll("texts") String input) {
        CompactText text = new CompactText();

        text.tokenize(input);

        assertThat(tokens(text)).isEqualTo(TextFolding.tokens(input));
    }

    @Property(tries = 500)
    void bufferSizedForTextMatchesTextFolding(@ForAll("texts") String input) {
        CompactText text = new CompactText(input.length());

        text.tokenize(input);

        assertThat(tokens(text)).isEqualTo(TextFolding.tokens(input));
    }

    @Property(tries = 500)
    void nameKeyMatchesFoldName(@ForAll("texts") String input) {
        CompactText text = new CompactText();
        text.tokenize(input);
        char[] key = new char[2 * text.length() + 1];

        int length = text.writeNameKey(key);

        assertThat(new String(key, 0, length)).isEqualTo(TextFolding.foldName(input));
    }

    @Property(tries = 500)
    void numberKeyMatchesInvoiceNumberKey(@ForAll("texts") String input) {
        CompactText text = new CompactText();
        text.tokenize(input);
        char[] key = new char[text.length()];

        int length = CompactText.writeNumberKey(text.chars(), 0, text.length(), key);

        assertThat(new String(key, 0, length)).isEqualTo(TextFolding.invoiceNumberKey(input));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().withChars("A0Z9-").ofMaxLength(14);
    }

    @Property(tries = 1000)
    void packedKeysEqualWhenKeysEqual(@ForAll("keys") String left, @ForAll("keys") String right) {
        long leftPacked = CompactText.packNumberKey(left);
        long rightPacked = CompactText.packNumberKey(right);

        if (leftPacked != 0 && rightPacked != 0) {
            assertThat(leftPacked == rightPacked).isEqualTo(left.equals(right));
        }
    }

    @Property(tries = 500)
    void packedCharactersMatchPackedString(@ForAll("keys") String key) {
        char[] chars = (key + "XYZ").toCharArray();

        long packed = CompactText.packNumberKey(chars, key.length());

        assertThat(packed).isEqualTo(CompactText.packNumberKey(key));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 1",
        "9, 10",
        "A, 11",
        "Z, 36",
        "A0, 408",
        "ZZZZZZZZZZZZ, 6582952005840035280",
        "ZZZZZZZZZZZZZ, 0",
        "'', 0",
        "A-1, 0",
        "a1, 0",
    })
    void packsKeys(String key, long packed) {
        assertThat(CompactText.packNumberKey(key)).isEqualTo(packed);
    }

    @ParameterizedTest
    @CsvSource({
        "'Fatura: INV-0042/2024', 'FATURA|INV|0042|2024', FATURAINV422024",
        "'Şişli İnşaat', 'SISLI|INSAAT', SISLIINSAAT",
        "'00 0a', '00|0A', 0A",
    })
    void tokenizesExamples(String input, String expectedTokens, String numberKey) {
        CompactText text = new CompactText();
        text.tokenize(input);
        char[] key = new char[text.length()];

        int length = CompactText.writeNumberKey(text.chars(), 0, text.length(), key);

        assertThat(String.join("|", tokens(text))).isEqualTo(expectedTokens);
        assertThat(new String(key, 0, length)).isEqualTo(numberKey);
    }
}
