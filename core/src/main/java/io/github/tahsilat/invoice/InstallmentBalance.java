package io.github.tahsilat.invoice;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One installment of an invoice's due schedule as of a date: what falls due when, what of it is
 * still outstanding, and how many days past due it is. Settlements and credits cover installments
 * in due-date order.
 *
 * @param number the 1-based position in the due schedule
 * @param dueDate the due date; the installment is overdue from the next day on
 * @param amount the installment amount
 * @param outstanding the part of {@code amount} not yet covered, from zero to {@code amount}
 * @param daysPastDue calendar days from {@code dueDate} to the as-of date, negative before it
 */
public record InstallmentBalance(
        int number,
        LocalDate dueDate,
        MonetaryAmount amount,
        MonetaryAmount outstanding,
        long daysPastDue) {

    /** Checks that every field is present. */
    public InstallmentBalance {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(outstanding, "outstanding");
    }

    /**
     * Returns {@code true} if part of the installment is outstanding and its due date has passed.
     */
    public boolean isOverdue() {
        return outstanding.isPositive() && daysPastDue >= 1;
    }
}
