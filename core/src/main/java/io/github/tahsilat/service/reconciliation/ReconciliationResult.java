package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.reconciliation.ReportedCharge;
import io.github.tahsilat.reconciliation.UnmatchedLine;
import java.util.List;

/**
 * The outcome of importing one statement. Every line of the statement appears in exactly one of
 * {@code booked}, {@code suggested}, {@code reversalsForReview}, {@code unmatched} and {@code
 * alreadyBooked}. Each list is ordered by the lines' keys, so that the same lines in any order give
 * an equal result. Immutable and thread-safe.
 *
 * @param booked the lines booked now, as payments or reversals
 * @param suggested the matched lines left for a person
 * @param reversalsForReview the returned or reversed lines whose payment was not found
 * @param unmatched the lines without a proposal, with the matcher's suggestions
 * @param alreadyBooked the lines booked before, or repeated within the statement
 * @param charges the bank's fees on the lines booked now; the payments record them as charges
 */
public record ReconciliationResult(
        List<BookedLine> booked,
        List<SuggestedLine> suggested,
        List<ReversalForReview> reversalsForReview,
        List<UnmatchedLine> unmatched,
        List<AlreadyBookedLine> alreadyBooked,
        List<ReportedCharge> charges) {

    /** Copies the lists. */
    public ReconciliationResult {
        booked = List.copyOf(booked);
        suggested = List.copyOf(suggested);
        reversalsForReview = List.copyOf(reversalsForReview);
        unmatched = List.copyOf(unmatched);
        alreadyBooked = List.copyOf(alreadyBooked);
        charges = List.copyOf(charges);
    }
}
