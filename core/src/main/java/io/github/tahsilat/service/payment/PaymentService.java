package io.github.tahsilat.service.payment;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.ledger.LedgerStateException;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Records payments, allocates them to open invoices and books them in the counterparty ledger. Get
 * it from {@link io.github.tahsilat.engine.Tahsilat#payments()}.
 *
 * <p>Every write runs in one transaction with its ledger entries and events, records the engine's
 * actor and clock instant, and is repeated up to three times after a stale read when the service
 * opened the transaction. Allocation reads the counterparty's open invoices page by page in due
 * order and stops when the money runs out. Implementations are thread-safe.
 */
public interface PaymentService {

    /**
     * Records a payment, allocates it under {@code policy}, updates every invoice it settles, and
     * appends {@code PaymentRecorded}, a {@code PaymentAllocated} per invoice, {@code InvoicePaid}
     * for each invoice it closes and {@code CreditCreated} for money left over. A repeated request
     * with the same idempotency key and content returns the first result and writes nothing.
     *
     * @throws InvalidInputException if an argument is missing, or a designation names an invoice of
     *     another counterparty, direction or currency
     * @throws NotFoundException if the company, the counterparty or a designated invoice is not
     *     stored
     * @throws IdempotencyKeyReusedException if the key was used with other content
     * @throws CurrencyMismatchException if an invoice reached is in another currency
     */
    PaymentReceipt record(Payment payment, List<Designation> designations, AllocationPolicy policy);

    /**
     * Records a payment as {@link #record(Payment, List, AllocationPolicy)} does and, in the same
     * transaction, books the realized exchange difference on each item it settles when the payment
     * is in a currency other than the company's functional currency. The item is settled in its own
     * currency in full; the difference between what the payment is worth at the rate of its value
     * date and the share of the carrying amount it releases is an {@code EXCHANGE_DIFFERENCE}
     * ledger entry in the functional currency, with the engine's actor and a balance effect of
     * zero, and {@code ExchangeDifferenceBooked} is appended. It is never allocated as payment. For
     * each receivable whose difference is not zero, an exchange-difference invoice (kur farkı) is
     * proposed with {@code vat} and {@code ExchangeDifferenceInvoiceProposed} is appended; the
     * library never books it. A repeated request returns the first receipt with no differences and
     * writes nothing.
     *
     * <p>Payments booked from bank statement lines and cheques or notes that clear book their
     * realized differences the same way, at the rates given to {@link
     * io.github.tahsilat.engine.Tahsilat.Builder#exchangeRates}. NOTE: payments recorded without
     * rates, and those booked by reconciliation or clearing on an engine built without rates,
     * release their share of the carrying amount but book no difference, and nothing books it
     * later.
     *
     * @param rates the host's rates, used for the payment's value date and the items' history
     * @param vat the VAT rate and basis of proposed exchange-difference invoices
     * @throws InvalidInputException if an argument is missing, or a designation names an invoice of
     *     another counterparty, direction or currency
     * @throws NotFoundException if the company, the counterparty or a designated invoice is not
     *     stored
     * @throws IdempotencyKeyReusedException if the key was used with other content
     * @throws MissingRateException if {@code rates} has no rate that a settled item needs; nothing
     *     is written then
     */
    ForeignPaymentReceipt record(
            Payment payment,
            List<Designation> designations,
            AllocationPolicy policy,
            ExchangeRateSource rates,
            ExchangeDifferenceVat vat);

    /**
     * Reverses a payment as a whole, such as for a bank return: every invoice it settled gets that
     * amount back, its credit disappears, the ledger records the reversal, and {@code
     * PaymentReversed} is appended.
     *
     * @throws InvalidInputException if an argument is missing or the reason is blank
     * @throws NotFoundException if the company or the payment is not stored
     * @throws LedgerStateException if the payment is already reversed, or an invoice it settled was
     *     written off since
     */
    StoredPayment reverse(
            CompanyId companyId, PaymentId paymentId, LocalDate valueDate, String reason);

    /** Returns the payment, or empty if the company has none with this id. */
    Optional<StoredPayment> find(CompanyId companyId, PaymentId paymentId);

    /**
     * Returns the counterparty's ledger balance in {@code currency} as of {@code asOf} as the
     * ledger showed it at {@code knownAt}: positive when the counterparty owes the company.
     *
     * @throws InvalidInputException if an argument is missing
     */
    MonetaryAmount balance(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            CurrencyUnit currency,
            LocalDate asOf,
            Instant knownAt);
}
