package io.github.tahsilat.ledger;

import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.UUID;

/**
 * The amounts one operation cleared on one installment of one item, component by component, kept so
 * that a reversal takes back exactly those.
 *
 * @param sourceId the payment, credit document or operation whose money or decision cleared it
 * @param invoiceId the item
 * @param installment the installment whose principal was cleared
 * @param fee money applied to the fee
 * @param interest money applied to the interest
 * @param principal money applied to the principal
 * @param discount discount granted on the principal
 * @param writeOffFee fee written off
 * @param writeOffInterest interest written off
 * @param writeOffPrincipal principal written off
 */
record Application(
        UUID sourceId,
        InvoiceId invoiceId,
        int installment,
        MinorAmount fee,
        MinorAmount interest,
        MinorAmount principal,
        MinorAmount discount,
        MinorAmount writeOffFee,
        MinorAmount writeOffInterest,
        MinorAmount writeOffPrincipal) {

    MinorAmount applied() {
        return fee.plus(interest).plus(principal);
    }

    MinorAmount writeOff() {
        return writeOffFee.plus(writeOffInterest).plus(writeOffPrincipal);
    }
}
