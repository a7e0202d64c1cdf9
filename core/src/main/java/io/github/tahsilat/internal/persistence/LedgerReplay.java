package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.report.CompactItems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javax.money.CurrencyUnit;

/**
 * Replays the stored ledger entries of one counterparty in one currency into the open items and the
 * unapplied credit of one side, with the rules of the pure ledger aging.
 *
 * <p>An item's open amount is the sum of its entries' balance effects, signed for the side, less
 * what {@code ALLOCATION} entries applied to it. The first {@code INVOICE} entry with a positive
 * amount spreads the receivable over the invoice's installments; {@code FEE} and {@code INTEREST}
 * entries add a slice due on their value date. The settled part covers the slices in due order. The
 * side's unapplied credit is what its entries on no item brought (payments, credit documents,
 * reversals, written-off excess), less what was applied to items. An amount applied to an item
 * before the item's own entry counts is credit on the date. The caller hands over only the entries
 * that count, so the sum of the open items less the covered amount and the credit is the ledger
 * balance of the side.
 *
 * <p>A cheque or promissory note received from a customer books an {@code INSTRUMENT} entry on no
 * item, which brings receivable credit, and its provisional allocations leave the items open until
 * it clears, when {@code ALLOCATION} entries from it are booked. An instrument whose receipt counts
 * on the date, with neither its bounce (an {@code INSTRUMENT} entry that undoes the receipt) nor an
 * allocation entry from it counting, is uncleared on the date: what its provisional allocations
 * took is covered by instruments, stays in the items' buckets and is no longer credit.
 *
 * <p>Not thread-safe; one replay serves one counterparty and currency.
 */
final class LedgerReplay {

    private final Direction side;
    private final CurrencyUnit currency;
    private final Function<UUID, Optional<InvoiceRecord>> invoices;
    private final Function<LedgerEntryRecord, Direction> documentSide;
    private final ToLongFunction<UUID> provisionalCover;
    private final Map<UUID, Long> instrumentEffects = new LinkedHashMap<>();
    private final Set<UUID> allocatingDocuments = new HashSet<>();
    private final Map<UUID, Item> items = new LinkedHashMap<>();
    private final Map<UUID, Direction> itemSides = new LinkedHashMap<>();
    private long sideEffects;
    private long sideApplied;

    /** One item's slices and sums in minor units. */
    private static final class Item {
        /** Each slice is {due epoch day, minor units, issue epoch day}. */
        final List<long[]> slices = new ArrayList<>();

        boolean scheduled;
        long effects;
        long applied;
    }

    /**
     * Creates an empty replay.
     *
     * @param side the side whose items and credit are kept
     * @param currency the currency of every entry
     * @param invoices finds a stored invoice by id, for its direction and due schedule
     * @param documentSide returns the side of an entry on no item, from its document
     * @param provisionalCover returns the minor units that an instrument's provisional allocations
     *     took, by instrument id
     */
    LedgerReplay(
            Direction side,
            CurrencyUnit currency,
            Function<UUID, Optional<InvoiceRecord>> invoices,
            Function<LedgerEntryRecord, Direction> documentSide,
            ToLongFunction<UUID> provisionalCover) {
        this.side = side;
        this.currency = currency;
        this.invoices = invoices;
        this.documentSide = documentSide;
        this.provisionalCover = provisionalCover;
    }

    /** Takes one entry that counts on the date and was known at the instant. */
    void take(LedgerEntryRecord entry) {
        long effect = units(entry.balanceEffect());
        if (entry.kind() == LedgerEntryKind.INSTRUMENT && entry.invoiceId().isEmpty()) {
            instrumentEffects.merge(entry.documentId(), effect, Math::addExact);
        }
        if (entry.kind() == LedgerEntryKind.ALLOCATION) {
            allocatingDocuments.add(entry.documentId());
        }
        if (entry.invoiceId().isEmpty()) {
            if (documentSide.apply(entry) == side) {
                sideEffects = Math.addExact(sideEffects, effect);
            }
            return;
        }

        UUID invoiceId = entry.invoiceId().get();
        Optional<InvoiceRecord> invoice = invoices.apply(invoiceId);
        Direction itemSide =
                itemSides.computeIfAbsent(
                        invoiceId,
                        id -> invoice.map(found -> domain(found.direction())).orElse(side));
        if (itemSide != side) {
            return;
        }

        Item item = items.computeIfAbsent(invoiceId, id -> new Item());
        long amount = units(entry.amount());
        long day = entry.valueDate().toEpochDay();
        switch (entry.kind()) {
            case INVOICE -> {
                if (amount > 0 && !item.scheduled) {
                    item.scheduled = true;
                    if (invoice.isPresent()) {
                        schedule(item, invoice.get(), amount);
                    } else {
                        item.slices.add(new long[] {day, amount, day});
                    }
                }
                // A negative invoice entry (a cancellation, or what was cleared before an
                // import) changes only the balance effect.
            }
            case FEE, INTEREST -> item.slices.add(new long[] {day, amount, day});
            case ALLOCATION -> {
                item.applied = Math.addExact(item.applied, amount);
                sideApplied = Math.addExact(sideApplied, amount);
            }
            default -> {
                // Discounts and write-offs change only the balance effect.
            }
        }
        item.effects = Math.addExact(item.effects, effect);
    }

