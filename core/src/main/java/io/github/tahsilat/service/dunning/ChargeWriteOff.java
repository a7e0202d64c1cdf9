package io.github.tahsilat.service.dunning;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The open fee and late interest a run wrote off on an item whose principal is paid, because the
 * item's policy {@link io.github.tahsilat.dunning.DunningPolicy#waiveChargesWhenPrincipalPaid()
 * waives charges when the principal is paid}.
 *
 * <p>A real run records each component as a {@code WRITE_OFF} ledger entry with a {@code
 * ChargeWaived} event; a dry run reports the write-off without recording it. Immutable and
 * thread-safe.
 *
 * @param invoiceId the item
 * @param counterpartyId its counterparty
 * @param fee the fee written off, zero or more
 * @param interest the late interest written off, zero or more, in the fee's currency
 */
public record ChargeWriteOff(
        InvoiceId invoiceId,
        CounterpartyId counterpartyId,
        MonetaryAmount fee,
        MonetaryAmount interest) {

    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public ChargeWriteOff {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(interest, "interest");
    }

    /** Returns the fee plus the interest written off. */
    public MonetaryAmount total() {
        return fee.add(interest);
    }
}
