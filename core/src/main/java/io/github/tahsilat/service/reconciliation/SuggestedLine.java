package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.reconciliation.Proposal;

/**
 * A matched bank line left for a person to confirm, change or reject, with the matcher's proposal.
 * Confirm it with {@link StatementApplier#apply(Proposal, io.github.tahsilat.service.Actor)}.
 * Immutable and thread-safe.
 *
 * @param proposal the matcher's proposal
 * @param reason why it was not booked automatically
 */
public record SuggestedLine(Proposal proposal, String reason) {

    /** Checks that both parts are present. */
    public SuggestedLine {
        InputChecks.present(proposal, "proposal", "the proposal");
        InputChecks.present(reason, "reason", "the reason");
    }
}
