package io.github.tahsilat.einvoice;

import io.github.tahsilat.counterparty.CounterpartyId;

/**
 * Finds or registers the counterparty of an imported e-invoice. The host implements it, typically
 * by looking the party's tax identifier up among its counterparties and registering the party when
 * none matches.
 */
@FunctionalInterface
public interface CounterpartyResolver {

    /**
     * Returns the id of the counterparty that {@code party} is, never {@code null}.
     *
     * @param party the document's other party: the customer of an invoice the company issued, the
     *     supplier of one it received
     */
    CounterpartyId resolve(Party party);
}
