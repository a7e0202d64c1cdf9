package io.github.tahsilat.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    /** Computes the two check digits of a BBAN with BigInteger, independently of {@link Iban}. */
    static String checkDigits(String countryCode, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + countryCode + "00").toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int remainder = new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format(java.util.Locale.ROOT, "%02d", 98 - remainder);
    }

    @Nested
    class RegistryExamples {

        // Example IBANs of the SWIFT IBAN Registry, as python-stdnum's IBAN tests list them,
        // except GB82 WEST, the example of the ECBS standard that many IBAN descriptions use.
        @ParameterizedTest
        @CsvSource({
            "TR33 0006 1005 1978 6457 8413 26, TR330006100519786457841326, 26",
            "DE89 3704 0044 0532 0130 00, DE89370400440532013000, 22",
            "NL91 ABNA 0417 1643 00, NL91ABNA0417164300, 18",
            "GB29 NWBK 6016 1331 9268 19, GB29NWBK60161331926819, 22",
            "GB82 WEST 1234 5698 7654 32, GB82WEST12345698765432, 22",
            "FR14 2004 1010 0505 0001 3M02 606, FR1420041010050500013M02606, 27",
            "CH93 0076 2011 6238 5295 7, CH9300762011623852957, 21",
            "BE68 5390 0754 7034, BE68539007547034, 16",
            "DK50 0040 0440 1162 43, DK5000400440116243, 18",
            "FI21 1234 5600 0007 85, FI2112345600000785, 18",
            "PL61 1090 1014 0000 0712 1981 2874, PL61109010140000071219812874, 28",
            "RO49 AAAA 1B31 0075 9384 0000, RO49AAAA1B31007593840000, 24",
            "AT61 1904 3002 3457 3201, AT611904300234573201, 20",
            "ES91 2100 0418 4502 0005 1332, ES9121000418450200051332, 24",
            "IT60 X054 2811 1010 0000 0123 456, IT60X0542811101000000123456, 27",
            "IE29 AIBK 9311 5212 3456 78, IE29AIBK93115212345678, 22",
            "NO93 8601 1117 947, NO9386011117947, 15",
            "SE45 5000 0000 0583 9825 7466, SE4550000000058398257466, 24",
            "MT84 MALT 0110 0001 2345 MTLC AST0 01S, MT84MALT011000012345MTLCAST001S, 31",
            "LU28 0019 4006 4475 0000, LU280019400644750000, 20"
        })
        void examplesAreValid(String printed, String electronic, int length) {
            Iban iban = Iban.parse(printed);

            assertThat(iban.value()).isEqualTo(electronic);
            assertThat(iban.value()).hasSize(length);
            assertThat(iban.toString()).isEqualTo(printed);
            assertThat(new Iban(electronic)).isEqualTo(iban);
        }

        @ParameterizedTest
        @CsvSource({
            "TR, 26", "DE, 22", "NL, 18", "GB, 22", "FR, 27", "CH, 21", "BE, 16", "DK, 18",
            "FI, 18", "PL, 28", "RO, 24"
        })
        void countryLengthsMatchRegistry(String countryCode, int length) {
            assertThat(IbanFormat.of(countryCode))
                    .get()
                    .extracting(IbanFormat::length)
                    .isEqualTo(length);
        }

        @Test
        void partsAreSplitAtFour() {
            Iban iban = new Iban("TR330006100519786457841326");

            assertThat(iban.countryCode()).isEqualTo("TR");
            assertThat(iban.checkDigits()).isEqualTo("33");
            assertThat(iban.bban()).isEqualTo("0006100519786457841326");
            assertThat(iban.toPrintFormat()).isEqualTo("TR33 0006 1005 1978 6457 8413 26");
        }
    }

    @Nested
    class Normalization {

        @Test
        void spacesAndLowerCaseAreNormalized() {
            Iban iban = Iban.parse("  gb82 west 1234\t5698 7654 32 ");

            assertThat(iban.value()).isEqualTo("GB82WEST12345698765432");
        }

        @Test
        void dottedLowerIUppercasesWithRootLocale() {
            // Under tr-TR, "i".toUpperCase() is "İ", which would make this IBAN invalid.
            Iban iban = Iban.parse("ie29 aibk 9311 5212 3456 78");

            assertThat(iban.value()).isEqualTo("IE29AIBK93115212345678");
        }

        @Test
        void noBreakSpaceIsRemoved() {
            assertThat(Iban.parse("DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000").value())
                    .isEqualTo("DE89370400440532013000");
        }

        @Test
        void constructorRejectsPrintForm() {
            assertThatThrownBy(() -> new Iban("GB82 WEST 1234 5698 7654 32"))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> new Iban("gb82west12345698765432"))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class Rejects {

        @Test
        void mod97FailureNamesValue() {
            assertThatThrownBy(() -> Iban.parse("GB82 WEST 1234 5698 7654 33"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid iban: GB82WEST12345698765433; expected an IBAN that passes"
                                    + " the mod-97 check; a character is probably mistyped");
        }

        @Test
        void wrongLengthNamesCountryLength() {
            assertThatThrownBy(() -> Iban.parse("DE89 3704 0044 0532 0130 0"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid iban: DE8937040044053201300; expected 22 characters for a DE"
                                    + " IBAN, not 21");
        }

        @Test
        void letterWhereDigitExpectedIsRejected() {
            // The mod-97 check of this value passes, so only the Dutch structure 4!a10!n fails.
            assertThatThrownBy(() -> Iban.parse("NL56 3003 0A17 1643 00"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("structure 4!a10!n for NL");
        }

        @Test
        void unknownCountryIsRejected() {
            assertThatThrownBy(() -> Iban.parse("QQ93 1234 5678 9012"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("QQ has no IBAN format there");
        }

        @Test
        void checkDigits99RejectedThough97Passes() {
            // 99 and 02 leave the same mod-97 remainder, but mod-97 computes only 02 to 98.
            String bban = "0006100000000000000044";
            assertThat(checkDigits("TR", bban)).isEqualTo("02");
            assertThat(new Iban("TR02" + bban).checkDigits()).isEqualTo("02");

            assertThatThrownBy(() -> new Iban("TR99" + bban))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("check digits from 02 to 98");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "TR", "TR33", "3300061005", "TR33-0006-1005-1978-6457-8413-26"})
        void malformedTextIsRejected(String text) {
            assertThatThrownBy(() -> Iban.parse(text)).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void missingValueIsRejected() {
            assertThatThrownBy(() -> Iban.parse(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing iban");
        }
    }

    @Group
    class SingleCharacterChanges {

        @Property
        void turkishIbanWithAnyDigitChangedIsRejected(
                @ForAll @StringLength(5) @CharRange(from = '0', to = '9') String bank,
                @ForAll @StringLength(16) @CharRange(from = '0', to = '9') String account,
                @ForAll @IntRange(min = 2, max = 25) int index) {
            String bban = bank + "0" + account;
            String valid = "TR" + checkDigits("TR", bban) + bban;
            assertThat(new Iban(valid).value()).isEqualTo(valid);

            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(index)) {
                    continue;
                }
                String changed = VknTest.replace(valid, index, digit);
                assertThatThrownBy(() -> new Iban(changed))
                        .as("%s changed at index %d to %s", valid, index, changed)
                        .isInstanceOf(InvalidInputException.class);
            }
        }
    }
}
