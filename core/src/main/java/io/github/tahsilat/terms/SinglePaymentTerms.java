package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Terms with one installment for the whole amount receivable: a {@link DueDateRule}, or a rule with
 * early-payment discounts. Installment plans use these as the terms of each part.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface SinglePaymentTerms extends PaymentTerms
        permits DueDateRule, DiscountedTerms {

    /**
     * Computes the due date for an invoice issued on {@code invoiceDate}.
     *
     * @throws NullPointerException if {@code invoiceDate} is {@code null}
     * @throws java.time.DateTimeException if the due date falls after {@link LocalDate#MAX}, which
     *     {@link #dueSchedule} prevents by rejecting invoice dates after the year 9999
     */
    LocalDate dueDate(LocalDate invoiceDate);

    /**
     * Returns the early-payment discount tiers, shortest period first; empty when there are none.
     */
    List<DiscountTier> discountTiers();

    /** Computes a schedule of one installment for the whole receivable. */
    @Override
    default DueSchedule dueSchedule(
            LocalDate invoiceDate,
            MonetaryAmount receivable,
            BusinessCalendar calendar,
            RoundingMode rounding) {
        MinorAmount amount = Schedules.checkArguments(invoiceDate, receivable, calendar, rounding);
        return new DueSchedule(
                List.of(
                        Schedules.installment(
                                1,
                                invoiceDate,
                                dueDate(invoiceDate),
                                amount,
                                discountTiers(),
                                rounding)));
    }
}
