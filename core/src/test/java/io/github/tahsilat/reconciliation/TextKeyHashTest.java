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

class TextKeyHashTest {

    /** Up to 8 tokens of letters, zeros and other digits, so that runs of zeros are common. */
    @Provide
    Arbitrary<List<String>> tokens() {
        return Arbitraries.strings()
                .withChars("AB00019")
                .ofMinLength(1)
                .ofMaxLength(5)
                .list()
                .ofMaxSize(8);
    }

    @Property
    void windowHashEqualsKeyHash(@ForAll("tokens") List<String> tokens) {
        TextKeyHash window = new TextKeyHash();
        for (int start = 0; start < tokens.size(); start++) {
            window.reset();
            for (int i = start; i < tokens.size(); i++) {
                window.append(tokens.get(i));
                String key =
                        TextFolding.invoiceNumberKey(String.join("", tokens.subList(start, i + 1)));

                assertThat(window.numberKeyHash()).isEqualTo(TextKeyHash.of(key));
                assertThat(window.numberKeyLength()).isEqualTo(key.length());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "INV 0042, INV42",
        "000 123, 123",
        "INV 000, INV0",
        "00 A 00, 0A0",
        "2024 0007, 20240007",
        "A0B, A0B"
    })
    void windowOfTokensHashesItsKey(String spacedTokens, String key) {
        TextKeyHash window = new TextKeyHash();
        for (String token : spacedTokens.split(" ")) {
            window.append(token);
        }

        assertThat(window.numberKeyHash()).isEqualTo(TextKeyHash.of(key));
        assertThat(window.numberKeyLength()).isEqualTo(key.length());
    }

    @Property
    void lastCharacterChangesHash(@ForAll("tokens") List<String> tokens) {
        String key = String.join("", tokens);

        assertThat(TextKeyHash.of(key + "X")).isNotEqualTo(TextKeyHash.of(key + "Y"));
    }
}
