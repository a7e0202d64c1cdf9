package io.github.tahsilat.identifier;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A T.C. Kimlik No, the 11-digit national identity number of a Turkish citizen, which since 2006 is
 * also the citizen's tax number. It is personal data under KVKK.
 *
 * <p>The first digit is not 0. With {@code d1} to {@code d11} the digits from the left, {@code d10
 * = (7 * (d1 + d3 + d5 + d7 + d9) - (d2 + d4 + d6 + d8)) mod 10} and {@code d11 = (d1 + ... + d10)
 * mod 10}, with a non-negative modulo. Every change of one digit to another value breaks a check: a
 * change of {@code δ} in an odd position moves the expected {@code d10} by {@code 7δ mod 10}, in an
 * even position by {@code -δ mod 10}, neither of which is 0 for {@code δ} from 1 to 9, and a
 * changed {@code d10} or {@code d11} no longer matches its own rule. As a consequence {@code d11}
 * is always even.
 *
 * <p>{@link #toString()} masks all but the last four digits, so that logging a value does not leak
 * the number. Immutable and thread-safe.
 *
 * @param value the eleven ASCII digits, never {@code null}
 */
public record Tckn(@NotNull @Pattern(regexp = "[1-9][0-9]{10}") String value) implements TaxId {

    /** The number of digits of a T.C. Kimlik No. */
    public static final int LENGTH = 11;

    private static final String EXPECTED = "a T.C. Kimlik No of 11 digits, the first not 0";

    /**
     * Checks the length, the characters, the first digit and both check digits. A rejected value
     * appears in the message with all but its last four characters masked.
     *
     * @throws InvalidInputException if {@code value} is {@code null}, is not exactly 11 ASCII
     *     digits, starts with 0, or either check digit does not match
     */
    public Tckn {
        if (value == null) {
            throw new InvalidInputException("tckn", null, EXPECTED);
        }
        if (!Digits.isDigits(value, LENGTH) || value.charAt(0) == '0') {
            throw new InvalidInputException("tckn", masked(value), EXPECTED + " and nothing else");
        }
        if (Digits.digitAt(value, 9) != tenthDigit(value)
                || Digits.digitAt(value, 10) != eleventhDigit(value)) {
            throw new InvalidInputException(
                    "tckn",
                    masked(value),
                    "a T.C. Kimlik No whose 10th and 11th digits are the check digits of the"
                            + " first ten; one digit is probably mistyped");
        }
    }

    /**
     * Parses a T.C. Kimlik No, ignoring whitespace.
     *
     * @throws InvalidInputException if {@code text} is {@code null} or, without whitespace, is not
     *     a valid T.C. Kimlik No
     */
    public static Tckn parse(String text) {
        return new Tckn(Digits.withoutWhitespace(text, "tckn", EXPECTED));
    }

    /** Returns {@code true}: only citizens, who are natural persons, have this number. */
    @Override
    public boolean identifiesNaturalPerson() {
        return true;
    }

    /** Computes the 10th digit from the first nine digits of {@code digits}. */
    static int tenthDigit(String digits) {
        int odd = 0;
        int even = 0;
        for (int index = 0; index < 9; index++) {
            if (index % 2 == 0) {
                odd += Digits.digitAt(digits, index);
            } else {
                even += Digits.digitAt(digits, index);
            }
        }
        return Math.floorMod(7 * odd - even, 10);
    }

    /** Computes the 11th digit from the first ten digits of {@code digits}. */
    static int eleventhDigit(String digits) {
        int sum = 0;
        for (int index = 0; index < 10; index++) {
            sum += Digits.digitAt(digits, index);
        }
        return sum % 10;
    }

    /** Returns the number with all but its last four digits masked, such as {@code *******0146}. */
    @Override
    public String toString() {
        return masked(value);
    }

    private static String masked(String value) {
        return InputChecks.masked(value, 4);
    }
}
