package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Turns a line's findings into scored candidates, and a candidate into a proposal against the open
 * amounts left in the batch.
 */
final class ProposalAssembler {

    private ProposalAssembler() {}

    /** Returns the line's candidates, best first, leaving out items in another currency. */
    static List<Candidate> candidates(LineContext line, Findings findings) {
        List<Candidate> candidates = new ArrayList<>();
        for (OpenItemCandidate item : findings.items()) {
            if (sameCurrency(line, List.of(item))) {
                candidates.add(score(List.of(item), findings, Optional.empty()));
            } else {
                noteOtherCurrency(line, item, findings);
            }
        }
        for (Findings.Combination combination : findings.combinations()) {
            if (sameCurrency(line, combination.items())) {
                candidates.add(
                        score(combination.items(), findings, Optional.of(combination.reason())));
            }
        }
        candidates.sort(Candidate.RANKING);
        return candidates;
    }

    /**
     * Builds the proposal for {@code candidate} against the open amounts in {@code remaining} (the
     * index's amount for an item not in the map), or returns empty when an item has nothing left.
     *
     * @param forceSuggestion whether to make the proposal a suggestion whatever its score
     */
    static Optional<Proposal> propose(
            LineContext line,
            Candidate candidate,
            Map<InvoiceId, MinorAmount> remaining,
            boolean forceSuggestion) {
        return propose(line, candidate, remaining, forceSuggestion, false);
    }

    /**
     * Builds the proposal as {@link #propose(LineContext, Candidate, Map, boolean)} does, not
     * forced to a suggestion, and when there is one, records in {@code remaining} what each item it
     * applies to has left after it.
     */
    static Optional<Proposal> proposeAndTake(
            LineContext line, Candidate candidate, Map<InvoiceId, MinorAmount> remaining) {
        return propose(line, candidate, remaining, false, true);
    }

    private static Optional<Proposal> propose(
            LineContext line,
            Candidate candidate,
            Map<InvoiceId, MinorAmount> remaining,
            boolean forceSuggestion,
            boolean take) {
        MinorAmount gross = line.grossUnits();
        MinorAmount left = gross;
        MinorAmount open = MinorAmount.zero(gross.currency());
        boolean reduced = false;
        List<ItemApplication> applications = new ArrayList<>(candidate.items().size());
        // What each applied item has left after the proposal, in the order of applications.
        List<MinorAmount> leftAfter = take ? new ArrayList<>(candidate.items().size()) : null;
        for (OpenItemCandidate item : candidate.items()) {
            MinorAmount indexed = Amounts.toMinor(item.outstanding(), "outstanding");
            MinorAmount available =
                    remaining.isEmpty()
                            ? indexed
                            : remaining.getOrDefault(item.invoiceId(), indexed);
            if (!available.isPositive()) {
                return Optional.empty();
            }
            boolean untouched = available.equals(indexed);
            reduced |= !untouched;
            open = open.plus(available);
            MinorAmount applied = available.min(left);
            if (applied.isPositive()) {
                applications.add(application(line, item, available, applied, untouched));
                left = left.minus(applied);
                if (take) {
                    leftAfter.add(available.minus(applied));
                }
            }
        }
        MinorAmount difference = gross.minus(open);
        MinorAmount magnitude = difference.isNegative() ? difference.negate() : difference;
        boolean withinTolerance = magnitude.compareTo(line.toleranceUnits()) <= 0;
        // An item partly taken by another line of the batch no longer fits as scored.
        boolean stillFits = !reduced || difference.compareTo(line.toleranceUnits()) <= 0;
        boolean auto =
                !forceSuggestion
                        && candidate.supported()
                        && stillFits
                        && candidate.score() >= line.settings().autoApplyThreshold();
        Proposal proposal =
                new Proposal(
                        line.key(),
                        line.line(),
                        line.amount(),
                        applications,
                        difference.toMonetaryAmount(),
                        withinTolerance,
                        left.toMonetaryAmount(),
                        candidate.score(),
                        auto ? ProposalStatus.AUTO : ProposalStatus.SUGGESTION,
                        candidate.reasons());
        if (take) {
            for (int i = 0; i < applications.size(); i++) {
                remaining.put(applications.get(i).invoiceId(), leftAfter.get(i));
            }
        }
        return Optional.of(proposal);
    }

