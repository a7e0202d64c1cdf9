package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The VAT of one rate on an invoice.
 *
 * @param ratePercent the VAT rate in percent, as on the lines
 * @param base the net amount taxed at this rate, at the minor-unit scale
 * @param amount the VAT amount, at the minor-unit scale
 */
public record VatTotal(BigDecimal ratePercent, BigDecimal base, BigDecimal amount) {

    /**
     * Checks that the components are present.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public VatTotal {
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(amount, "amount");
    }
}
