package io.github.tahsilat.invoice;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Turkish VAT withholding (KDV tevkifatı) on a line: the buyer pays {@code numerator / denominator}
 * of the line's VAT straight to the tax office, so the seller collects only the rest.
 *
 * <p>The code is the three-digit withholding type code of the GİB code list, such as {@code "603"}.
 * Any code is accepted with an explicit fraction, because the fractions change by regulation;
 * {@link WithholdingCode} lists a few known ones. The fraction is kept as given, so 9/10 and 90/100
 * are different values that withhold the same amount.
 *
 * @param code the withholding type code, exactly three ASCII digits
 * @param numerator the withheld share's numerator, from 1 to {@code denominator}
 * @param denominator the withheld share's denominator, 1 or more
 */
public record VatWithholding(
        @NotNull @Pattern(regexp = "[0-9]{3}") String code,
        @Min(1) int numerator,
        @Min(1) int denominator) {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9]{3}");

    /**
     * Checks the code and the fraction.
     *
     * @throws InvalidInputException if the code is missing or not three digits, or the fraction is
     *     not between 1/denominator and 1
     */
    public VatWithholding {
        if (code == null) {
            throw new InvalidInputException("withholding.code", null, "a three-digit code");
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "withholding.code", code, "a three-digit code such as 603");
        }
        if (denominator < 1) {
            throw new InvalidInputException(
                    "withholding.denominator", denominator, "a whole number of 1 or more");
        }
        if (numerator < 1 || numerator > denominator) {
            throw new InvalidInputException(
                    "withholding.numerator",
                    numerator,
                    "a whole number from 1 to the denominator " + denominator);
        }
    }

    /** Returns a withholding of {@code numerator/denominator} under {@code code}. */
    public static VatWithholding of(String code, int numerator, int denominator) {
        return new VatWithholding(code, numerator, denominator);
    }

    /** Returns the withholding of a known code with its listed fraction. */
    public static VatWithholding of(WithholdingCode known) {
        return new VatWithholding(known.code(), known.numerator(), known.denominator());
    }

    /** Returns the withheld share as a decimal, for display; exact for denominators of 10. */
    public BigDecimal fraction() {
        return BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }

    /** Checks for Bean Validation that the fraction is at most 1. */
    @AssertTrue(message = "the numerator must not exceed the denominator")
    boolean isFractionAtMostOne() {
        return numerator <= denominator;
    }

    /** Returns the code and fraction, for example {@code "603 7/10"}. */
    @Override
    public String toString() {
        return code + " " + numerator + "/" + denominator;
    }
}
