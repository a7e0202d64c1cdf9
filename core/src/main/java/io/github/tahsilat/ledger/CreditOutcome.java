package io.github.tahsilat.ledger;

import io.github.tahsilat.allocation.AllocationResult;
import java.util.Objects;

/**
 * The result of applying unapplied credit to items.
 *
 * @param ledger the ledger after the application
 * @param allocation how the credit was allocated; its {@code unapplied} part stays as credit
 */
public record CreditOutcome(CounterpartyLedger ledger, AllocationResult allocation) {

    /** Checks that both components are present. */
    public CreditOutcome {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(allocation, "allocation");
    }
}
