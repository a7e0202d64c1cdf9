package io.github.tahsilat.report;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;

/**
 * One counterparty's aging lines in every currency, converted into the functional currency and
 * added up. Immutable and thread-safe.
 *
 * @param counterpartyId the counterparty
 * @param amounts the converted buckets and columns of all its lines, in the functional currency
 */
public record CounterpartyTotal(CounterpartyId counterpartyId, AgingAmounts amounts) {

    /**
     * Checks that both components are present.
     *
     * @throws InvalidInputException if a component is missing
     */
    public CounterpartyTotal {
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(amounts, "amounts", "the converted amounts");
    }
}
