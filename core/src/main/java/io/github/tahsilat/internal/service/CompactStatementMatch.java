package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.BatchCandidates;
import io.github.tahsilat.internal.persistence.CounterpartyIdentifiers;
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
import io.github.tahsilat.reconciliation.MatchReason;
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
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Matches the lines of one import with {@link CompactBankLineMatcher} over a compact index of the
 * batch's candidates, and the lines that it does not decide with {@link BankLineMatcher}, when that
 * gives the same {@link MatchResult} as {@code BankLineMatcher} over the object index of the same
 * candidates for the whole batch.
 *
 * <p>The compact matcher takes part when the settings have the default rules and no tolerance, and
 * every line in scope is a payment that is not booked. A line then goes to the object rules when it
 * names a counterparty of a candidate by IBAN, or quotes a tax-id-shaped number while a candidate's
 * counterparty has a tax id, because the compact rules compare neither. So does a payer name of the
 * length at which banks cut names that equals no candidate's counterparty name, which the compact
 * rules would leave undecided, and every line that the compact matcher leaves undecided or
 * unmatched. These checks read only the lines and the candidates, so a batch whose every line goes
 * to the object rules pays for neither the compact index nor the compact matcher.
 *
 * <p>The two sides give the result of one batch because of how {@code BankLineMatcher} assigns
 * items: in one pass over all candidates of all lines, highest score first, then by line key, each
 * line taking its first candidate whose items still have an amount open. Lines affect each other
 * only through the amounts left of items. An undecided line has no compact candidates and an
 * unmatched one took nothing, so the compact matcher gives its matched lines what {@code
 * BankLineMatcher} gives them alone. Each candidate of a matched line names one item. So every
 * candidate that the pass reaches while its line has no item yet is taken, or names an item that
 * matched lines used up: the matched lines read only items that they took. {@link
 * BankLineMatcher#matchRest} runs the pass for the other lines from what the matched lines left of
 * those items, and returns empty when one of them reaches such an item before the last matched line
 * that took from it. Otherwise no side reads an amount that the other side changes before that read
 * in the pass of one batch, so both sides get what that pass gives them. Suggestions of unmatched
 * lines ignore the amounts left, and notes come from each line's own rules.
 *
 * <p>{@link #matchKept} matches against the company's index kept from the store's feed instead,
 * which contains every candidate. {@code OpenItemCandidates} reads what the built-in rules would
 * find in an index of every open item, so the compact matcher decides alike over both. For the same
 * reason, the lines left to the object rules are matched over candidates read for those lines only.
 * The kept index also contains the counterparties' IBANs and tax ids, so the check for lines that
 * identify a counterparty by them reads no counterparty store and reads the same state of the store
 * as the match.
 *
 * <p>NOTE: returns, reversals, lines that book only charges and lines booked before still send the
 * whole batch to {@code BankLineMatcher}, and so does, against the kept index, a line that
 * identifies a counterparty with open items by IBAN or tax id. When a line left to the object rules
 * reaches an item first that a compact line took, the compact matcher and the rules for that line
 * ran for nothing before the batch goes to {@code BankLineMatcher} whole.
 */
final class CompactStatementMatch {

    /** The maximum payer-name length that {@link CompactBankLines#add} accepts. */
    private static final int MAX_COMPACT_NAME_LENGTH = 1000;

    private final MatchSettings settings;

    CompactStatementMatch(MatchSettings settings) {
        this.settings = settings;
    }

    /**
     * Returns the match of the lines in scope, in the order of {@code BankLineMatcher}, when the
     * compact matcher decides every line as the object matcher would, else empty.
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
        return match(keys, lines, skipped, candidates, RestMatcher.NONE);
    }

    /**
     * Returns the match of the lines in scope, in the order of {@code BankLineMatcher}, or empty
     * when neither the compact matcher alone nor the compact matcher with {@code rest} for the
     * lines that it leaves gives what the object matcher would.
     *
     * <p>A line goes to {@code rest} without the compact matcher when it names a candidate's
     * counterparty by IBAN, quotes a tax-id-shaped number while a candidate's counterparty has a
     * tax id, or carries a payer name that the bank may have cut and that names no candidate's
     * counterparty.
     *
     * @param keys the keys of the lines in scope, as {@code BankEntryKey.forStatement} gave them
     * @param lines the lines in scope, in the order of {@code keys}
     * @param skipped the keys that the object matcher would receive as recorded
     * @param rest matches the lines that the compact matcher does not decide
     */
    Optional<MatchResult> match(
            List<BankEntryKey> keys,
            List<BankLine> lines,
            Set<String> skipped,
            BatchCandidates candidates,
            RestMatcher rest) {
        Optional<LinesInOrder> order = matcherOrder(keys, lines, skipped);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        boolean[] toObjectRules = linesForObjectRules(lines, candidates);
        int forObjectRules = count(toObjectRules);
        if (forObjectRules == lines.size() || (forObjectRules > 0 && rest == RestMatcher.NONE)) {
            return Optional.empty();
        }
        Optional<CompactOpenItemIndex> index = candidates.compactIndex();
        if (index.isEmpty()) {
            return Optional.empty();
        }
        LinesInOrder compact = order.get().without(toObjectRules, forObjectRules);
        SlotItems items = batchItems(candidates);
        return matchAll(
                new CompactBatch(order.get(), compact, compactLines(compact.lines())),
                index.get(),
                items,
                rest);
    }

    /**
     * Returns the match of the lines in scope against the company's kept index, in the order of
     * {@code BankLineMatcher}, or empty when the compact matcher might decide a line otherwise than
     * the object matcher over the candidates that {@code OpenItemCandidates} would read, or when
     * the kept index is not usable.
     *
     * <p>A line names a counterparty by IBAN or tax id, which the compact rules do not compare,
     * when the kept index has the IBAN or tax id of a counterparty with an item in it. The check
     * runs in the same {@code whileUnchanged} as the match, so a counterparty write cannot fall
     * between them. A payer name that the bank may have cut and that names no counterparty with an
     * item is left to the compact matcher, which leaves its line undecided.
     *
     * @param keys the keys of the lines in scope, as {@code BankEntryKey.forStatement} gave them
     * @param lines the lines in scope, in the order of {@code keys}
     * @param skipped the keys that the object matcher would receive as recorded
     */
    Optional<MatchResult> matchKept(
            List<BankEntryKey> keys,
            List<BankLine> lines,
            Set<String> skipped,
            CompanyId companyId,
            KeptMatchIndexes kept) {
        return matchKept(keys, lines, skipped, companyId, kept, RestMatcher.NONE);
    }

    /**
     * Returns the match of the lines in scope against the company's kept index as {@link
     * #matchKept(List, List, Set, CompanyId, KeptMatchIndexes)} does, with {@code rest} for the
     * lines that the compact matcher leaves undecided or unmatched. {@code rest} runs while the
     * store is unchanged, so that it reads the store as of the moment the kept index shows.
     */
    Optional<MatchResult> matchKept(
            List<BankEntryKey> keys,
            List<BankLine> lines,
            Set<String> skipped,
            CompanyId companyId,
            KeptMatchIndexes kept,
            RestMatcher rest) {
        Optional<LinesInOrder> order = matcherOrder(keys, lines, skipped);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        CounterpartyIdentifiers identifiers = CounterpartyIdentifiers.of(lines);
        CompactBankLines compactLines = compactLines(order.get().lines());
        return kept.whileUnchanged(
                companyId.value(),
                company -> {
                    if (company.isEmpty() || !company.get().isUsable()) {
                        return Optional.empty();
                    }
                    KeptMatchIndex index = company.get();
                    if (index.identifiesCounterpartyWithItems(identifiers)) {
                        return Optional.empty();
                    }
                    return matchAll(
                            new CompactBatch(order.get(), order.get(), compactLines),
                            index.index(),
                            keptItems(index),
                            rest);
                });
    }

    /**
     * Returns the lines in the order of {@code BankLineMatcher}, or empty when the settings or a
     * line rule out the compact matcher.
     */
    private Optional<LinesInOrder> matcherOrder(
            List<BankEntryKey> keys, List<BankLine> lines, Set<String> skipped) {
        if (lines.isEmpty() || !supportsSettings()) {
            return Optional.empty();
        }
        LinesInOrder order = LinesInOrder.of(MatchOrder.of(keys), keys, lines);
        if (!allPaymentsNotBooked(order.keys(), order.lines(), skipped)
                || !fitCompactColumns(lines)) {
            return Optional.empty();
        }
        return Optional.of(order);
    }

    private static CompactBankLines compactLines(BankLine[] linesInOrder) {
        CompactBankLines compactLines = new CompactBankLines(linesInOrder.length);
        for (BankLine line : linesInOrder) {
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

    /**
     * The positions of lines in the order of {@code BankLineMatcher}, with their keys and lines
     * copied into arrays in that order. The passes after the sort read the arrays from start to
     * end, where reading the import's lists at the sorted positions reads them out of order.
     */
    private record LinesInOrder(int[] positions, BankEntryKey[] keys, BankLine[] lines) {

        /** Copies the keys and lines at {@code positions} out of {@code keys} and {@code lines}. */
        static LinesInOrder of(int[] positions, List<BankEntryKey> keys, List<BankLine> lines) {
            BankEntryKey[] keysInOrder = new BankEntryKey[positions.length];
            BankLine[] linesInOrder = new BankLine[positions.length];
            for (int k = 0; k < positions.length; k++) {
                keysInOrder[k] = keys.get(positions[k]);
                linesInOrder[k] = lines.get(positions[k]);
            }
            return new LinesInOrder(positions, keysInOrder, linesInOrder);
        }

        /**
         * Returns these lines in the same order without those whose position is flagged in {@code
         * dropped}, of which there are {@code droppedCount}.
         */
        LinesInOrder without(boolean[] dropped, int droppedCount) {
            int count = positions.length - droppedCount;
            int[] keptPositions = new int[count];
            BankEntryKey[] keptKeys = new BankEntryKey[count];
            BankLine[] keptLines = new BankLine[count];
            int kept = 0;
            for (int k = 0; k < positions.length; k++) {
                if (!dropped[positions[k]]) {
                    keptPositions[kept] = positions[k];
                    keptKeys[kept] = keys[k];
                    keptLines[kept] = lines[k];
                    kept++;
                }
            }
            return new LinesInOrder(keptPositions, keptKeys, keptLines);
        }
    }

    /**
     * The lines of one match: all in the order of {@code BankLineMatcher}, and those that go to the
     * compact matcher, in {@code compactLines} by index in {@code compact}.
     */
    private record CompactBatch(
            LinesInOrder all, LinesInOrder compact, CompactBankLines compactLines) {}

    /**
     * Matches the compact lines against {@code index}, and the other lines with {@code rest}, or
     * returns empty when {@code rest} does.
     *
     * <p>The compact matcher decides its matched lines as {@code BankLineMatcher} would over those
     * lines alone: an undecided line has no candidates, and an unmatched one took no item, so
     * neither changed what the matched lines got. {@code rest} receives their proposals and returns
     * empty unless each line left to it reaches the items that they took only after them, which
     * makes the merged result the one that a batch of all lines gives.
     */
    private Optional<MatchResult> matchAll(
            CompactBatch batch, CompactOpenItemIndex index, SlotItems items, RestMatcher rest) {
        CompactMatchResult result =
                new CompactBankLineMatcher(index, settings.autoApplyThreshold())
                        .match(batch.compactLines());
        int matched = result.count(CompactMatchStatus.MATCHED);
        boolean allCompact = batch.compact().positions().length == batch.all().positions().length;
        if (matched == result.size() && allCompact) {
            return Optional.of(toMatchResult(batch, index, result, items));
        }
        if (matched == 0 || rest == RestMatcher.NONE) {
            return Optional.empty();
        }
        LinesInOrder all = batch.all();
        boolean[] decided = new boolean[all.positions().length];
        for (int position = 0; position < result.size(); position++) {
            if (result.status(position) == CompactMatchStatus.MATCHED) {
                decided[batch.compact().positions()[position]] = true;
            }
        }
        List<BankEntryKey> restKeys = new ArrayList<>(all.positions().length - matched);
        List<BankLine> restLines = new ArrayList<>(all.positions().length - matched);
        for (int k = 0; k < all.positions().length; k++) {
            if (!decided[all.positions()[k]]) {
                restKeys.add(all.keys()[k]);
                restLines.add(all.lines()[k]);
            }
        }
        MatchResult compact = toMatchResult(batch, index, result, items);
        return rest.matchRest(restKeys, restLines, compact.proposals())
                .map(restResult -> merge(compact, restResult));
    }

    /**
     * Merges the result of the compact lines with that of the other lines into the order of {@code
     * BankLineMatcher}, which orders every list by line key.
     */
    private static MatchResult merge(MatchResult compact, MatchResult rest) {
        return new MatchResult(
                mergeByKey(compact.proposals(), rest.proposals(), Proposal::key),
                rest.reversals(),
                rest.unmatched(),
                mergeByKey(compact.charges(), rest.charges(), ReportedCharge::key),
                rest.alreadyBooked());
    }

    private static <T> List<T> mergeByKey(
            List<T> first, List<T> second, Function<T, BankEntryKey> key) {
        List<T> merged = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            if (BankEntryKey.MATCH_ORDER.compare(key.apply(first.get(i)), key.apply(second.get(j)))
                    <= 0) {
                merged.add(first.get(i++));
            } else {
                merged.add(second.get(j++));
            }
        }
        merged.addAll(first.subList(i, first.size()));
        merged.addAll(second.subList(j, second.size()));
        return merged;
    }

    /**
     * Matches the lines that the compact matcher leaves to {@code BankLineMatcher}, after the
     * compact matcher decided the other lines of the batch.
     */
    @FunctionalInterface
    interface RestMatcher {

        /**
         * The matcher that matches no rest, so that only batches the compact matcher decides pass.
         */
        RestMatcher NONE = (keys, lines, decided) -> Optional.empty();

        /**
         * Returns what {@code BankLineMatcher.matchRest} returns for the lines, or empty.
         *
         * @param keys the lines' keys, in the order of {@code lines}
         * @param decided the compact matcher's proposals for the other lines
         */
        Optional<MatchResult> matchRest(
                List<BankEntryKey> keys, List<BankLine> lines, List<Proposal> decided);
    }

    /**
     * The invoice id and counterparty id of the item in each slot of an index. The invoice number,
     * open amount and counterparty number come from the compact result, which read them from the
     * index while matching.
     */
    private interface SlotItems {

        /** Returns the invoice id of the item in {@code slot}. */
        InvoiceId invoiceId(int slot);

        /**
         * Returns the id of the counterparty of the item in {@code slot}, whose number in the index
         * is {@code counterparty}.
         */
        CounterpartyId counterpartyId(int slot, int counterparty);
    }

    /** Returns the items of the slots of a batch's compact index, built from its candidates. */
    private static SlotItems batchItems(BatchCandidates candidates) {
        return new SlotItems() {
            @Override
            public InvoiceId invoiceId(int slot) {
                return candidates.invoiceIdOfSlot(slot);
            }

            @Override
            public CounterpartyId counterpartyId(int slot, int counterparty) {
                return candidates.counterpartyIdOfSlot(slot);
            }
        };
    }

    /** Returns the items of the slots of a kept index. */
    private static SlotItems keptItems(KeptMatchIndex index) {
        return new SlotItems() {
            @Override
            public InvoiceId invoiceId(int slot) {
                return index.invoiceIdOfSlot(slot);
            }

            @Override
            public CounterpartyId counterpartyId(int slot, int counterparty) {
                return index.counterpartyIdOfNumber(counterparty);
            }
        };
    }

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
     * @param keys the keys of the lines, as {@link BankEntryKey#forStatement} gave them, so that no
     *     two have the same content key, sorted by primary key and then content key
     * @param lines the lines, in the order of {@code keys}
     */
    static boolean allPaymentsNotBooked(
            BankEntryKey[] keys, BankLine[] lines, Set<String> skipped) {
        String previousPrimary = null;
        for (int k = 0; k < keys.length; k++) {
            BankEntryKey key = keys[k];
            BankLine line = lines[k];
            // A line that books only charges has a negative amount, so one sign check covers
            // both isReturnOrReversal() and isChargesOnly(), which read the amount's sign twice.
            if (line.reversal() || line.amount().isNegative() || key.isBookedIn(skipped)) {
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
     * Returns, per line, whether it goes to the object rules without the compact matcher: it may
     * gain counterparty points that the compact rules do not give, by an IBAN of a candidate's
     * counterparty or by a tax id in its text, or {@link #isUnknownCutName its payer name may be
     * cut}. Checking the lines first spares a batch of such lines the compact index.
     */
    static boolean[] linesForObjectRules(List<BankLine> lines, BatchCandidates candidates) {
        Set<String> ibans = candidates.counterpartyIbans();
        boolean taxIds = candidates.anyCounterpartyHasTaxId();
        Set<String> names = null;
        boolean[] forObjectRules = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            BankLine line = lines.get(i);
            if (line.counterpartyIban().isPresent()
                    && ibans.contains(line.counterpartyIban().get().value())) {
                forObjectRules[i] = true;
            } else if (taxIds && hasTaxIdShapedToken(line.remittanceText())) {
                forObjectRules[i] = true;
            } else if (mayBeCutName(line)) {
                if (names == null) {
                    names = candidates.counterpartyNameKeys();
                }
                forObjectRules[i] = isUnknownCutName(line, names);
            }
        }
        return forObjectRules;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            if (flag) {
                count++;
            }
        }
        return count;
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

    private static boolean mayBeCutName(BankLine line) {
        return line.counterpartyName().isPresent()
                && MatchRules.mayBeCutName(line.counterpartyName().get());
    }

    /**
     * Returns whether the line's payer name, folded, is not in {@code names}, the folded names of
     * the candidates' counterparties. The compact rules leave a cut name of that kind undecided,
     * because the object rules also search the names that start with it.
     */
    private static boolean isUnknownCutName(BankLine line, Set<String> names) {
        return !names.contains(TextFolding.foldName(line.counterpartyName().orElseThrow()));
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

    /** Builds the result of the compact lines that the compact matcher matched. */
    private static MatchResult toMatchResult(
            CompactBatch batch,
            CompactOpenItemIndex index,
            CompactMatchResult result,
            SlotItems candidates) {
        boolean[] onlyTaker = onlyTakers(result, index.itemCapacity());
        List<Proposal> proposals = new ArrayList<>(result.size());
        List<ReportedCharge> charges = new ArrayList<>();
        for (int position = 0; position < result.size(); position++) {
            if (result.status(position) != CompactMatchStatus.MATCHED) {
                continue;
            }
            BankEntryKey key = batch.compact().keys()[position];
            BankLine line = batch.compact().lines()[position];
            // BankLine.grossAmount adds up the charges on each call, so it is read once.
            MonetaryAmount grossAmount = line.grossAmount();
            if (!line.charges().isEmpty()) {
                charges.add(new ReportedCharge(key, grossAmount.subtract(line.amount())));
            }
            proposals.add(
                    onlyTaker[position]
                            ? onlyTaker(
                                    key,
                                    line,
                                    grossAmount,
                                    batch.compactLines(),
                                    result,
                                    position,
                                    candidates)
                            : fromCompact(key, line, grossAmount, result, position, candidates));
        }
        return new MatchResult(proposals, List.of(), List.of(), charges, List.of());
    }

    /**
     * Returns, per line of the result, whether it is matched and no other line took its item. Two
     * bits per slot of the index take a quarter of a byte per slot. So they serve while the index
     * has at most 64 slots per line, as a batch index and the kept index of a large import have. A
     * small import against a kept index of millions of slots sorts the lines' items instead.
     */
    private static boolean[] onlyTakers(CompactMatchResult result, int itemCapacity) {
        int[] slots = new int[result.size()];
        for (int position = 0; position < slots.length; position++) {
            slots[position] = result.item(position);
        }
        return itemCapacity <= 64L * slots.length + 64
                ? onlyTakersByBits(slots, itemCapacity)
                : onlyTakersBySort(slots);
    }

    /**
     * Returns, per position, whether it has a slot and no other position has it, with a bit per
     * slot for taken and one for taken again. A slot is -1 for an unmatched line or else from 0 to
     * {@code itemCapacity - 1}.
     */
    static boolean[] onlyTakersByBits(int[] slots, int itemCapacity) {
        int words = (itemCapacity + Long.SIZE - 1) / Long.SIZE;
        long[] takenSlots = new long[words];
        long[] retakenSlots = new long[words];
        for (int slot : slots) {
            if (slot >= 0) {
                int word = slot / Long.SIZE;
                long bit = 1L << slot;
                retakenSlots[word] |= takenSlots[word] & bit;
                takenSlots[word] |= bit;
            }
        }
        boolean[] only = new boolean[slots.length];
        for (int position = 0; position < slots.length; position++) {
            int slot = slots[position];
            only[position] = slot >= 0 && (retakenSlots[slot / Long.SIZE] & (1L << slot)) == 0;
        }
        return only;
    }

    /**
     * Returns, per position, whether it has a slot and no other position has it, by sorting the
     * pairs of slot and position packed into longs, so that the positions of one slot end up side
     * by side. A slot is -1 for an unmatched line.
     */
    static boolean[] onlyTakersBySort(int[] slots) {
        long[] slotsAndPositions = new long[slots.length];
        for (int position = 0; position < slots.length; position++) {
            slotsAndPositions[position] = ((long) slots[position] << Integer.SIZE) | position;
        }
        Arrays.sort(slotsAndPositions);
        boolean[] only = new boolean[slots.length];
        int start = 0;
        while (start < slotsAndPositions.length) {
            long slot = slotsAndPositions[start] >> Integer.SIZE;
            int end = start + 1;
            while (end < slotsAndPositions.length
                    && slotsAndPositions[end] >> Integer.SIZE == slot) {
                end++;
            }
            if (end == start + 1 && slot >= 0) {
                only[(int) slotsAndPositions[start]] = true;
            }
            start = end;
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
            MonetaryAmount grossAmount,
            CompactBankLines compactLines,
            CompactMatchResult result,
            int position,
            SlotItems candidates) {
        CurrencyUnit currency = compactLines.currency(position);
        long gross = compactLines.amountUnits(position);
        long available = result.outstandingUnits(position);
        long applied = result.appliedUnits(position);
        // A line that pays its item in full, the usual case, reuses its own amount as the item's.
        MonetaryAmount outstanding =
                available == gross && isBuiltForm(grossAmount, gross, currency)
                        ? grossAmount
                        : MinorAmount.toMonetaryAmount(available, currency);
        MonetaryAmount appliedAmount;
        if (applied == available) {
            appliedAmount = outstanding;
        } else if (applied == gross) {
            appliedAmount = grossAmount;
        } else {
            appliedAmount = MinorAmount.toMonetaryAmount(applied, currency);
        }
        String invoiceNumber = result.invoiceNumber(position).orElseThrow();
        return proposal(
                key,
                line,
                grossAmount,
                application(
                        result.item(position),
                        result.counterparty(position),
                        invoiceNumber,
                        outstanding,
                        appliedAmount,
                        candidates),
                MinorAmount.toMonetaryAmount(gross - available, currency),
                MinorAmount.toMonetaryAmount(gross - applied, currency),
                result.score(position),
                result.isAuto(position) ? ProposalStatus.AUTO : ProposalStatus.SUGGESTION,
                result.explanation(position));
    }

    /**
     * Returns whether {@code amount}, whose value is {@code units} minor units of {@code currency},
     * equals in currency, context, unscaled value and scale the {@code Money} that {@link
     * MinorAmount#toMonetaryAmount()} builds for that value, so that it can replace it.
     *
     * <p>Moneta 1.4.5's {@code Money.of} strips the trailing zeros of a number with a positive
     * scale, so 150.50 EUR is built as 150.5 and 1,500.00 EUR as 1.5E+3, while a number with no
     * positive scale, as for a currency without minor units, is kept as given.
     */
    static boolean isBuiltForm(MonetaryAmount amount, long units, CurrencyUnit currency) {
        if (units == 0
                || !(amount instanceof Money money)
                || money.getContext() != Money.DEFAULT_MONETARY_CONTEXT
                || !money.getCurrency().equals(currency)) {
            return false;
        }
        int scale = MinorAmount.fractionDigits(currency);
        if (scale > 0) {
            for (long rest = units; rest % 10 == 0; rest /= 10) {
                scale--;
            }
        }
        return money.getScale() == scale;
    }

    /**
     * Builds the proposal of a line from the compact result's own proposal, whose explanation it
     * keeps.
     */
    private static Proposal fromCompact(
            BankEntryKey key,
            BankLine line,
            MonetaryAmount grossAmount,
            CompactMatchResult result,
            int position,
            SlotItems candidates) {
        CompactProposal compact = result.proposal(position).orElseThrow();
        return proposal(
                key,
                line,
                grossAmount,
                application(
                        compact.item(),
                        compact.counterparty(),
                        compact.invoiceNumber(),
                        compact.outstanding(),
                        compact.applied(),
                        candidates),
                compact.difference(),
                compact.unapplied(),
                compact.score(),
                compact.status(),
                compact.explanation());
    }

    private static ItemApplication application(
            int slot,
            int counterparty,
            String invoiceNumber,
            MonetaryAmount outstanding,
            MonetaryAmount applied,
            SlotItems candidates) {
        return new ItemApplication(
                candidates.invoiceId(slot),
                invoiceNumber,
                candidates.counterpartyId(slot, counterparty),
                outstanding,
                applied);
    }

    /**
     * Builds a proposal with the tolerance of zero that the compact path requires. {@code
     * grossAmount} is {@code line.grossAmount()}.
     */
    private static Proposal proposal(
            BankEntryKey key,
            BankLine line,
            MonetaryAmount grossAmount,
            ItemApplication application,
            MonetaryAmount difference,
            MonetaryAmount unapplied,
            int score,
            ProposalStatus status,
            List<MatchReason> explanation) {
        return new Proposal(
                key,
                line,
                grossAmount,
                List.of(application),
                difference,
                difference.isZero(),
                unapplied,
                score,
                status,
                explanation);
    }
}
