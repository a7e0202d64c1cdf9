package io.github.tahsilat.identifier;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A MERSIS number, the 16-digit number of a company in Turkey's central trade registry (Merkezi
 * Sicil Kayıt Sistemi).
 *
 * <p>NOTE: only the format is checked, 16 ASCII digits. No public source describes a check digit
 * for MERSIS numbers, so a mistyped number passes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the sixteen ASCII digits, never {@code null}
 */
public record MersisNumber(@NotNull @Pattern(regexp = "[0-9]{16}") String value) {

    /** The number of digits of a MERSIS number. */
    public static final int LENGTH = 16;

    private static final String EXPECTED = "a MERSIS number of 16 digits";

    /**
     * Checks the length and the characters.
     *
     * @throws InvalidInputException if {@code value} is {@code null} or is not exactly 16 ASCII
     *     digits
     */
    public MersisNumber {
        if (value == null) {
            throw new InvalidInputException("mersisNumber", null, EXPECTED);
        }
        if (!Digits.isDigits(value, LENGTH)) {
            throw new InvalidInputException("mersisNumber", value, EXPECTED + " and nothing else");
        }
    }

    /**
     * Parses a MERSIS number, ignoring whitespace such as in {@code "0123 4567 8901 2345"}.
     *
     * @throws InvalidInputException if {@code text} is {@code null} or, without whitespace, is not
     *     16 ASCII digits
     */
    public static MersisNumber parse(String text) {
        return new MersisNumber(Digits.withoutWhitespace(text, "mersisNumber", EXPECTED));
    }

    @Override
    public String toString() {
        return value;
    }
}
