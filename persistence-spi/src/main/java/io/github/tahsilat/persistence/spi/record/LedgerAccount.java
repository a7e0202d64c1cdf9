package io.github.tahsilat.persistence.spi.record;

import java.util.Objects;
import java.util.UUID;

/**
 * A counterparty's ledger in one currency: the key the ledger's entries are read by.
 *
 * @param counterpartyId the counterparty
 * @param currency the ISO 4217 code of its entries
 */
public record LedgerAccount(UUID counterpartyId, String currency) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the currency code is not three capital letters
     */
    public LedgerAccount {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Checks.currency(currency, "currency");
    }
}
