package io.github.tahsilat.service.fx;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.ForeignCurrencyBalance;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.ledger.LedgerStateException;
import io.github.tahsilat.service.NotFoundException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Measures foreign-currency items in the company's functional currency. Get it from {@link
 * io.github.tahsilat.engine.Tahsilat#exchangeDifferences()}. A payment books its realized
 * differences through {@link io.github.tahsilat.service.payment.PaymentService#record(
 * io.github.tahsilat.payment.Payment, java.util.List,
 * io.github.tahsilat.allocation.AllocationPolicy, ExchangeRateSource,
 * io.github.tahsilat.service.payment.ExchangeDifferenceVat)}.
 *
 * <p>An item is recognized at the rate of its issue date. Rates come from the source the host
 * passes, which must return the same rate for a past date on every call, because the carrying
 * amount is replayed from the item's ledger entries with those rates. Implementations are
 * thread-safe.
 */
public interface ExchangeDifferenceService {

    /**
     * Revalues the open part of each open item of the company in a currency other than its
     * functional currency at the rate of {@code date}. Each change of carrying amount is an
     * unrealized difference: an {@code EXCHANGE_DIFFERENCE} ledger entry in the functional currency
     * with the engine's actor and a balance effect of zero, and {@code ExchangeDifferenceBooked}. A
     * later payment measures its realized difference from the revalued carrying amount. Runs in one
     * transaction.
     *
     * @throws InvalidInputException if an argument is missing
     * @throws NotFoundException if the company is not stored
     * @throws MissingRateException if {@code rates} has no rate for an item's currency on {@code
     *     date} or on a date its history needs; nothing is written then
     */
    Revaluation revalue(CompanyId companyId, LocalDate date, ExchangeRateSource rates);

    /**
     * Reverses a revaluation exactly: for each item it revalued, an {@code EXCHANGE_DIFFERENCE}
     * entry with the engine's actor takes back its difference, the item's carrying amount returns
     * to what it was before the revaluation, and {@code ExchangeDifferenceReversed} is appended,
     * then {@code RevaluationReversed} once. Runs in one transaction. The revaluation's id is the
     * idempotency key: a revaluation reversed before returns a repeated result and writes nothing.
     *
     * @param revaluationId the id that {@link #revalue} returned
     * @param date the value date of the counter entries, on or after the revaluation date
     * @param reason the note of the counter entries, such as "rate corrected"
     * @param rates the source the revaluation used, which must return the same past rates
     * @throws InvalidInputException if an argument is missing, the reason is longer than 500
     *     characters, or {@code date} is before the revaluation date
     * @throws NotFoundException if the company is not stored, or it has no revaluation with this id
     *     that booked a difference. A revaluation that changed no item wrote nothing, so it has
     *     nothing to reverse either
     * @throws LedgerStateException if a payment or another revaluation that was not reversed
     *     settled or revalued an item after this revaluation. Its difference was measured from the
     *     revalued carrying amount, so reverse those payments or revaluations first
     * @throws MissingRateException if {@code rates} has no rate for a date an item's history needs;
     *     nothing is written then
     */
    RevaluationReversal reverseRevaluation(
            CompanyId companyId,
            UUID revaluationId,
            LocalDate date,
            String reason,
            ExchangeRateSource rates);

    /**
     * Returns the open amount of an item in its currency and the carrying amount of that open part
     * in the functional currency. A closed item has zero left in both.
     *
     * @throws InvalidInputException if an argument is missing or the invoice is in the functional
     *     currency
     * @throws NotFoundException if the company or the invoice is not stored
     * @throws MissingRateException if {@code rates} has no rate for a date the item's history needs
     */
    ForeignCurrencyBalance carrying(
            CompanyId companyId, InvoiceId invoiceId, ExchangeRateSource rates);
}
