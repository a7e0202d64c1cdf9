package io.github.tahsilat.identifier;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;

/**
 * An IBAN (International Bank Account Number, ISO 13616) in its electronic form: upper case,
 * without spaces, such as {@code TR330006100519786457841326}.
 *
 * <p>The constructor checks the country's length and BBAN structure from the SWIFT IBAN Registry
 * and the ISO 7064 mod-97 check digits. Countries outside the registry are rejected. {@link #parse}
 * accepts the print form as people type it, with spaces and in any case. {@link #toString()}
 * returns the print form in groups of four characters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the IBAN in electronic form, never {@code null}
 */
public record Iban(@NotNull @Pattern(regexp = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}") String value) {

    private static final String EXPECTED =
            "an IBAN: a country code, two check digits and the account number, letters and digits"
                    + " only";

    /**
     * Checks the form, the country's length and structure, and the check digits.
     *
     * @throws InvalidInputException if {@code value} is {@code null}; has characters other than
     *     upper-case ASCII letters and digits; has a country code without an IBAN format in the
     *     registry; has another length than that country's IBANs; does not match the country's BBAN
     *     structure; has check digits 00, 01 or 99; or fails the mod-97 check
     */
    public Iban {
        if (value == null) {
            throw new InvalidInputException("iban", null, EXPECTED);
        }
        if (!hasBasicForm(value)) {
            throw new InvalidInputException("iban", value, EXPECTED);
        }
        String country = value.substring(0, 2);
        IbanFormat format =
                IbanFormat.of(country)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "iban",
                                                value,
                                                "an IBAN of a country in the SWIFT IBAN Registry;"
                                                        + " "
                                                        + country
                                                        + " has no IBAN format there"));
        if (value.length() != format.length()) {
            throw new InvalidInputException(
                    "iban",
                    value,
                    format.length()
                            + " characters for a "
                            + country
                            + " IBAN, not "
                            + value.length());
        }
        if (!format.bbanPattern().matcher(value.substring(4)).matches()) {
            throw new InvalidInputException(
                    "iban",
                    value,
                    "an account part of structure "
                            + format.structure()
                            + " for "
                            + country
                            + " (n digit, a letter, c letter or digit)");
        }
        String checkDigits = value.substring(2, 4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")) {
            throw new InvalidInputException(
                    "iban",
                    value,
                    "check digits from 02 to 98, because mod-97 never yields 00, 01 or 99");
        }
        if (mod97(value) != 1) {
            throw new InvalidInputException(
                    "iban",
                    value,
                    "an IBAN that passes the mod-97 check; a character is probably mistyped");
        }
    }

    /**
     * Parses an IBAN in print or electronic form: removes all whitespace and converts letters to
     * upper case with {@link Locale#ROOT}, then checks it as the constructor does.
     *
     * @throws InvalidInputException if {@code text} is {@code null} or the normalized text is not a
     *     valid IBAN
     */
    public static Iban parse(String text) {
        String compact = Digits.withoutWhitespace(text, "iban", EXPECTED);
        return new Iban(compact.toUpperCase(Locale.ROOT));
    }

    /** Returns the ISO 3166-1 alpha-2 code of the account's country, the first two characters. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /** Returns the two check digits, the third and fourth characters. */
    public String checkDigits() {
        return value.substring(2, 4);
    }

    /** Returns the BBAN, the national account number after the check digits. */
    public String bban() {
        return value.substring(4);
    }

    /**
     * Returns the print form: the electronic form in groups of four characters separated by one
     * space, such as {@code TR33 0006 1005 1978 6457 8413 26}.
     */
    public String toPrintFormat() {
        StringBuilder printed = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                printed.append(' ');
            }
            printed.append(value.charAt(i));
        }
        return printed.toString();
    }

    /** Returns the print form, see {@link #toPrintFormat()}. */
    @Override
    public String toString() {
        return toPrintFormat();
    }

    private static boolean hasBasicForm(String value) {
        if (value.length() < 5) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            boolean allowed;
            if (i < 2) {
                allowed = letter;
            } else if (i < 4) {
                allowed = digit;
            } else {
                allowed = letter || digit;
            }
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Computes the ISO 7064 mod-97 remainder: the first four characters move to the end, each
     * letter becomes two digits (A = 10 to Z = 35), and the remainder is taken digit by digit so
     * that no big number is needed.
     */
    private static int mod97(String value) {
        String rearranged = value.substring(4) + value.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int number = Character.digit(rearranged.charAt(i), 36);
            remainder = number < 10 ? remainder * 10 + number : remainder * 100 + number;
            remainder %= 97;
        }
        return remainder;
    }
}
