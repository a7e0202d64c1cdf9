package io.github.tahsilat.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

    @Nested
    class Parse {

        @Test
        void tenDigitsGiveVkn() {
            assertThat(TaxId.parse("454 053 6920")).isEqualTo(new Vkn("4540536920"));
        }

        @Test
        void elevenDigitsGiveTckn() {
            TaxId taxId = TaxId.parse("10000000146");

            assertThat(taxId).isEqualTo(new Tckn("10000000146"));
            assertThat(taxId.identifiesNaturalPerson()).isTrue();
        }

        @Test
        void otherLengthMasksValue() {
            assertThatThrownBy(() -> TaxId.parse("123456789012"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid taxId: ********9012; expected 10 digits (VKN) or 11 digits"
                                    + " (T.C. Kimlik No)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"4540536921", "17291716050"})
        void failedCheckDigitIsRejected(String text) {
            assertThatThrownBy(() -> TaxId.parse(text)).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void missingTextIsRejected() {
            assertThatThrownBy(() -> TaxId.parse(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing taxId");
        }
    }

    @Nested
    class Foreign {

        @ParameterizedTest
        @ValueSource(strings = {"DE123456789", "12-3456789", "GB 123 4567 89", "B/12.345-67"})
        void validForeignIdsAreKept(String value) {
            ForeignTaxId id = new ForeignTaxId("DE", value);

            assertThat(id.value()).isEqualTo(value);
            assertThat(id.countryCode()).isEqualTo("DE");
            assertThat(id.toString()).isEqualTo("DE:" + value);
        }

        @Test
        void turkeyIsRejectedInFavourOfTaxId() {
            assertThatThrownBy(() -> new ForeignTaxId("TR", "4540536920"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid countryCode: TR; expected a country other than TR; use Vkn or"
                                    + " Tckn");
        }

        @ParameterizedTest
        @ValueSource(strings = {"de", "XX", "DEU", "D"})
        void unknownOrLowerCaseCountryIsRejected(String countryCode) {
            assertThatThrownBy(() -> new ForeignTaxId(countryCode, "123"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid countryCode: " + countryCode);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " 123", "123 ", "12_3", "-123"})
        void badCharactersAreRejected(String value) {
            assertThatThrownBy(() -> new ForeignTaxId("US", value))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("foreignTaxId");
        }

        @Test
        void fiftyOneCharactersAreRejected() {
            assertThat(new ForeignTaxId("US", "1".repeat(50)).value()).hasSize(50);
            assertThatThrownBy(() -> new ForeignTaxId("US", "1".repeat(51)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class Mersis {

        @Test
        void sixteenDigitsAreAccepted() {
            assertThat(MersisNumber.parse("0454 0536 9200 0015").value())
                    .isEqualTo("0454053692000015");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "045405369200001", "04540536920000150", "045405369200001A"})
        void otherFormsAreRejected(String text) {
            assertThatThrownBy(() -> new MersisNumber(text))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("expected a MERSIS number of 16 digits");
        }
    }
}
