package io.github.tahsilat.ledger;

import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceStatus;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One invoice as an open item of the ledger: what is still open of each component, and how the rest
 * was closed.
 *
 * <p>Invariant: every amount is zero or more; {@code outstanding() = fee + interest + principal}.
 * The status follows the principal and the charges together: {@link InvoiceStatus#PAID} when
 * nothing is open, {@link InvoiceStatus#WRITTEN_OFF} when a write-off of the item closed it.
 *
 * @param invoiceId the invoice
 * @param number the invoice number
 * @param side receivable or payable
 * @param status the status
 * @param fee open fees
 * @param interest open interest
 * @param principal open principal
 * @param discount early-payment discounts granted
 * @param writtenOff amounts written off, on any component
 * @param provisional the part of the closed amounts settled by cheques or promissory notes not yet
 *     cleared; dunning, aging and risk count it as uncollected
 */
public record ItemBalance(
        InvoiceId invoiceId,
        String number,
        Direction side,
        InvoiceStatus status,
        MonetaryAmount fee,
        MonetaryAmount interest,
        MonetaryAmount principal,
        MonetaryAmount discount,
        MonetaryAmount writtenOff,
        MonetaryAmount provisional) {

    /** Checks that every component is present. */
    public ItemBalance {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(writtenOff, "writtenOff");
        Objects.requireNonNull(provisional, "provisional");
    }

    /** Returns everything still open on the item. */
    public MonetaryAmount outstanding() {
        return fee.add(interest).add(principal);
    }

    /**
     * Returns what dunning, aging and risk count as open: the outstanding amount plus the part
     * settled by instruments not yet cleared.
     */
    public MonetaryAmount uncollected() {
        return outstanding().add(provisional);
    }
}