    private void schedule(Item item, InvoiceRecord invoice, long amount) {
        long issueDay = invoice.issueDate().toEpochDay();
        List<Installment> installments = invoice.schedule();
        if (installments.isEmpty()) {
            item.slices.add(new long[] {invoice.dueDate().toEpochDay(), amount, issueDay});
            return;
        }
        long rest = amount;
        for (int i = 0; i < installments.size(); i++) {
            Installment installment = installments.get(i);
            long part = i == installments.size() - 1 ? rest : units(installment.amount());
            rest -= part;
            item.slices.add(new long[] {installment.dueDate().toEpochDay(), part, issueDay});
        }
    }

    /**
     * Hands each open slice to {@code sink} as an item, and the side's unapplied credit and its
     * amount covered by uncleared instruments, when they are not zero, to {@code credits} and
     * {@code covers}.
     */
    void emit(
            UUID counterpartyId,
            CompactItems.Sink sink,
            CompactItems.CreditSink credits,
            CompactItems.CoverSink covers) {
        String code = currency.getCurrencyCode();
        long sign = side == Direction.RECEIVABLE ? 1 : -1;
        long covered = covered();
        long credit = Math.subtractExact(-sign * sideEffects, sideApplied);
        credit = Math.subtractExact(credit, covered);
        for (Item item : items.values()) {
            long open = Math.subtractExact(sign * item.effects, item.applied);
            if (open < 0) {
                // Money applied before the item counts on the date is still credit on that date.
                credit = Math.subtractExact(credit, open);
                continue;
            }
            for (long[] slice : left(item, open)) {
                sink.accept(
                        counterpartyId,
                        code,
                        side,
                        Math.toIntExact(slice[2]),
                        Math.toIntExact(slice[0]),
                        slice[1]);
            }
        }
        if (credit != 0) {
            credits.accept(counterpartyId, code, side, credit);
        }
        if (covered != 0) {
            covers.accept(counterpartyId, code, side, covered);
        }
    }

    /**
     * Returns what the provisional allocations of the instruments uncleared on the date took. Only
     * customers' instruments are recorded, so only receivables are covered.
     */
    private long covered() {
        if (side != Direction.RECEIVABLE) {
            return 0;
        }
        long covered = 0;
        for (Map.Entry<UUID, Long> instrument : instrumentEffects.entrySet()) {
            boolean received = instrument.getValue() < 0;
            if (received && !allocatingDocuments.contains(instrument.getKey())) {
                covered = Math.addExact(covered, provisionalCover.applyAsLong(instrument.getKey()));
            }
        }
        return covered;
    }

    /**
     * Returns what is left open of each slice. The settled part covers the earliest slices, and an
     * excess over the charged slices goes with the last one.
     */
    private static List<long[]> left(Item item, long open) {
        List<long[]> left = new ArrayList<>();
        if (open == 0) {
            return left;
        }
        item.slices.sort(Comparator.comparingLong(slice -> slice[0]));
        long charged = 0;
        for (long[] slice : item.slices) {
            charged = Math.addExact(charged, slice[1]);
        }
        long settled = charged - open;
        for (long[] slice : item.slices) {
            long take = Math.min(slice[1], Math.max(settled, 0));
            settled -= take;
            if (slice[1] != take) {
                left.add(new long[] {slice[0], slice[1] - take, slice[2]});
            }
        }
        if (settled < 0) {
            long[] last =
                    item.slices.isEmpty()
                            ? new long[] {0, 0, 0}
                            : item.slices.get(item.slices.size() - 1);
            left.add(new long[] {last[0], -settled, last[2]});
        }
        return left;
    }

    static Direction domain(io.github.tahsilat.persistence.spi.record.Direction direction) {
        return Direction.valueOf(direction.name());
    }

    /**
     * Returns the minor units of a stored amount.
     *
     * @throws ArithmeticException if the amount has a fraction below the minor unit
     */
    private long units(BigDecimal amount) {
        return MinorAmount.of(amount, currency, RoundingMode.UNNECESSARY).units();
    }
}
