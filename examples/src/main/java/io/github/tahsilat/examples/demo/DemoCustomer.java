package io.github.tahsilat.examples.demo;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.identifier.Iban;
import javax.money.CurrencyUnit;

/**
 * A generated customer.
 *
 * @param id the counterparty id
 * @param name the legal name, unique within a scenario
 * @param iban the account the customer pays from
 * @param currency the currency of every invoice it receives
 * @param profile how it pays
 * @param paysByCheque whether it pays with post-dated cheques and promissory notes instead of
 *     transfers
 * @param activity how often it buys: 2 for a frequent buyer, 1 for a regular, 0 for an occasional
 *     one
 * @param email the address its dunning notices go to
 */
record DemoCustomer(
        CounterpartyId id,
        String name,
        Iban iban,
        CurrencyUnit currency,
        PayerProfile profile,
        boolean paysByCheque,
        BuyerActivity activity,
        String email) {}
