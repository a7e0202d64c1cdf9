package io.github.tahsilat.plan;

import io.github.tahsilat.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One installment of a payment plan. Immutable and thread-safe.
 *
 * @param number 0 for the down payment, else the 1-based position in the schedule
 * @param dueDate the last day to pay it; it is late from the next day on
 * @param amount the amount due, greater than zero and rounded to the currency's minor unit
 */
public record PlanInstallment(int number, LocalDate dueDate, MonetaryAmount amount) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code dueDate} or {@code amount} is {@code null}
     * @throws InvalidInputException if {@code number} is negative or {@code amount} is not greater
     *     than zero
     */
    public PlanInstallment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        if (number < 0) {
            throw new InvalidInputException(
                    "number", number, "0 for the down payment or a position from 1");
        }
        if (!amount.isPositive()) {
            throw new InvalidInputException("amount", amount, "an amount greater than zero");
        }
    }

    /** Returns whether this installment is the down payment. */
    public boolean isDownPayment() {
        return number == 0;
    }
}
