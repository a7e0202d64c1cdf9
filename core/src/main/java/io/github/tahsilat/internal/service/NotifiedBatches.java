package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.AccountEntry;
import io.github.tahsilat.internal.persistence.BankEntryRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.internal.reconciliation.SubsetSum;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BatchBooking;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recognises bank lines that book a batch as one total after an earlier statement or notification
 * of the same account booked the batch's transactions one by one, so that the total books nothing
 * twice. Banks do this with a camt.054 notification that splits a batch and the camt.053 statement
 * that books the same batch as one entry, often with only its transaction count.
 *
 * <p>A batch line is settled by the entries that one other statement id stored for the same
 * account, booking date and currency, with the sign of the line, when those entries add up to the
 * line's amount exactly and their number is the batch's transaction count, if the statement gives
 * it. The entries are chosen by the first rule that applies:
 *
 * <ol>
 *   <li>when the batch lists its transactions' end-to-end ids or bank references, the entries that
 *       carry one of them;
 *   <li>else, when the line has a bank reference, the entries that a notification split from an
 *       entry with the same reference (their reference keys end in {@code #<position>});
 *   <li>else every stored entry of that statement id, or else the one subset of them that adds up
 *       to the total, found by {@link SubsetSum} within {@value #MAX_SEARCH_STEPS} steps among at
 *       most {@value #MAX_SEARCHED_ENTRIES} entries.
 * </ol>
 *
 * <p>A line that two statement ids, or two subsets, could settle is left to the matcher, and so is
 * a line whose entries another batch line of the same import took. Nothing is stored, so a later
 * import of the same statement finds the same entries again.
 *
 * <p>NOTE: the booking date must agree. A notification whose booking date differs from the
 * statement's by a day does not settle the total, which then waits as unmatched.
 *
 * <p>Not thread-safe: one instance serves one import.
 */
final class NotifiedBatches {

    /** The maximum number of branches the subset search examines for one batch line. */
    static final int MAX_SEARCH_STEPS = 100_000;

    /** The maximum number of stored entries of one statement id that the subset search takes. */
    static final int MAX_SEARCHED_ENTRIES = 40;

    private static final String REFERENCE_PREFIX = "ref:";

    private final StoreContext context;
    private final CompanyId companyId;
    private final String statementId;
    private final Map<String, List<AccountEntry>> entriesByDay = new HashMap<>();
    private final Set<String> usedEntryKeys = new HashSet<>();

    NotifiedBatches(StoreContext context, CompanyId companyId, String statementId) {
        this.context = context;
        this.companyId = companyId;
        this.statementId = statementId;
    }

    /**
     * Returns, for each batch line of {@code lines} that earlier entries settle, the reason to
     * report. {@code keys} are the lines' keys, in the same order. Pass only lines that are not
     * booked under their own keys.
     */
    Map<BankEntryKey, String> settled(List<BankEntryKey> keys, List<BankLine> lines) {
        Map<BankEntryKey, String> settled = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BankLine line = lines.get(i);
            BankEntryKey key = keys.get(i);
            if (line.batch().isEmpty() || settled.containsKey(key)) {
                continue;
            }
            Optional<List<AccountEntry>> entries = settlingEntries(line);
            if (entries.isPresent()) {
                entries.get().forEach(entry -> usedEntryKeys.add(entry.entryKey()));
                settled.put(
                        key,
                        reason(
                                MinorAmount.of(line.amount(), RoundingMode.UNNECESSARY),
                                entries.get()));
            }
        }
        return settled;
    }

    private Optional<List<AccountEntry>> settlingEntries(BankLine line) {
        MinorAmount total = MinorAmount.of(line.amount(), RoundingMode.UNNECESSARY);
        List<AccountEntry> candidates = new ArrayList<>();
        for (AccountEntry entry : entriesOfDay(line)) {
            boolean sameSign = Long.signum(entry.amountMinor()) == Long.signum(total.units());
            if (sameSign
                    && entry.currency().equals(total.currencyCode())
                    && !entry.statementId().equals(statementId)
                    && !usedEntryKeys.contains(entry.entryKey())) {
                candidates.add(entry);
            }
        }
        BatchBooking batch = line.batch().orElseThrow();
        boolean byReference = hasReferences(batch);
        if (byReference) {
            candidates = candidates.stream().filter(entry -> isListed(line, entry)).toList();
        } else if (line.accountServicerReference().isPresent()) {
            String prefix = referenceKey(line, line.accountServicerReference().get()) + "#";
            List<AccountEntry> split =
                    candidates.stream()
                            .filter(entry -> entry.entryKey().startsWith(prefix))
                            .toList();
            if (!split.isEmpty()) {
                candidates = split;
                byReference = true;
            }
        }
        Map<String, List<AccountEntry>> byStatement = new TreeMap<>();
        for (AccountEntry entry : candidates) {
            byStatement.computeIfAbsent(entry.statementId(), id -> new ArrayList<>()).add(entry);
        }
        List<List<AccountEntry>> found = new ArrayList<>();
        for (List<AccountEntry> entries : byStatement.values()) {
            Optional<List<AccountEntry>> chosen = settles(batch, entries, total.units());
            if (chosen.isEmpty() && !byReference) {
                chosen = uniqueSubset(batch, entries, total.units());
            }
            chosen.ifPresent(found::add);
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private List<AccountEntry> entriesOfDay(BankLine line) {
        LocalDate day = line.bookingDate();
        return entriesByDay.computeIfAbsent(
                line.accountId() + "@" + day,
                ignored ->
                        new BankEntryRepository(context)
                                .entriesOn(companyId, line.accountId(), day));
    }

    private static boolean hasReferences(BatchBooking batch) {
        return !batch.endToEndIds().isEmpty() || !batch.accountServicerReferences().isEmpty();
    }

    /** Returns whether the entry carries an end-to-end id or bank reference the batch lists. */
    private static boolean isListed(BankLine line, AccountEntry entry) {
        BatchBooking batch = line.batch().orElseThrow();
        boolean byEndToEndId = entry.endToEndId().filter(batch.endToEndIds()::contains).isPresent();
        boolean byBankReference =
                batch.accountServicerReferences().stream()
                        .anyMatch(
                                reference ->
                                        referenceKey(line, reference).equals(entry.entryKey()));
        return byEndToEndId || byBankReference;
    }

    private static Optional<List<AccountEntry>> settles(
            BatchBooking batch, List<AccountEntry> entries, long total) {
        long sum = 0;
        for (AccountEntry entry : entries) {
            sum += entry.amountMinor();
        }
        boolean countAgrees =
                batch.transactionCount().map(count -> count == entries.size()).orElse(true);
        return entries.size() >= 2 && sum == total && countAgrees
                ? Optional.of(entries)
                : Optional.empty();
    }

    private static Optional<List<AccountEntry>> uniqueSubset(
            BatchBooking batch, List<AccountEntry> entries, long total) {
        if (entries.size() > MAX_SEARCHED_ENTRIES) {
            return Optional.empty();
        }
        long[] values = new long[entries.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.abs(entries.get(i).amountMinor());
        }
        SubsetSum.Outcome outcome = SubsetSum.find(values, Math.abs(total), MAX_SEARCH_STEPS);
        if (!outcome.exhausted() || outcome.subsets().size() != 1) {
            return Optional.empty();
        }
        List<AccountEntry> subset = new ArrayList<>();
        for (int index : outcome.subsets().get(0)) {
            subset.add(entries.get(index));
        }
        return settles(batch, subset, total);
    }

    private static String referenceKey(BankLine line, String reference) {
        return REFERENCE_PREFIX + line.accountId() + ":" + reference;
    }

    private static String reason(MinorAmount total, List<AccountEntry> entries) {
        List<String> bookings = new ArrayList<>();
        for (AccountEntry entry : entries) {
            String what =
                    switch (entry.decision()) {
                        case BOOKED -> "payment " + entry.paymentId().orElseThrow();
                        case REVERSED -> "reversal of payment " + entry.paymentId().orElseThrow();
                        case IGNORED -> "ignored entry " + entry.entryKey();
                    };
            bookings.add(what);
        }
        return "settled by "
                + entries.get(0).statementId()
                + ", which booked the batch's "
                + entries.size()
                + " transactions of "
                + total.currencyCode()
                + " "
                + total.toBigDecimal().toPlainString()
                + " in total one by one: "
                + String.join(", ", bookings);
    }
}
