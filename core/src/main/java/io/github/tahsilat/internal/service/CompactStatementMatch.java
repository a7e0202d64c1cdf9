package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.BatchCandidates;
import io.github.tahsilat.internal.persistence.KeptMatchIndex;
import io.github.tahsilat.internal.persistence.KeptMatchIndexes;
import io.github.tahsilat.internal.reconciliation.TextFolding;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BankLineMatcher;
import io.github.tahsilat.reconciliation.CompactBankLineMatcher;
import io.github.tahsilat.reconciliation.CompactBankLines;
import io.github.tahsilat.reconciliation.CompactMatchResult;
import io.github.tahsilat.reconciliation.CompactMatchStatus;
import io.github.tahsilat.reconciliation.CompactOpenItemIndex;
import io.github.tahsilat.reconciliation.CompactProposal;
import io.github.tahsilat.reconciliation.ItemApplication;
import io.github.tahsilat.reconciliation.MatchResult;
import io.github.tahsilat.reconciliation.MatchRules;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.Proposal;
import io.github.tahsilat.reconciliation.ProposalStatus;
import io.github.tahsilat.reconciliation.ReportedCharge;
import io.github.tahsilat.reconciliation.StructuredReference;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Matches the lines of one import with {@link CompactBankLineMatcher} over a compact index of the
 * batch's candidates, when that gives the same {@link MatchResult} as {@link BankLineMatcher} over
 * the object index of the same candidates.
 *
 * <p>That holds when the settings have the default rules and no tolerance, and every line in scope
 * is a payment that is not booked, names no counterparty of a candidate by IBAN, and quotes no
 * tax-id-shaped number while a candidate's counterparty has a tax id. It also needs every line to
 * be matched by the compact rules. A line that they leave undecided or unmatched would take its
 * items, suggestions and notes from the object rules, and its candidates could compete for the
 * items of the other lines, so {@link #match} then returns empty and the caller runs {@code
 * BankLineMatcher} on the whole batch.
 *
 * <p>{@link #match} checks what the lines and the candidates show before it builds the compact
 * index, so that a batch with such a line pays for neither the index nor the compact matcher. The
 * checks include a payer name of the length at which banks cut names that equals no candidate's
 * counterparty name, which the compact rules leave undecided.
 *
 * <p>{@link #matchKept} matches against the company's index kept from the store's feed instead,
 * which contains every candidate. {@code OpenItemCandidates} reads what the built-in rules would
 * find in an index of every open item, so the compact matcher decides alike over both. The kept
 * index has no IBANs or tax ids either, so the counterparties that the lines identify by them are
 * looked up in the counterparty store.
 *
 * <p>NOTE: a line that the compact rules leave undecided for its amount (no item fits while the
 * combination rule has items to combine) or unmatched is found only by the compact matcher, so such
 * a batch still builds the compact index and runs the compact matcher for nothing. In a JFR profile
 * of {@code ReconciliationBenchmark.engine}, these took about a fifth of a compact import.
 */
final class CompactStatementMatch {

    /** The maximum payer-name length that {@link CompactBankLines#add} accepts. */
    private static final int MAX_COMPACT_NAME_LENGTH = 1000;

    private final MatchSettings settings;

    CompactStatementMatch(MatchSettings settings) {
        this.settings = settings;
    }

    /**
     * Returns the match of the lines in scope, in the order of {@code BankLineMatcher}, or empty
     * when the compact matcher might decide a line otherwise than the object matcher.
     *
     * @param keys the keys of the lines in scope, as {@code BankEntryKey.forStatement} gave them
     * @param lines the lines in scope, in the order of {@code keys}
     * @param skipped the keys that the object matcher would receive as recorded
     */
    Optional<MatchResult> match(
            List<BankEntryKey> keys,
            List<BankLine> lines,
            Set<String> skipped,
            BatchCandidates candidates) {
        Optional<List<Integer>> order = matcherOrder(keys, lines, skipped);
        if (order.isEmpty()
                || !noCounterpartyEvidence(lines, candidates)
                || anyUnknownCutName(lines, candidates)) {
            return Optional.empty();
        }
        Optional<CompactOpenItemIndex> index = candidates.compactIndex();
        if (index.isEmpty()) {
            return Optional.empty();
        }
        CompactBankLines compactLines = compactLines(order.get(), lines);
        SlotItems items =
                new SlotItems(
                        candidates::invoiceIdOfSlot,
                        candidates::invoiceNumberOfSlot,
                        candidates::counterpartyIdOfSlot);
        return matchAll(order.get(), keys, lines, compactLines, index.get(), items);
    }

    /**
     * Returns the match of the lines in scope against the company's kept index, in the order of
     * {@code BankLineMatcher}, or empty when the compact matcher might decide a line otherwise than
     * the object matcher over the candidates that {@code OpenItemCandidates} would read, or when
     * the kept index is not usable.
     *
     * <p>A line names a counterparty by IBAN or tax id, which the compact rules do not compare,
     * when the counterparty store finds one by them that has an item in the kept index. A payer
     * name that the bank may have cut and that names no counterparty with an item is left to the
     * compact matcher, which leaves its line undecided.
     *
     * @param keys the keys of the lines in scope, as {@code BankEntryKey.forStatement} gave them
     * @param lines the lines in scope, in the order of {@code keys}
     * @param skipped the keys that the object matcher would receive as recorded
     * @param identified returns the counterparties that the lines' IBANs and tax ids identify, as
     *     {@link KeptMatchIndexes#identifiedCounterparties} finds them. It is called at most once,
     *     before the kept index is read.
     */
    Optional<MatchResult> matchKept(
            List<BankEntryKey> keys,
            List<BankLine> lines,
            Set<String> skipped,
            CompanyId companyId,
            KeptMatchIndexes kept,
            Supplier<Set<UUID>> identified) {
        Optional<List<Integer>> order = matcherOrder(keys, lines, skipped);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> identifiedCounterparties = identified.get();
        CompactBankLines compactLines = compactLines(order.get(), lines);
        return kept.whileUnchanged(
                companyId.value(),
                company -> {
                    if (company.isEmpty() || !company.get().isUsable()) {
                        return Optional.empty();
                    }
                    KeptMatchIndex index = company.get();
                    for (UUID counterparty : identifiedCounterparties) {
                        if (index.hasItems(counterparty)) {
                            return Optional.empty();
                        }
                    }
                    SlotItems items =
                            new SlotItems(
                                    index::invoiceIdOfSlot,
                                    index::invoiceNumberOfSlot,
                                    index::counterpartyIdOfSlot);
                    return matchAll(order.get(), keys, lines, compactLines, index.index(), items);
                });
    }

    /**
     * Returns the positions of the lines in the order of {@code BankLineMatcher}, or empty when the
     * settings or a line rule out the compact matcher.
     */
    private Optional<List<Integer>> matcherOrder(
            List<BankEntryKey> keys, List<BankLine> lines, Set<String> skipped) {
        if (lines.isEmpty() || !supportsSettings()) {
            return Optional.empty();
        }
        // The keys are read once into arrays, so that the n log n comparisons of the sort read
        // no record or Optional.
        int count = keys.size();
        String[] primaryKeys = new String[count];
        String[] contentKeys = new String[count];
        Integer[] positions = new Integer[count];
        for (int i = 0; i < count; i++) {
            primaryKeys[i] = keys.get(i).primary();
            contentKeys[i] = keys.get(i).contentKey();
            positions[i] = i;
        }
        Arrays.sort(positions, (a, b) -> compareKeys(primaryKeys, contentKeys, a, b));
        List<Integer> order = Arrays.asList(positions);
        if (!allPaymentsNotBooked(order, keys, lines, skipped) || !fitCompactColumns(lines)) {
            return Optional.empty();
        }
        return Optional.of(order);
    }

    /**
     * Compares two lines by primary key, then by content key, as {@code BankLineMatcher} orders.
     */
    private static int compareKeys(
            String[] primaryKeys, String[] contentKeys, int first, int second) {
        int byPrimary = primaryKeys[first].compareTo(primaryKeys[second]);
        if (byPrimary != 0) {
            return byPrimary;
        }
        return contentKeys[first].compareTo(contentKeys[second]);
    }

    private static CompactBankLines compactLines(List<Integer> order, List<BankLine> lines) {
        CompactBankLines compactLines = new CompactBankLines(order.size());
        for (int i : order) {
            BankLine line = lines.get(i);
            MinorAmount gross = MinorAmount.of(line.grossAmount(), RoundingMode.UNNECESSARY);
            compactLines.add(
                    gross.units(),
                    gross.currency(),
                    line.remittanceText(),
                    line.counterpartyName().orElse(null),
                    line.structuredReference().map(StructuredReference::value).orElse(null));
        }
        return compactLines;
    }

    /** Matches the lines against {@code index}, or returns empty when a line is not matched. */
    private Optional<MatchResult> matchAll(
            List<Integer> order,
            List<BankEntryKey> keys,
            List<BankLine> lines,
            CompactBankLines compactLines,
            CompactOpenItemIndex index,
            SlotItems items) {
        CompactMatchResult result =
                new CompactBankLineMatcher(index, settings.autoApplyThreshold())
                        .match(compactLines);
        if (result.count(CompactMatchStatus.MATCHED) != result.size()) {
            return Optional.empty();
        }
        return Optional.of(toMatchResult(order, keys, lines, compactLines, index, result, items));
    }

    /** The invoice id, invoice number and counterparty of the item in each slot of an index. */
    private record SlotItems(
            IntFunction<InvoiceId> invoiceId,
            IntFunction<String> invoiceNumber,
            IntFunction<CounterpartyId> counterpartyId) {}

    private boolean supportsSettings() {
        if (!MatchRules.areDefaults(settings.rules())) {
            return false;
        }
        for (MonetaryAmount tolerance : settings.tolerances()) {
            if (!tolerance.isZero()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether every line is a payment that the object matcher would not skip as booked:
     * none of its keys is in {@code skipped} or recorded by a line before it in the matcher's
     * order. A line that books only charges is no payment, and {@link CompactBankLines#add} rejects
     * its gross amount of zero.
     *
     * <p>By the rule of {@link BankEntryKey#isBookedIn}, an earlier line books a line when both
     * have the same reference key, or when one has the other's content key. The content keys that
     * {@link BankEntryKey#forStatement} gives one statement are all different, so only an equal
     * reference key can book a line, and the order by primary key puts such lines next to each
     * other. Comparing each line's primary key with the one before it is therefore enough.
     *
     * @param order the positions of the lines, sorted by primary key and then content key
     * @param keys the keys of the lines, as {@link BankEntryKey#forStatement} gave them, so that no
     *     two have the same content key
     */
    static boolean allPaymentsNotBooked(
            List<Integer> order,
            List<BankEntryKey> keys,
            List<BankLine> lines,
            Set<String> skipped) {
        String previousPrimary = null;
        for (int i : order) {
            BankEntryKey key = keys.get(i);
            BankLine line = lines.get(i);
            if (line.isReturnOrReversal() || line.isChargesOnly() || key.isBookedIn(skipped)) {
                return false;
            }
            String primary = key.primary();
            if (primary.equals(previousPrimary)) {
                return false;
            }
            previousPrimary = primary;
        }
        return true;
    }

    /**
     * Returns whether no line can gain counterparty points that the compact rules do not give: by
     * an IBAN of a candidate's counterparty, or by a tax id in its text.
     */
    private static boolean noCounterpartyEvidence(
            List<BankLine> lines, BatchCandidates candidates) {
        Set<String> ibans = candidates.counterpartyIbans();
        boolean taxIds = candidates.anyCounterpartyHasTaxId();
        for (BankLine line : lines) {
            if (line.counterpartyIban().isPresent()
                    && ibans.contains(line.counterpartyIban().get().value())) {
                return false;
            }
            if (taxIds && hasTaxIdShapedToken(line.remittanceText())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether {@link CompactBankLines#add} accepts every line. It rejects a payer name over
     * {@value #MAX_COMPACT_NAME_LENGTH} characters, which a {@link BankLine} allows.
     */
    private static boolean fitCompactColumns(List<BankLine> lines) {
        for (BankLine line : lines) {
            if (line.counterpartyName().isPresent()
                    && line.counterpartyName().get().length() > MAX_COMPACT_NAME_LENGTH) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether a line's payer name may have been cut by the bank and, folded, equals the
     * name of no candidate's counterparty. The compact rules leave such a line undecided, because
     * the object rules also search the names that start with it.
     */
    static boolean anyUnknownCutName(List<BankLine> lines, BatchCandidates candidates) {
        Set<String> names = null;
        for (BankLine line : lines) {
            if (line.counterpartyName().isEmpty()
                    || !MatchRules.mayBeCutName(line.counterpartyName().get())) {
                continue;
            }
            if (names == null) {
                names = candidates.counterpartyNameKeys();
            }
            if (!names.contains(TextFolding.foldName(line.counterpartyName().get()))) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether a folded token of the text has 10 or 11 digits, as a tax id has. */
    private static boolean hasTaxIdShapedToken(String text) {
        for (String token : TextFolding.tokens(text)) {
            if ((token.length() == 10 || token.length() == 11)
                    && token.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return true;
            }
        }
        return false;
    }

    private static MatchResult toMatchResult(
            List<Integer> order,
            List<BankEntryKey> keys,
            List<BankLine> lines,
            CompactBankLines compactLines,
            CompactOpenItemIndex index,
            CompactMatchResult result,
            SlotItems candidates) {
        boolean[] onlyTaker = onlyTakers(result, index.itemCapacity());
        List<Proposal> proposals = new ArrayList<>(order.size());
        List<ReportedCharge> charges = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            BankEntryKey key = keys.get(i);
            BankLine line = lines.get(i);
            if (!line.charges().isEmpty()) {
                charges.add(new ReportedCharge(key, line.grossAmount().subtract(line.amount())));
            }
            proposals.add(
                    onlyTaker[position]
                            ? onlyTaker(
                                    key, line, compactLines, index, result, position, candidates)
                            : fromCompact(key, line, result, position, candidates));
        }
        return new MatchResult(proposals, List.of(), List.of(), charges, List.of());
    }

    /**
     * Returns, per line of the result, whether no other line took the line's item. A count per slot
     * serves a batch index, whose slots are about as many as the lines. A kept index may have
     * millions of slots, so then the lines' items are sorted instead.
     */
    private static boolean[] onlyTakers(CompactMatchResult result, int itemCapacity) {
        int lines = result.size();
        boolean[] only = new boolean[lines];
        if (itemCapacity <= 8L * lines + 64) {
            int[] linesOfSlot = new int[itemCapacity];
            for (int position = 0; position < lines; position++) {
                linesOfSlot[result.item(position)]++;
            }
            for (int position = 0; position < lines; position++) {
                only[position] = linesOfSlot[result.item(position)] == 1;
            }
            return only;
        }
        int[] slots = new int[lines];
        for (int position = 0; position < lines; position++) {
            slots[position] = result.item(position);
        }
        Arrays.sort(slots);
        for (int position = 0; position < lines; position++) {
            int at = Arrays.binarySearch(slots, result.item(position));
            boolean repeatedBefore = at > 0 && slots[at - 1] == slots[at];
            boolean repeatedAfter = at + 1 < lines && slots[at + 1] == slots[at];
            only[position] = !repeatedBefore && !repeatedAfter;
        }
        return only;
    }

    /**
     * Builds the proposal of a line whose item no other line of the batch took, so the line's
     * amount was matched against the item's whole outstanding amount. It builds the amounts from
     * minor units and reuses the line's and the item's, as {@code BankLineMatcher} does.
     */
    private static Proposal onlyTaker(
            BankEntryKey key,
            BankLine line,
            CompactBankLines compactLines,
            CompactOpenItemIndex index,
            CompactMatchResult result,
            int position,
            SlotItems candidates) {
        int slot = result.item(position);
        CurrencyUnit currency = compactLines.currency(position);
        long gross = compactLines.amountUnits(position);
        long available = index.outstandingUnits(slot);
        long applied = result.appliedUnits(position);
        MonetaryAmount outstanding = new MinorAmount(available, currency).toMonetaryAmount();
        MonetaryAmount appliedAmount;
        if (applied == available) {
            appliedAmount = outstanding;
        } else if (applied == gross) {
            appliedAmount = line.grossAmount();
        } else {
            appliedAmount = new MinorAmount(applied, currency).toMonetaryAmount();
        }
        return proposal(
                key,
                line,
                application(slot, outstanding, appliedAmount, candidates),
                new MinorAmount(gross - available, currency).toMonetaryAmount(),
                new MinorAmount(gross - applied, currency).toMonetaryAmount(),
                result,
                position);
    }

    /** Builds the proposal of a line from the compact result's own proposal. */
    private static Proposal fromCompact(
            BankEntryKey key,
            BankLine line,
            CompactMatchResult result,
            int position,
            SlotItems candidates) {
        CompactProposal compact = result.proposal(position).orElseThrow();
        return proposal(
                key,
                line,
                application(compact.item(), compact.outstanding(), compact.applied(), candidates),
                compact.difference(),
                compact.unapplied(),
                result,
                position);
    }

    private static ItemApplication application(
            int slot, MonetaryAmount outstanding, MonetaryAmount applied, SlotItems candidates) {
        return new ItemApplication(
                candidates.invoiceId().apply(slot),
                candidates.invoiceNumber().apply(slot),
                candidates.counterpartyId().apply(slot),
                outstanding,
                applied);
    }

    /** Builds a proposal with the tolerance of zero that the compact path requires. */
    private static Proposal proposal(
            BankEntryKey key,
            BankLine line,
            ItemApplication application,
            MonetaryAmount difference,
            MonetaryAmount unapplied,
            CompactMatchResult result,
            int position) {
        return new Proposal(
                key,
                line,
                line.grossAmount(),
                List.of(application),
                difference,
                difference.isZero(),
                unapplied,
                result.score(position),
                result.isAuto(position) ? ProposalStatus.AUTO : ProposalStatus.SUGGESTION,
                result.explanation(position));
    }
}
