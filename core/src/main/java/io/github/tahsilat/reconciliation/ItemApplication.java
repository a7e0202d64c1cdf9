package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.InvoiceId;
import javax.money.MonetaryAmount;

/**
 * The part of a bank line proposed for one open item. Immutable and thread-safe.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber the invoice's number
 * @param counterpartyId the invoice's counterparty
 * @param outstanding the item's open amount the proposal was computed against
 * @param applied the amount to apply, greater than zero and at most {@code outstanding}
 */
public record ItemApplication(
        InvoiceId invoiceId,
        String invoiceNumber,
        CounterpartyId counterpartyId,
        MonetaryAmount outstanding,
        MonetaryAmount applied) {

    /**
     * Checks every part.
     *
     * @throws InvalidInputException if a part is {@code null}, or {@code applied} is not greater
     *     than zero or exceeds {@code outstanding}
     * @throws CurrencyMismatchException if {@code applied} is in another currency than {@code
     *     outstanding}
     */
    public ItemApplication {
        InputChecks.present(invoiceId, "invoiceId", "an invoice id");
        InputChecks.present(invoiceNumber, "invoiceNumber", "the invoice number");
        InputChecks.present(counterpartyId, "counterpartyId", "a counterparty id");
        InputChecks.present(outstanding, "outstanding", "the open amount");
        InputChecks.present(applied, "applied", "the amount to apply");
        // Moneta raises its own MonetaryException when it compares two currencies.
        if (!applied.getCurrency().equals(outstanding.getCurrency())) {
            throw new CurrencyMismatchException(
                    "compare",
                    outstanding.getCurrency().getCurrencyCode(),
                    applied.getCurrency().getCurrencyCode());
        }
        // The same instance, as when an item is paid in full, is never greater than itself, and
        // Moneta's comparison strips trailing zeros from both numbers first.
        if (!applied.isPositive()
                || (applied != outstanding && applied.isGreaterThan(outstanding))) {
            throw new InvalidInputException(
                    "applied",
                    applied,
                    "more than zero and at most the open amount " + outstanding);
        }
    }
}
