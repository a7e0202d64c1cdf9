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
 * Implementations are immutable and thread-safe.
 */
public interface PaymentTerms {

    /**
     * Computes the due schedule of an invoice.
     *
     * @param invoiceDate the issue date of the invoice, the anchor of every rule
     * @param receivable the amount the counterparty owes, already net of any withholding; the
     *     installments add up to exactly this amount
     * @param calendar the calendar for a business-day roll, used only when the terms ask for one
     * @param rounding the company's rounding mode for splitting the amount into installments
     * @return the schedule, with at least one installment
     * @throws io.github.tahsilat.error.TahsilatException if the calendar cannot answer for a date
     *     the schedule needs
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
