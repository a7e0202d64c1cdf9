package io.github.tahsilat.confirmation;

import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A balance confirmation with the counterparty's answer recorded.
 *
 * @param confirmation the document that was sent
 * @param answer the counterparty's answer
 * @param difference our balance less theirs; zero when they agree
 * @param discrepancies the documents that explain the difference, ours first in date order, then
 *     theirs
 */
public record ConfirmationResult(
        BalanceConfirmation confirmation,
        ConfirmationAnswer answer,
        MonetaryAmount difference,
        List<Discrepancy> discrepancies) {

    /** Checks that every component is present and copies the list. */
    public ConfirmationResult {
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(difference, "difference");
        discrepancies = List.copyOf(discrepancies);
    }

    /** Returns the part of the difference the discrepancies do not explain. */
    public MonetaryAmount unexplained() {
        MonetaryAmount rest = difference;
        for (Discrepancy discrepancy : discrepancies) {
            rest = rest.subtract(discrepancy.contribution());
        }
        return rest;
    }

    /** Returns {@code true} if the discrepancies explain the whole difference. */
    public boolean isExplained() {
        return unexplained().isZero();
    }
}
