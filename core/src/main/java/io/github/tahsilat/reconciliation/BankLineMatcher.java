package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
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
 * ReversalProposal}, unless it books only the bank's charges ({@link BankLine#isChargesOnly()}):
 * such a line goes to the unmatched queue with a note and without suggestions. Lines already booked
 * by their {@link BankEntryKey} are skipped. The bank's charges are reported apart.
 *
 * <p>The matcher reads the index but never changes it: after booking, the booking side updates it.
 * Not thread-safe, because the index is not.
 */
public final class BankLineMatcher {

    private static final Logger LOG = LoggerFactory.getLogger(BankLineMatcher.class);

    private static final Comparator<LineContext> LINE_ORDER =
            Comparator.comparing(LineContext::key, BankEntryKey.MATCH_ORDER);

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
        return match(statementLines, BankEntryKey.forStatement(statementLines), recordedKeys);
    }

    /**
     * Matches one statement's lines whose keys the caller has already computed with {@link
     * BankEntryKey#forStatement}, so that a caller that needs the keys itself hashes each line
     * once. Otherwise the same as {@link #match(List, Set)}.
     *
     * @param keys {@code BankEntryKey.forStatement(statementLines)}, in the same order
     * @throws InvalidInputException if an argument or a line is {@code null}, or {@code keys} has
     *     another size than {@code statementLines}
     */
    public MatchResult match(
            List<BankLine> statementLines, List<BankEntryKey> keys, Set<String> recordedKeys) {
        return match(statementLines, keys, recordedKeys, Map.of()).orElseThrow();
    }

    /**
     * Matches the rest of a statement's lines after another matcher with the same rules and index
     * accepted {@code decided} for the other lines, and returns what {@link #match(List, List,
     * Set)} over all lines of the statement would return for the rest, or empty when that is not
     * certain.
     *
     * <p>The lines compete with the decided lines only through the items that the decided lines
     * took, so this batch starts from what the decided proposals left of those items. One batch of
     * all lines gives the same when every line of this batch reaches such an item only after the
     * last decided proposal that took from it. A candidate comes after a proposal when its score is
     * lower, or equal with a later line key. When a line that has no proposal yet reaches such an
     * item earlier, this method returns empty.
     *
     * <p>It serves an engine that decides most lines with {@link CompactBankLineMatcher}. The
     * caller must make sure that the decided proposals are what this matcher would give the other
     * lines if they were matched without the rest, that each candidate of those lines named one
     * item, and that no line of the statement books another (see {@link BankEntryKey#isBookedIn}).
     * The result's lists contain only the rest of the lines.
     *
     * @param statementLines the lines left to this matcher
     * @param keys the keys of {@code statementLines} in the statement, in the same order
     * @param recordedKeys every key recorded by {@link BankEntryKey#keysToRecord()} so far
     * @param decided the proposals accepted for the other lines of the statement
     * @throws InvalidInputException if an argument or an element is {@code null}, {@code keys} has
     *     another size than {@code statementLines}, or a decided proposal has the key of a line of
     *     {@code statementLines}
     */
    public Optional<MatchResult> matchRest(
            List<BankLine> statementLines,
            List<BankEntryKey> keys,
            Set<String> recordedKeys,
            List<Proposal> decided) {
        InputChecks.present(keys, "keys", "the keys of the statement's lines");
        InputChecks.present(decided, "decided", "the proposals of the other lines, possibly empty");
        Set<BankEntryKey> restKeys = new HashSet<>(keys);
        Map<InvoiceId, Take> decidedTakes = new HashMap<>();
        for (Proposal proposal : decided) {
            InputChecks.present(proposal, "decided", "no null element");
            if (restKeys.contains(proposal.key())) {
                throw new InvalidInputException(
                        "decided",
                        "a proposal for line " + proposal.key().primary(),
                        "proposals only for lines that are not in statementLines");
            }
            for (ItemApplication application : proposal.applications()) {
                MinorAmount left =
                        Amounts.toMinor(application.outstanding(), "outstanding")
                                .minus(Amounts.toMinor(application.applied(), "applied"));
                Take take = new Take(proposal.score(), proposal.key(), left);
                decidedTakes.merge(
                        application.invoiceId(),
                        take,
                        (earlier, later) -> Take.comesAfter(later, earlier) ? later : earlier);
            }
        }
        return match(statementLines, keys, recordedKeys, decidedTakes);
    }

    /**
     * Matches the lines as {@link #match(List, List, Set)} does, starting from the items in {@code
     * decidedTakes}, or returns empty when a line might reach one of them before its last take.
     */
    private Optional<MatchResult> match(
            List<BankLine> statementLines,
            List<BankEntryKey> keys,
            Set<String> recordedKeys,
            Map<InvoiceId, Take> decidedTakes) {
        InputChecks.present(statementLines, "statementLines", "a list of bank lines");
        InputChecks.present(keys, "keys", "the keys of the statement's lines");
        InputChecks.present(recordedKeys, "recordedKeys", "a set of keys, possibly empty");
        if (keys.size() != statementLines.size()) {
            throw new InvalidInputException(
                    "keys",
                    keys.size() + " keys",
                    "one key per line: " + statementLines.size() + " keys");
        }
        List<LineContext> lines = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            BankLine line =
                    InputChecks.present(statementLines.get(i), "statementLines", "no null element");
            BankEntryKey key = InputChecks.present(keys.get(i), "keys", "no null element");
            lines.add(new LineContext(line, key, index, settings));
        }
        lines.sort(LINE_ORDER);

        // The keys of lines before this one in the statement. A line is booked when its key is
        // booked in recordedKeys or here, which is the same as booked in the union of both, so
        // the caller's keys are not copied.
        Set<String> seen = new HashSet<>(Math.max(16, lines.size() * 4));
        List<BankEntryKey> alreadyBooked = new ArrayList<>();
        List<ReportedCharge> charges = new ArrayList<>();
        List<ReversalProposal> reversals = new ArrayList<>();
        List<Pending> pending = new ArrayList<>(lines.size());
        for (LineContext line : lines) {
            if (line.key().isBookedIn(recordedKeys) || line.key().isBookedIn(seen)) {
                alreadyBooked.add(line.key());
                continue;
            }
            seen.addAll(line.key().keysToRecord());
            reportCharges(line, charges);
            if (line.line().isChargesOnly()) {
                // No payment to find, so no rule runs and the line stays unmatched.
                pending.add(new Pending(line, List.of(), List.of(), List.of(chargesOnly(line))));
                continue;
            }
            Findings findings = runRules(line);
            if (line.line().isReturnOrReversal()) {
                reversals.add(reversal(line, findings));
            } else {
                pending.add(
                        new Pending(
                                line,
                                ProposalAssembler.candidates(line, findings),
                                findings.counterparties(),
                                findings.notes()));
            }
        }
        Optional<Assignment> assigned = assign(pending, decidedTakes);
        if (assigned.isEmpty()) {
            return Optional.empty();
        }
        Assignment assignment = assigned.get();
        LOG.debug(
                "Matched {} bank lines: {} proposals, {} reversals, {} unmatched, {} already"
                        + " booked",
                keys.size(),
                assignment.proposals().size(),
                reversals.size(),
                assignment.unmatched().size(),
                alreadyBooked.size());
        return Optional.of(
                new MatchResult(
                        assignment.proposals(),
                        reversals,
                        assignment.unmatched(),
                        charges,
                        alreadyBooked));
    }

    private Findings runRules(LineContext line) {
        Findings findings = new Findings();
        for (MatchRule rule : settings.rules()) {
            rule.apply(line, findings);
        }
        line.releaseText();
        return findings;
    }

    private static void reportCharges(LineContext line, List<ReportedCharge> charges) {
        if (!line.line().charges().isEmpty()) {
            charges.add(
                    new ReportedCharge(
                            line.key(), line.line().grossAmount().subtract(line.line().amount())));
        }
    }

    private static MatchReason chargesOnly(LineContext line) {
        MinorAmount charges = Amounts.toMinor(line.line().amount(), "amount").negate();
        return new MatchReason(
                "charges",
                "the line books only the bank's charges of "
                        + charges
                        + "; no payment to apply or reverse, and the charges are reported apart",
                0,
                MatchReason.Kind.NOTE);
    }

    private static ReversalProposal reversal(LineContext line, Findings findings) {
        List<InvoiceId> items = new ArrayList<>();
        List<MatchReason> reasons = new ArrayList<>();
        for (OpenItemCandidate item : findings.referencedItems()) {
            items.add(item.invoiceId());
            reasons.addAll(findings.itemReasons(item));
        }
        return new ReversalProposal(
                line.key(), line.line(), line.amount(), line.line().endToEndId(), items, reasons);
    }

    /**
     * A line with its ranked candidates, waiting for the batch assignment, and the proposal the
     * assignment accepted for it so far. It keeps the counterparties and notes that an unmatched
     * line reports instead of all findings, because every pending line stays in memory until the
     * whole batch is assigned.
     */
    private static final class Pending {
        final LineContext line;
        final List<Candidate> candidates;
        final List<CounterpartyId> counterparties;
        final List<MatchReason> notes;
        Proposal accepted;

        Pending(
                LineContext line,
                List<Candidate> candidates,
                List<CounterpartyId> counterparties,
                List<MatchReason> notes) {
            this.line = line;
            this.candidates = candidates;
            this.counterparties = counterparties;
            this.notes = notes;
        }

        LineContext line() {
            return line;
        }

        List<Candidate> candidates() {
            return candidates;
        }
    }

    /**
     * One candidate of one line, with the candidate's score and the line's position in {@link
     * #LINE_ORDER}, so that sorting compares numbers instead of keys.
     */
    private record Choice(Pending pending, int rank, int score, int lineOrder) {

        static final Comparator<Choice> ORDER =
                (left, right) -> {
                    int order = Integer.compare(right.score, left.score);
                    if (order != 0) {
                        return order;
                    }
                    order = Integer.compare(left.lineOrder, right.lineOrder);
                    return order != 0 ? order : Integer.compare(left.rank, right.rank);
                };

        Candidate candidate() {
            return pending.candidates().get(rank);
        }
    }

    private record Assignment(List<Proposal> proposals, List<UnmatchedLine> unmatched) {}

    /**
     * The last proposal of the decided lines, in the order of the batch assignment, that took from
     * an item, with its score and line key, and what it left of the item.
     */
    private record Take(int score, BankEntryKey key, MinorAmount left) {

        /** Returns whether {@code later} comes after {@code earlier} in the batch assignment. */
        static boolean comesAfter(Take later, Take earlier) {
            return comesAfter(later.score, later.key, earlier);
        }

        /**
         * Returns whether a candidate of line {@code key} with {@code score} comes after {@code
         * take} in the batch assignment. Two lines never share a key, so equal keys mean no order.
         */
        static boolean comesAfter(int score, BankEntryKey key, Take take) {
            if (score != take.score) {
                return score < take.score;
            }
            return BankEntryKey.MATCH_ORDER.compare(key, take.key) > 0;
        }
    }

    /**
     * Assigns items to lines for the whole batch: highest score first, then by line order and rank.
     * {@code pending} is in {@link #LINE_ORDER}, so its indexes give the line order. The items in
     * {@code decidedTakes} start from what their last take left. It returns empty when a line that
     * has no proposal yet reaches such an item before its last take, because that line might then
     * have taken the item first.
     */
    private Optional<Assignment> assign(List<Pending> pending, Map<InvoiceId, Take> decidedTakes) {
        List<Choice> choices = new ArrayList<>(pending.size());
        for (int order = 0; order < pending.size(); order++) {
            Pending line = pending.get(order);
            for (int rank = 0; rank < line.candidates().size(); rank++) {
                choices.add(new Choice(line, rank, line.candidates().get(rank).score(), order));
            }
        }
        choices.sort(Choice.ORDER);

        Map<InvoiceId, MinorAmount> remaining = new HashMap<>();
        decidedTakes.forEach((item, take) -> remaining.put(item, take.left()));
        for (Choice choice : choices) {
            Pending line = choice.pending();
            if (line.accepted != null) {
                continue;
            }
            if (!decidedTakes.isEmpty() && reachesBeforeTake(choice, decidedTakes)) {
                return Optional.empty();
            }
            Optional<Proposal> proposal =
                    ProposalAssembler.proposeAndTake(line.line(), choice.candidate(), remaining);
            if (proposal.isPresent()) {
                line.accepted = proposal.get();
            }
        }

        List<Proposal> proposals = new ArrayList<>();
        List<UnmatchedLine> unmatched = new ArrayList<>();
        for (Pending line : pending) {
            Proposal proposal = line.accepted;
            if (proposal != null) {
                proposals.add(proposal);
            } else {
                unmatched.add(unmatched(line));
            }
        }
        return Optional.of(new Assignment(proposals, unmatched));
    }

    private static boolean reachesBeforeTake(Choice choice, Map<InvoiceId, Take> decidedTakes) {
        BankEntryKey key = choice.pending().line().key();
        for (OpenItemCandidate item : choice.candidate().items()) {
            Take take = decidedTakes.get(item.invoiceId());
            if (take != null && !Take.comesAfter(choice.score(), key, take)) {
                return true;
            }
        }
        return false;
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
                line.counterparties,
                line.notes);
    }
}
