package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Collection figures of one counterparty's receivables over a period, from its dated ledger.
 *
 * <p>Receivables are the open receivable items, amounts covered by uncleared instruments included
 * and unapplied credit not netted. Every ratio is rounded to two decimals, halves up, and is empty
 * when its denominator is zero:
 *
 * <ul>
 *   <li>{@code dso = closingReceivables / creditSales × days}, with {@code days} the period's
 *       length in days, both ends included;
 *   <li>{@code countbackDso}: starting from the closing receivables, subtract each calendar month's
 *       credit sales, from the month of {@code to} (counted up to {@code to}) backwards, and add
 *       that month's days while the sales fit; the month they no longer fit adds its days times the
 *       rest divided by its sales. Receivables left after 36 months leave it empty;
 *   <li>{@code cei = (opening + creditSales − closing) / (opening + creditSales − closingCurrent) ×
 *       100}, with {@code closingCurrent} the receivables not yet past due at the end;
 *   <li>{@code averageDaysToPay} and {@code averageDaysBeyondTerms}: the money applied to
 *       receivable items in the period, weighted by amount, counted from the invoice's issue date
 *       and from the due date of the installment it covered. Applications undone by a reversal
 *       count negatively.
 * </ul>
 *
 * @param from the first day of the period
 * @param to the last day of the period, inclusive
 * @param openingReceivables receivables at the end of the day before {@code from}
 * @param creditSales receivable invoices issued in the period
 * @param closingReceivables receivables at the end of {@code to}
 * @param closingCurrent the part of the closing receivables not yet past due
 * @param dso days sales outstanding by the standard formula
 * @param countbackDso days sales outstanding by the countback method
 * @param cei the collection effectiveness index, in percent
 * @param averageDaysToPay the amount-weighted days from issue to payment
 * @param averageDaysBeyondTerms the amount-weighted days from due date to payment, negative when
 *     paid early
 */
public record CollectionMetrics(
        LocalDate from,
        LocalDate to,
        MonetaryAmount openingReceivables,
        MonetaryAmount creditSales,
        MonetaryAmount closingReceivables,
        MonetaryAmount closingCurrent,
        Optional<BigDecimal> dso,
        Optional<BigDecimal> countbackDso,
        Optional<BigDecimal> cei,
        Optional<BigDecimal> averageDaysToPay,
        Optional<BigDecimal> averageDaysBeyondTerms) {

    /**
     * Checks that every component is present.
     *
     * @throws InvalidInputException if a component is missing or {@code to} is before {@code from}
     */
    public CollectionMetrics {
        io.github.tahsilat.internal.input.InputChecks.present(from, "from", "a date");
        io.github.tahsilat.internal.input.InputChecks.present(to, "to", "a date");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", to, "a date on or after " + from);
        }
        for (Object part :
                new Object[] {
                    openingReceivables,
                    creditSales,
                    closingReceivables,
                    closingCurrent,
                    dso,
                    countbackDso,
                    cei,
                    averageDaysToPay,
                    averageDaysBeyondTerms
                }) {
            io.github.tahsilat.internal.input.InputChecks.present(part, "metrics", "a value");
        }
    }
}
