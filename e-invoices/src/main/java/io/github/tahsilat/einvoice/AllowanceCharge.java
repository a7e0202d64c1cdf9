package io.github.tahsilat.einvoice;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One {@code cac:AllowanceCharge} of a document or line: a discount ({@code ChargeIndicator} false)
 * or a surcharge (true).
 *
 * @param charge {@code true} for a charge, {@code false} for an allowance
 * @param amount the amount, as printed
 * @param baseAmount the amount the percentage applies to, or {@code null}
 * @param multiplier the percentage ({@code cbc:MultiplierFactorNumeric}, which UBL-TR prints as a
 *     fraction such as 0.1 and EN 16931 as a percent such as 10), or {@code null}
 * @param reasonCode the reason code, or {@code null}
 * @param reason the reason text, or {@code null}
 * @param taxCategory the tax category the amount is taxed in, or {@code null} when not printed
 */
public record AllowanceCharge(
        boolean charge,
        MonetaryAmount amount,
        MonetaryAmount baseAmount,
        BigDecimal multiplier,
        String reasonCode,
        String reason,
        TaxCategory taxCategory) {

    /**
     * Checks that the amount is present.
     *
     * @throws NullPointerException if {@code amount} is {@code null}
     */
    public AllowanceCharge {
        Objects.requireNonNull(amount, "amount");
    }

    /** Returns the amount with its effect on the total: negative for an allowance. */
    public MonetaryAmount signedAmount() {
        return charge ? amount : amount.negate();
    }
}
