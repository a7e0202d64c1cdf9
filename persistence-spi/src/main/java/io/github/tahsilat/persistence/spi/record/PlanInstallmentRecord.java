package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One installment of a payment plan, in the plan's currency at its minor-unit scale.
 *
 * @param number 0 for the down payment, else the 1-based position in the schedule
 * @param dueDate the last day to pay it; its epoch day fits in an int
 * @param amount the amount due, greater than 0
 */
public record PlanInstallmentRecord(int number, LocalDate dueDate, BigDecimal amount) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if {@code number} is negative, the date is out of range or
     *     the amount is not greater than 0
     */
    public PlanInstallmentRecord {
        if (number < 0) {
            throw Checks.invalid("number", number, "0 for the down payment or a position from 1");
        }
        Checks.epochDayDate(dueDate, "dueDate");
        Checks.positive(amount, "amount");
    }
}
