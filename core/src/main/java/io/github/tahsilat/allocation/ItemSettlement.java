package io.github.tahsilat.allocation;

import io.github.tahsilat.invoice.InvoiceId;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What one allocation did to one item: the money applied to each component, the early-payment
 * discount granted and the shortfall written off, with the component order that was followed.
 *
 * <p>Invariant: every amount is zero or more and in one currency; {@code discount} is taken off the
 * principal; {@code writeOff} is at most the tolerance limit and is whatever the item had left open
 * after the money, on any component.
 *
 * @param invoiceId the invoice
 * @param installment the installment number
 * @param fee money applied to the fee
 * @param interest money applied to the interest
 * @param principal money applied to the principal
 * @param discount early-payment discount granted on the principal
 * @param writeOff shortfall written off within the tolerance
 * @param componentOrder the order in which the money settled the components
 */
public record ItemSettlement(
        InvoiceId invoiceId,
        int installment,
        MonetaryAmount fee,
        MonetaryAmount interest,
        MonetaryAmount principal,
        MonetaryAmount discount,
        MonetaryAmount writeOff,
        ComponentOrder componentOrder) {

    /** Checks that every component is present. */
    public ItemSettlement {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(writeOff, "writeOff");
        Objects.requireNonNull(componentOrder, "componentOrder");
    }

    /** Returns the money applied to the item: fee, interest and principal together. */
    public MonetaryAmount applied() {
        return fee.add(interest).add(principal);
    }

    /** Returns how much the item's outstanding amount fell: applied, discount and write-off. */
    public MonetaryAmount cleared() {
        return applied().add(discount).add(writeOff);
    }
}
