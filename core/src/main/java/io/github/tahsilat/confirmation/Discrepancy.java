package io.github.tahsilat.confirmation;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One document that explains part of a difference between the two balances.
 *
 * @param kind why it differs
 * @param ours the company's line, empty when only the counterparty has it
 * @param theirs the counterparty's line, empty when only the company has it
 * @param contribution its share of the difference: our amount less theirs, a missing side counting
 *     as zero
 */
public record Discrepancy(
        DiscrepancyKind kind,
        Optional<ConfirmationLine> ours,
        Optional<ConfirmationLine> theirs,
        MonetaryAmount contribution) {

    /** Checks that every component is present. */
    public Discrepancy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(contribution, "contribution");
    }
}
