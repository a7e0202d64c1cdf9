package io.github.tahsilat.persistence.spi.record;

/**
 * VAT withholding on a line (tevkifat): the buyer pays {@code numerator / denominator} of the VAT
 * to the tax office directly.
 *
 * @param code the withholding code of the Turkish revenue administration, such as {@code "601"}
 * @param numerator the withheld share's numerator, from 1 to {@code denominator}
 * @param denominator the withheld share's denominator, at least 1
 */
public record Withholding(String code, int numerator, int denominator) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is blank or the fraction is not in (0, 1]
     */
    public Withholding {
        Checks.text(code, "code");
        if (denominator < 1 || numerator < 1 || numerator > denominator) {
            throw Checks.invalid(
                    "withholding fraction",
                    numerator + "/" + denominator,
                    "a fraction from 1/d to d/d with d at least 1");
        }
    }
}
