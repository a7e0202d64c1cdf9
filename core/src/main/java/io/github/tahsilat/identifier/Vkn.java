package io.github.tahsilat.identifier;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A VKN (Vergi Kimlik Numarası), the 10-digit tax number that the Turkish tax administration GİB
 * issues to companies and other taxpayers without a T.C. Kimlik No.
 *
 * <p>The last digit is a check digit over the first nine. For each digit {@code d} at position
 * {@code i} from 1 to 9, let {@code t = (d + 10 - i) mod 10}; unless {@code t} is 9, replace it by
 * {@code t * 2^(10 - i) mod 9}. The check digit is {@code (10 - (sum of the nine t) mod 10) mod
 * 10}. Every change of one digit to another value breaks the check: at each position the ten digits
 * give ten different final values of {@code t}, one each of 0 to 9, so one changed digit moves the
 * sum by 1 to 9, never by a multiple of 10.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the ten ASCII digits, never {@code null}
 */
public record Vkn(@NotNull @Pattern(regexp = "[0-9]{10}") String value) implements TaxId {

    /** The number of digits of a VKN. */
    public static final int LENGTH = 10;

    private static final String EXPECTED = "a VKN of 10 digits";

    /**
     * Checks the length, the characters and the check digit.
     *
     * @throws InvalidInputException if {@code value} is {@code null}, is not exactly 10 ASCII
     *     digits, or its last digit does not match the check digit of the first nine
     */
    public Vkn {
        if (value == null) {
            throw new InvalidInputException("vkn", null, EXPECTED);
        }
        if (!Digits.isDigits(value, LENGTH)) {
            throw new InvalidInputException("vkn", value, EXPECTED + " and nothing else");
        }
        if (Digits.digitAt(value, LENGTH - 1) != checkDigit(value)) {
            throw new InvalidInputException(
                    "vkn",
                    value,
                    "a VKN whose last digit is the check digit of the first nine;"
                            + " one digit is probably mistyped");
        }
    }

    /**
     * Parses a VKN, ignoring whitespace such as in {@code "123 456 7890"}.
     *
     * @throws InvalidInputException if {@code text} is {@code null} or, without whitespace, is not
     *     a valid VKN
     */
    public static Vkn parse(String text) {
        return new Vkn(Digits.withoutWhitespace(text, "vkn", EXPECTED));
    }

    /** Returns {@code false}: a VKN may belong to a sole trader, but it does not say so. */
    @Override
    public boolean identifiesNaturalPerson() {
        return false;
    }

    /** Computes the check digit of the first nine digits of {@code digits}. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int position = 1; position <= 9; position++) {
            int t = (Digits.digitAt(digits, position - 1) + 10 - position) % 10;
            if (t != 9) {
                t = (t << (10 - position)) % 9;
            }
            sum += t;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
