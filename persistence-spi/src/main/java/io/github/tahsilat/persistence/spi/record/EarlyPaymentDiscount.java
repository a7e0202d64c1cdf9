package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A discount for paying an installment early, such as 2 % within ten days.
 *
 * @param percent the discount in percent, from 0 to 100
 * @param lastDay the last day on which a payment earns the discount
 * @param amount the discount amount at the currency's minor-unit scale, at least 0
 */
public record EarlyPaymentDiscount(BigDecimal percent, LocalDate lastDay, BigDecimal amount) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the percentage or the amount is out of range
     */
    public EarlyPaymentDiscount {
        Checks.percent(percent, "percent");
        Objects.requireNonNull(lastDay, "lastDay");
        Checks.nonNegative(amount, "amount");
    }
}
