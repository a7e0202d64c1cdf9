package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.reconciliation.ReversalProposal;

/**
 * A returned or reversed bank line whose original payment was not found, or not found once, left
 * for a person. Immutable and thread-safe.
 *
 * @param reversal the matcher's reversal proposal
 * @param reason why it was not booked automatically
 */
public record ReversalForReview(ReversalProposal reversal, String reason) {

    /** Checks that both parts are present. */
    public ReversalForReview {
        InputChecks.present(reversal, "reversal", "the reversal proposal");
        InputChecks.present(reason, "reason", "the reason");
    }
}
