package io.github.tahsilat.identifier;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/**
 * A tax identifier issued outside Turkey, such as a German Steuernummer or a US EIN, kept as the
 * issuing country and the text of the number.
 *
 * <p>Only the form is checked: the country is an ISO 3166-1 alpha-2 code other than {@code TR}
 * (Turkish numbers are a {@link TaxId}), and the number is 1 to 50 characters of letters, digits,
 * spaces, dots, hyphens and slashes that starts and ends with a letter or digit. No
 * country-specific check digit is verified.
 *
 * <p>Immutable and thread-safe.
 *
 * @param countryCode the issuing country in upper case, such as {@code "DE"}, never {@code null}
 * @param value the number as issued, never {@code null}
 */
public record ForeignTaxId(
        @NotNull @Pattern(regexp = "(?!TR)[A-Z]{2}") String countryCode,
        @NotBlank @Size(max = ForeignTaxId.MAX_LENGTH) @Pattern(regexp = ForeignTaxId.VALUE_PATTERN)
                String value)
        implements TaxIdentifier {

    /** The maximum length of {@link #value()}. */
    public static final int MAX_LENGTH = 50;

    /** The characters allowed in {@link #value()}, as a regular expression. */
    public static final String VALUE_PATTERN = "[A-Za-z0-9]([A-Za-z0-9 ./-]*[A-Za-z0-9])?";

    private static final java.util.regex.Pattern VALUE =
            java.util.regex.Pattern.compile(VALUE_PATTERN);
    private static final Set<String> COUNTRIES =
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /**
     * Checks the country code and the characters of the number.
     *
     * @throws InvalidInputException if either is {@code null}, if {@code countryCode} is not an
     *     upper-case ISO 3166-1 alpha-2 code known to the JDK or is {@code TR}, or if {@code value}
     *     is blank, longer than 50 characters or has other characters than described above
     */
    public ForeignTaxId {
        String expectedCountry = "an ISO 3166-1 alpha-2 country code in upper case, not TR";
        if (countryCode == null) {
            throw new InvalidInputException("countryCode", null, expectedCountry);
        }
        if (countryCode.equals("TR")) {
            throw new InvalidInputException(
                    "countryCode", countryCode, "a country other than TR; use Vkn or Tckn");
        }
        if (!COUNTRIES.contains(countryCode)) {
            throw new InvalidInputException("countryCode", countryCode, expectedCountry);
        }
        String expectedValue =
                "1 to "
                        + MAX_LENGTH
                        + " letters, digits, spaces, dots, hyphens or slashes, starting and"
                        + " ending with a letter or digit";
        if (value == null) {
            throw new InvalidInputException("foreignTaxId", null, expectedValue);
        }
        if (value.length() > MAX_LENGTH || !VALUE.matcher(value).matches()) {
            throw new InvalidInputException("foreignTaxId", '"' + value + '"', expectedValue);
        }
    }

    @Override
    public String toString() {
        return countryCode + ":" + value;
    }
}
