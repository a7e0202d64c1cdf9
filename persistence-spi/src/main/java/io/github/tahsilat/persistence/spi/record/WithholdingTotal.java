package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;

/**
 * The VAT withheld on a document under one withholding code and fraction.
 *
 * @param code the withholding code of the Turkish revenue administration, such as {@code "601"}
 * @param numerator the withheld share's numerator, from 1 to {@code denominator}
 * @param denominator the withheld share's denominator, at least 1
 * @param amount the withheld VAT at the currency's minor-unit scale, at least 0
 */
public record WithholdingTotal(String code, int numerator, int denominator, BigDecimal amount) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if {@code code} is blank, the fraction is not in (0, 1] or
     *     {@code amount} is negative
     */
    public WithholdingTotal {
        new Withholding(code, numerator, denominator);
        Checks.nonNegative(amount, "amount");
    }
}
