package io.github.tahsilat.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The installments an invoice falls due in, in due-date order.
 *
 * <p>Invariant: there is at least one installment, all in one currency, and their amounts add up to
 * exactly the amount receivable the schedule was computed for.
 *
 * @param installments the installments, in the order they fall due; never empty
 */
public record DueSchedule(List<Installment> installments) {

    /** Copies the list and checks that it is not empty. */
    public DueSchedule {
        Objects.requireNonNull(installments, "installments");
        installments = List.copyOf(installments);
        if (installments.isEmpty()) {
            throw new IllegalArgumentException("a due schedule needs at least one installment");
        }
    }

    /** Returns the due date of the last installment. */
    public LocalDate finalDueDate() {
        return installments.get(installments.size() - 1).dueDate();
    }

    /** Returns the sum of the installment amounts. */
    public MonetaryAmount total() {
        MonetaryAmount sum = installments.get(0).amount();
        for (int i = 1; i < installments.size(); i++) {
            sum = sum.add(installments.get(i).amount());
        }
        return sum;
    }

    /**
     * One part of a due schedule.
     *
     * @param number the 1-based position in the schedule
     * @param dueDate the date the amount falls due; it is overdue from the next day on
     * @param amount the amount due, rounded to the currency's minor unit
     * @param discounts early-payment discounts open for this installment, earliest deadline first;
     *     empty when there are none
     */
    public record Installment(
            int number,
            LocalDate dueDate,
            MonetaryAmount amount,
            List<EarlyPaymentDiscount> discounts) {

        /** Checks the fields and copies the discount list. */
        public Installment {
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(amount, "amount");
            discounts = List.copyOf(discounts);
            if (number < 1) {
                throw new IllegalArgumentException(
                        "installment number must be 1 or more: " + number);
            }
        }
    }

    /**
     * An early-payment discount resolved to dates and amounts.
     *
     * @param percent the discount in percent of the installment, for example {@code 2} for 2 %
     * @param lastDay the last day, inclusive, on which a payment earns the discount
     * @param discount the discount amount, rounded to the currency's minor unit
     */
    public record EarlyPaymentDiscount(
            BigDecimal percent, LocalDate lastDay, MonetaryAmount discount) {

        /** Checks that every field is present. */
        public EarlyPaymentDiscount {
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(discount, "discount");
        }
    }
}
