package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One installment of an invoice's due schedule.
 *
 * @param number the installment's number, from 1
 * @param dueDate the day it is due
 * @param amount the amount due at the currency's minor-unit scale, at least 0
 * @param discounts the early payment discounts, possibly empty
 */
public record Installment(
        int number, LocalDate dueDate, BigDecimal amount, List<EarlyPaymentDiscount> discounts) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or a list element is {@code null}
     * @throws IllegalArgumentException if {@code number} is below 1 or {@code amount} is negative
     */
    public Installment {
        if (number < 1) {
            throw Checks.invalid("installment number", number, "a number from 1");
        }
        Objects.requireNonNull(dueDate, "dueDate");
        Checks.nonNegative(amount, "amount");
        discounts = Checks.list(discounts, "discounts");
    }
}
