package io.github.tahsilat.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TcknTest {

    /**
     * Appends both check digits to nine digits, with the rule written as python-stdnum states it:
     * {@code d10 = (10 - (3 * odd + even)) mod 10}, which equals {@code (7 * odd - even) mod 10}.
     */
    static String withCheckDigits(String firstNine) {
        int odd = 0;
        int even = 0;
        for (int index = 0; index < 9; index++) {
            int digit = firstNine.charAt(index) - '0';
            if (index % 2 == 0) {
                odd += digit;
            } else {
                even += digit;
            }
        }
        int tenth = Math.floorMod(10 - (3 * odd + even), 10);
        int eleventh = (odd + even + tenth) % 10;
        return firstNine + tenth + eleventh;
    }

    @Nested
    class Accepts {

        // 10000000146 is the example in the README of the GitHub validator
        // kumbasar/tckimlik-dogrulama, and 17291716060 the example of python-stdnum's
        // stdnum.tr.tckimlik. The last four are computed here from the first nine digits
        // 123456789, 987654321, 555555555 and 999999999.
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "10000000146",
                    "17291716060",
                    "12345678950",
                    "98765432150",
                    "55555555550",
                    "99999999990"
                })
        void publishedAndComputedNumbersAreValid(String number) {
            assertThat(new Tckn(number).value()).isEqualTo(number);
        }

        @Test
        void computedNumbersMatchReference() {
            assertThat(withCheckDigits("100000001")).isEqualTo("10000000146");
            assertThat(withCheckDigits("123456789")).isEqualTo("12345678950");
        }

        @Test
        void parseIgnoresSpaces() {
            assertThat(Tckn.parse("100 000 001 46")).isEqualTo(new Tckn("10000000146"));
        }

        @Test
        void tcknIsNaturalPerson() {
            Tckn tckn = new Tckn("10000000146");

            assertThat(tckn.identifiesNaturalPerson()).isTrue();
            assertThat(tckn.countryCode()).isEqualTo("TR");
        }

        @Test
        void toStringMasksAllButLastFour() {
            assertThat(new Tckn("10000000146").toString()).isEqualTo("*******0146");
        }
    }

    @Nested
    class Rejects {

        @Test
        void wrongCheckDigitsMaskedInMessage() {
            assertThatThrownBy(() -> new Tckn("17291716050"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid tckn: *******6050; expected a T.C. Kimlik No whose 10th and"
                                    + " 11th digits are the check digits of the first ten; one"
                                    + " digit is probably mistyped");
        }

        @Test
        void leadingZeroIsRejected() {
            // The check digits of 07291716092 are right, so only the leading zero is wrong.
            assertThatThrownBy(() -> new Tckn("07291716092"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid tckn: *******6092; expected a T.C. Kimlik No of 11 digits,"
                                    + " the first not 0 and nothing else");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "1000000014", "100000001466", "1000000014A", "1000000014 6"})
        void malformedTextIsRejected(String text) {
            assertThatThrownBy(() -> new Tckn(text))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("expected a T.C. Kimlik No of 11 digits");
        }

        @Test
        void missingValueIsRejected() {
            assertThatThrownBy(() -> new Tckn(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing tckn");
        }
    }

    @Group
    class SingleDigitChanges {

        @Property
        void generatedNumbersAreAcceptedWithEvenLastDigit(
                @ForAll @CharRange(from = '1', to = '9') char first,
                @ForAll @StringLength(8) @CharRange(from = '0', to = '9') String rest) {
            String valid = withCheckDigits(first + rest);

            assertThat(new Tckn(valid).value()).isEqualTo(valid);
            assertThat((valid.charAt(10) - '0') % 2).isZero();
        }

        @Property
        void everySingleDigitChangeIsRejected(
                @ForAll @CharRange(from = '1', to = '9') char first,
                @ForAll @StringLength(8) @CharRange(from = '0', to = '9') String rest) {
            String valid = withCheckDigits(first + rest);

            for (int index = 0; index < Tckn.LENGTH; index++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == valid.charAt(index)) {
                        continue;
                    }
                    String changed = VknTest.replace(valid, index, digit);
                    assertThatThrownBy(() -> new Tckn(changed))
                            .as("%s changed at index %d to %s", valid, index, changed)
                            .isInstanceOf(InvalidInputException.class);
                }
            }
        }
    }
}