    /**
     * Builds an item's application, reusing the public amounts of the item and the line where the
     * values are equal, so that a full payment of one item creates no new amount.
     *
     * @param indexedAvailable whether {@code available} is the item's outstanding amount
     */
    private static ItemApplication application(
            LineContext line,
            OpenItemCandidate item,
            MinorAmount available,
            MinorAmount applied,
            boolean indexedAvailable) {
        MonetaryAmount outstanding =
                indexedAvailable
                        ? available.toMonetaryAmount(item.outstanding())
                        : available.toMonetaryAmount();
        MonetaryAmount appliedAmount;
        if (applied.equals(available)) {
            appliedAmount = outstanding;
        } else if (applied.equals(line.grossUnits())) {
            appliedAmount = line.amount();
        } else {
            appliedAmount = applied.toMonetaryAmount();
        }
        return new ItemApplication(
                item.invoiceId(),
                item.invoiceNumber(),
                item.counterpartyId(),
                outstanding,
                appliedAmount);
    }

    private static Candidate score(
            List<OpenItemCandidate> items, Findings findings, Optional<MatchReason> combination) {
        // A candidate has a few reasons, so a list with a linear search for repeats costs less
        // than a linked hash set, and keeps the same order.
        List<MatchReason> reasons = new ArrayList<>(4);
        int referencePoints = Integer.MAX_VALUE;
        int amountPoints = 0;
        for (OpenItemCandidate item : items) {
            int best = 0;
            for (MatchReason reason : findings.itemReasons(item)) {
                if (reason.kind() == MatchReason.Kind.REFERENCE) {
                    best = Math.max(best, reason.points());
                    addOnce(reasons, reason);
                } else if (combination.isEmpty()) {
                    amountPoints = Math.max(amountPoints, reason.points());
                    addOnce(reasons, reason);
                }
            }
            referencePoints = Math.min(referencePoints, best);
        }
        int counterpartyPoints = 0;
        CounterpartyId counterparty = items.get(0).counterpartyId();
        boolean oneCounterparty =
                items.stream().allMatch(item -> item.counterpartyId().equals(counterparty));
        if (oneCounterparty) {
            for (MatchReason reason : findings.reasonsFor(counterparty)) {
                counterpartyPoints = Math.max(counterpartyPoints, reason.points());
                addOnce(reasons, reason);
            }
        }
        if (combination.isPresent()) {
            amountPoints = combination.get().points();
            addOnce(reasons, combination.get());
        }
        int score = Math.min(100, referencePoints + counterpartyPoints + amountPoints);
        boolean supported = referencePoints > 0 || counterpartyPoints > 0;
        return new Candidate(List.copyOf(items), score, supported, List.copyOf(reasons));
    }

    private static void addOnce(List<MatchReason> reasons, MatchReason reason) {
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    // TODO: propose across currencies once the fx feature converts at the value date.
    private static void noteOtherCurrency(
            LineContext line, OpenItemCandidate item, Findings findings) {
        findings.addNote(
                new MatchReason(
                        "currency",
                        "invoice "
                                + item.invoiceNumber()
                                + " is in "
                                + item.outstanding().getCurrency().getCurrencyCode()
                                + " but the line in "
                                + line.grossUnits().currencyCode()
                                + "; not proposed",
                        0,
                        MatchReason.Kind.NOTE));
    }

    private static boolean sameCurrency(LineContext line, List<OpenItemCandidate> items) {
        return items.stream()
                .allMatch(
                        item ->
                                item.outstanding()
                                        .getCurrency()
                                        .equals(line.grossUnits().currency()));
    }
}
