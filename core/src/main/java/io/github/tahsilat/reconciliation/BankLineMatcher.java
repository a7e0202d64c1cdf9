package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposes which open items each bank line of a batch pays, by explainable rules, without booking
 * anything.
 *
 * <p>For each line the matcher runs the {@link MatchSettings#rules() rules} in order, scores every
 * item or combination they found, and ranks them. It then assigns items to lines for the whole
 * batch at once: all candidates of all lines, highest score first, then by line key and rank, each
 * line taking its best candidate whose items still have an amount open. So an item never receives
 * more than its open amount across the batch, a line gets at most one proposal, and the result does
 * not depend on the order of the lines. A line whose candidates were all taken goes to the
 * unmatched queue with them as suggestions.
 *
 * <p>A line that the bank marks as a reversal, or with a negative amount, becomes a {@link
 * ReversalProposal}. Lines already booked by their {@link BankEntryKey} are skipped. The bank's
 * charges are reported apart.
 *
 * <p>The matcher reads the index but never changes it: after booking, the booking side updates it.
 * Not thread-safe, because the index is not.
 */
public final class BankLineMatcher {

    private static final Logger LOG = LoggerFactory.getLogger(BankLineMatcher.class);

    private static final Comparator<LineContext> LINE_ORDER =
            Comparator.comparing((LineContext line) -> line.key().primary())
                    .thenComparing(line -> line.key().contentKey());

    private final OpenItemIndex index;
    private final MatchSettings settings;

    /**
     * Creates a matcher over an index.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    public BankLineMatcher(OpenItemIndex index, MatchSettings settings) {
        this.index = InputChecks.present(index, "index", "an open-item index");
        this.settings = InputChecks.present(settings, "settings", "match settings");
    }

    /**
     * Matches one statement's lines, none of them booked before.
     *
     * @throws InvalidInputException if {@code statementLines} is {@code null} or has a {@code null}
     *     element
     */
    public MatchResult match(List<BankLine> statementLines) {
        return match(statementLines, Set.of());
    }

    /**
     * Matches one statement's lines, skipping those whose key is in {@code recordedKeys} (see
     * {@link BankEntryKey#isBookedIn}). Occurrence numbers of identical lines are counted within
     * {@code statementLines}, so pass one statement or notification per call.
     *
     * @param recordedKeys every key recorded by {@link BankEntryKey#keysToRecord()} so far
     * @throws InvalidInputException if an argument is {@code null} or a line is {@code null}
     */
    public MatchResult match(List<BankLine> statementLines, Set<String> recordedKeys) {
        InputChecks.present(recordedKeys, "recordedKeys", "a set of keys, possibly empty");
        List<BankEntryKey> keys = BankEntryKey.forStatement(statementLines);
        List<LineContext> lines = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            lines.add(new LineContext(statementLines.get(i), keys.get(i), index, settings));
        }
        lines.sort(LINE_ORDER);

        Set<String> seen = new HashSet<>(recordedKeys);
        List<BankEntryKey> alreadyBooked = new ArrayList<>();
        List<ReportedCharge> charges = new ArrayList<>();
        List<ReversalProposal> reversals = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (LineContext line : lines) {
            if (line.key().isBookedIn(seen)) {
                alreadyBooked.add(line.key());
                continue;
            }
            seen.addAll(line.key().keysToRecord());
            reportCharges(line, charges);
            Findings findings = runRules(line);
            if (line.line().isReturnOrReversal()) {
                reversals.add(reversal(line, findings));
            } else {
                pending.add(
                        new Pending(line, findings, ProposalAssembler.candidates(line, findings)));
            }
        }
        Assignment assignment = assign(pending);
        LOG.debug(
                "Matched {} bank lines: {} proposals, {} reversals, {} unmatched, {} already"
                        + " booked",
                keys.size(),
                assignment.proposals().size(),
                reversals.size(),
                assignment.unmatched().size(),
                alreadyBooked.size());
        return new MatchResult(
                assignment.proposals(), reversals, assignment.unmatched(), charges, alreadyBooked);
    }

    private Findings runRules(LineContext line) {
        Findings findings = new Findings();
        for (MatchRule rule : settings.rules()) {
            rule.apply(line, findings);
        }
        return findings;
    }

    private static void reportCharges(LineContext line, List<ReportedCharge> charges) {
        if (!line.line().charges().isEmpty()) {
            charges.add(
                    new ReportedCharge(
                            line.key(), line.line().grossAmount().subtract(line.line().amount())));
        }
    }

    private static ReversalProposal reversal(LineContext line, Findings findings) {
        List<InvoiceId> items = new ArrayList<>();
        List<MatchReason> reasons = new ArrayList<>();
        for (OpenItemCandidate item : findings.referencedItems()) {
            items.add(item.invoiceId());
            reasons.addAll(findings.reasonsFor(item.invoiceId()));
        }
        return new ReversalProposal(
                line.key(), line.line(), line.amount(), line.line().endToEndId(), items, reasons);
    }

    /** A line with its findings and ranked candidates, waiting for the batch assignment. */
    private record Pending(LineContext line, Findings findings, List<Candidate> candidates) {}

    /** One candidate of one line, in the batch-wide order. */
    private record Choice(Pending pending, int rank) {

        Candidate candidate() {
            return pending.candidates().get(rank);
        }
    }

    private record Assignment(List<Proposal> proposals, List<UnmatchedLine> unmatched) {}

    private Assignment assign(List<Pending> pending) {
        List<Choice> choices = new ArrayList<>();
        for (Pending line : pending) {
            for (int rank = 0; rank < line.candidates().size(); rank++) {
                choices.add(new Choice(line, rank));
            }
        }
        choices.sort(
                Comparator.comparingInt((Choice choice) -> choice.candidate().score())
                        .reversed()
                        .thenComparing(choice -> choice.pending().line(), LINE_ORDER)
                        .thenComparingInt(Choice::rank));

        Map<InvoiceId, MinorAmount> remaining = new HashMap<>();
        Map<BankEntryKey, Proposal> accepted = new HashMap<>();
        for (Choice choice : choices) {
            LineContext line = choice.pending().line();
            if (accepted.containsKey(line.key())) {
                continue;
            }
            Optional<Proposal> proposal =
                    ProposalAssembler.propose(line, choice.candidate(), remaining, false);
            if (proposal.isPresent()) {
                accepted.put(line.key(), proposal.get());
                take(proposal.get(), remaining);
            }
        }

        List<Proposal> proposals = new ArrayList<>();
        List<UnmatchedLine> unmatched = new ArrayList<>();
        for (Pending line : pending) {
            Proposal proposal = accepted.get(line.line().key());
            if (proposal != null) {
                proposals.add(proposal);
            } else {
                unmatched.add(unmatched(line));
            }
        }
        return new Assignment(proposals, unmatched);
    }

    private static void take(Proposal proposal, Map<InvoiceId, MinorAmount> remaining) {
        for (ItemApplication application : proposal.applications()) {
            MinorAmount open = Amounts.toMinor(application.outstanding(), "outstanding");
            MinorAmount applied = Amounts.toMinor(application.applied(), "applied");
            remaining.put(application.invoiceId(), open.minus(applied));
        }
    }

    private UnmatchedLine unmatched(Pending line) {
        List<Proposal> suggestions = new ArrayList<>();
        for (Candidate candidate : line.candidates()) {
            if (suggestions.size() >= settings.maxSuggestions()) {
                break;
            }
            ProposalAssembler.propose(line.line(), candidate, Map.of(), true)
                    .ifPresent(suggestions::add);
        }
        return new UnmatchedLine(
                line.line().key(),
                line.line().line(),
                suggestions,
                line.findings().counterparties(),
                line.findings().notes());
    }
}
