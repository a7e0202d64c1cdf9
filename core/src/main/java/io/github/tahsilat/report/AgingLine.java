package io.github.tahsilat.report;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;

/**
 * The aging of one counterparty in one currency. Immutable and thread-safe.
 *
 * @param counterpartyId the counterparty
 * @param amounts the buckets, the amount covered by instruments and the unapplied credit
 */
public record AgingLine(CounterpartyId counterpartyId, AgingAmounts amounts) {

    /**
     * Checks that both components are present.
     *
     * @throws InvalidInputException if a component is missing
     */
    public AgingLine {
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(amounts, "amounts", "the line's amounts");
    }
}
