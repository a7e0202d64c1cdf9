package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * Payment terms: the rule that turns an invoice date and an amount receivable into a due schedule.
 *
 * <p>Every kind of term is its own type, and none is silently replaced by another: "45 days, then
 * end of month" and "end of month, then 45 days" give different dates and stay different types.
 * Implementations are immutable and thread-safe records.
 *
 * <p>The kinds are:
 *
 * <ul>
 *   <li>{@link SinglePaymentTerms}: one installment for the whole amount, due by a {@link
 *       DueDateRule} and optionally with early-payment discounts ({@link DiscountedTerms});
 *   <li>installment plans: {@link PercentageInstallments}, {@link FixedAmountInstallments}, {@link
 *       EqualInstallments} and {@link MonthlyInstallments};
 *   <li>wrappers: {@link NextMonthAfterCutoff} moves the schedule of late invoices one month later,
 *       and {@link BusinessDayRoll} moves due dates to business days.
 * </ul>
 *
 * <p>Every due date is on or after the invoice date, with two exceptions: a {@link FixedDate}
 * before the invoice date, and a {@link BusinessDayRoll} by {@code PRECEDING} or {@code
 * MODIFIED_FOLLOWING} that moves a date near the invoice date back past it.
 */
public sealed interface PaymentTerms
        permits SinglePaymentTerms,
                PercentageInstallments,
                FixedAmountInstallments,
                EqualInstallments,
                MonthlyInstallments,
                NextMonthAfterCutoff,
                BusinessDayRoll {

    /**
     * Computes the due schedule of an invoice.
     *
     * @param invoiceDate the issue date of the invoice, the anchor of every rule
     * @param receivable the amount the counterparty owes, already net of any withholding; the
     *     installments add up to exactly this amount
     * @param calendar the calendar for a business-day roll, used only when the terms ask for one
     * @param rounding the company's rounding mode for splitting the amount into installments
     * @return the schedule, with at least one installment
     * @throws NullPointerException if an argument is {@code null}
     * @throws io.github.tahsilat.error.InvalidInputException if {@code invoiceDate} lies outside
     *     the years 0000 to 9999, if {@code rounding} is {@link RoundingMode#UNNECESSARY}, if
     *     {@code receivable} has more decimals than its currency or more minor units than a {@code
     *     long} holds, or if the terms cannot split this receivable: fixed installment amounts that
     *     do not add up to it, or installments whose due dates come out of order for this invoice
     *     date
     * @throws io.github.tahsilat.error.CurrencyMismatchException if fixed installment amounts are
     *     in another currency than {@code receivable}
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a date the
     *     schedule needs
     */
    DueSchedule dueSchedule(
            LocalDate invoiceDate,
            MonetaryAmount receivable,
            BusinessCalendar calendar,
            RoundingMode rounding);

    /**
     * Returns the compact text form of these terms, which {@link PaymentTermsNotation#parse} turns
     * back into equal terms.
     */
    String toNotation();
}
