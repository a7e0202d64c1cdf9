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
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VknTest {

    /**
     * Computes a VKN check digit with a formulation other than the one in {@link Vkn}: a shifted
     * digit of 0 adds 0, any other adds its weighted value mod 9, with 9 in place of 0.
     */
    static int referenceCheckDigit(String firstNine) {
        int sum = 0;
        for (int position = 1; position <= 9; position++) {
            int shifted = (firstNine.charAt(position - 1) - '0' + 10 - position) % 10;
            if (shifted != 0) {
                int weighted = (shifted * (1 << (10 - position))) % 9;
                sum += weighted == 0 ? 9 : weighted;
            }
        }
        return (10 - sum % 10) % 10;
    }

    @Nested
    class Accepts {

        // 4540536920 is the example in python-stdnum's stdnum.tr.vkn documentation. 4840847211
        // is the supplier VKN in izibiz's public UBL-TR sample invoice. The others come from
        // python-stdnum's test list of VKNs found online.
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "4540536920",
                    "4840847211",
                    "0010213576",
                    "1290088638",
                    "3770333705",
                    "6130847655",
                    "9990112519"
                })
        void publishedNumbersAreValid(String number) {
            Vkn vkn = new Vkn(number);

            assertThat(vkn.value()).isEqualTo(number);
            assertThat(vkn.toString()).isEqualTo(number);
        }

        @Test
        void parseIgnoresSpaces() {
            assertThat(Vkn.parse(" 454 053 6920 ")).isEqualTo(new Vkn("4540536920"));
        }

        @Test
        void vknIsTurkishAndNotNaturalPerson() {
            Vkn vkn = new Vkn("4540536920");

            assertThat(vkn.countryCode()).isEqualTo("TR");
            assertThat(vkn.identifiesNaturalPerson()).isFalse();
        }
    }

    @Nested
    class Rejects {

        @Test
        void wrongCheckDigitNamesValue() {
            assertThatThrownBy(() -> new Vkn("4540536921"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid vkn: 4540536921; expected a VKN whose last digit is the check"
                                    + " digit of the first nine; one digit is probably mistyped");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "454053692",
                    "45405369200",
                    "454053692O",
                    "454 053 6920",
                    "-454053692",
                    "\u0664\u0665\u0664\u0660\u0665\u0663\u0666\u0669\u0662\u0660"
                })
        void malformedTextIsRejected(String text) {
            assertThatThrownBy(() -> new Vkn(text))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("expected a VKN of 10 digits and nothing else");
        }

        @ParameterizedTest
        @NullSource
        void missingValueIsRejected(String text) {
            assertThatThrownBy(() -> new Vkn(text))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("missing vkn; expected a VKN of 10 digits");
            assertThatThrownBy(() -> Vkn.parse(text)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Group
    class SingleDigitChanges {

        @Property
        void generatedNumbersAreAccepted(
                @ForAll @StringLength(9) @CharRange(from = '0', to = '9') String firstNine) {
            String valid = firstNine + referenceCheckDigit(firstNine);

            assertThat(new Vkn(valid).value()).isEqualTo(valid);
            assertThat(Vkn.checkDigit(valid)).isEqualTo(referenceCheckDigit(firstNine));
        }

        @Property
        void everySingleDigitChangeIsRejected(
                @ForAll @StringLength(9) @CharRange(from = '0', to = '9') String firstNine) {
            String valid = firstNine + referenceCheckDigit(firstNine);

            for (int index = 0; index < Vkn.LENGTH; index++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == valid.charAt(index)) {
                        continue;
                    }
                    String changed = replace(valid, index, digit);
                    assertThatThrownBy(() -> new Vkn(changed))
                            .as("%s changed at index %d to %s", valid, index, changed)
                            .isInstanceOf(InvalidInputException.class);
                }
            }
        }
    }

    static String replace(String text, int index, char replacement) {
        return text.substring(0, index) + replacement + text.substring(index + 1);
    }
}
