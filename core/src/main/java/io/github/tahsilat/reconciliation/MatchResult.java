package io.github.tahsilat.reconciliation;

import java.util.List;

/**
 * The matcher's proposals for a batch of bank lines. Every line appears in exactly one of {@code
 * proposals}, {@code reversals}, {@code unmatched} and {@code alreadyBooked}. Each list is ordered
 * by the lines' keys, so that the same lines in any order give an equal result.
 *
 * <p>Across {@code proposals}, no item receives more than its open amount in the index. Immutable
 * and thread-safe.
 *
 * @param proposals at most one proposal per line, automatic or suggested
 * @param reversals returned and reversed entries
 * @param unmatched lines without a proposal, with their best suggestions
 * @param charges the bank's fees on the lines, reported apart
 * @param alreadyBooked the keys of lines that were booked before or appear twice in the batch
 */
public record MatchResult(
        List<Proposal> proposals,
        List<ReversalProposal> reversals,
        List<UnmatchedLine> unmatched,
        List<ReportedCharge> charges,
        List<BankEntryKey> alreadyBooked) {

    /** Copies the lists. */
    public MatchResult {
        proposals = List.copyOf(proposals);
        reversals = List.copyOf(reversals);
        unmatched = List.copyOf(unmatched);
        charges = List.copyOf(charges);
        alreadyBooked = List.copyOf(alreadyBooked);
    }

    /** Returns the proposals the booking side may apply without a person. */
    public List<Proposal> automatic() {
        return proposals.stream().filter(Proposal::isAuto).toList();
    }

    /** Returns the proposals a person should confirm. */
    public List<Proposal> suggestions() {
        return proposals.stream().filter(proposal -> !proposal.isAuto()).toList();
    }
}
