package io.github.tahsilat.report;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The punctuality of the money applied to one counterparty's items on one side over a period: for a
 * customer, of its payments to the company, and for a supplier, of the company's payments. The
 * averages are weighted by amount as in {@link CollectionMetrics#averageDaysToPay()} and {@link
 * CollectionMetrics#averageDaysBeyondTerms()}, rounded to two decimals with halves up. Immutable
 * and thread-safe.
 *
 * @param counterpartyId the customer or supplier
 * @param applied the money applied to its items in the period, reversals subtracted
 * @param averageDaysToPay the amount-weighted days from issue to payment, empty when {@code
 *     applied} is zero
 * @param averageDaysBeyondTerms the amount-weighted days from due date to payment, negative when
 *     paid early, empty when {@code applied} is zero
 */
public record PaymentPunctuality(
        CounterpartyId counterpartyId,
        MonetaryAmount applied,
        Optional<BigDecimal> averageDaysToPay,
        Optional<BigDecimal> averageDaysBeyondTerms) {

    /**
     * Checks that every component is present.
     *
     * @throws InvalidInputException if a component is missing
     */
    public PaymentPunctuality {
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(applied, "applied", "an amount");
        InputChecks.present(averageDaysToPay, "averageDaysToPay", "a number of days, or empty");
        InputChecks.present(
                averageDaysBeyondTerms, "averageDaysBeyondTerms", "a number of days, or empty");
    }
}
