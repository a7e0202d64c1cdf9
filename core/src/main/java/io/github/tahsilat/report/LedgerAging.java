package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.Instrument;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.instrument.InstrumentStep;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.report.AgingTable;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.ledger.CounterpartyLedger;
import io.github.tahsilat.ledger.CreditBalance;
import io.github.tahsilat.ledger.ItemBalance;
import io.github.tahsilat.ledger.LedgerEntry;
import io.github.tahsilat.ledger.LedgerEntryKind;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.terms.DueSchedule;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.MonetaryAmount;

/**
 * Replays one ledger's entries up to a date, as known at an instant, into an aging table.
 *
 * <p>An item's open amount is the sum of its own entries' balance effects less what was applied to
 * it. It is spread over slices: each installment of the invoice's due schedule, and each fee or
 * interest charge due on its value date. What was settled covers the slices in due order, as
 * settlements do in the ledger. Amounts applied from an instrument that is not yet cleared or
 * bounced on the date count as open and again as covered by instruments. An amount applied to an
 * item before the item itself counts on the date is unapplied credit on that date. The unapplied
 * credit of a side is what its payments, credit documents, instruments and set-offs brought, less
 * refunds, reversals and written-off excess, less what was applied to items.
 */
final class LedgerAging {

    private final CounterpartyLedger ledger;
    private final Map<InvoiceId, Invoice> invoices;
    private final AgingOptions options;
    private final Map<InvoiceId, Direction> sides = new HashMap<>();
    private final Map<UUID, Boolean> uncleared = new HashMap<>();
    private final Map<InvoiceId, Item> items = new LinkedHashMap<>();
    private long sideEffects;
    private long sideApplied;

    /** One item's slices and amounts in minor units, as of the date. */
    private static final class Item {
        final List<long[]> slices = new ArrayList<>();
        long effects;
        long applied;
        long covered;
    }

    private LedgerAging(
            CounterpartyLedger ledger, Map<InvoiceId, Invoice> invoices, AgingOptions options) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.options = options;
        for (ItemBalance item : ledger.items()) {
            sides.put(item.invoiceId(), item.side());
        }
    }

    static void age(
            CounterpartyLedger ledger,
            Map<InvoiceId, Invoice> invoices,
            AgingOptions options,
            AgingTable table) {
        new LedgerAging(ledger, invoices, options).into(table);
    }

    private void into(AgingTable table) {
        for (LedgerEntry entry : ledger.entries()) {
            if (entry.countsOn(options.asOf()) && entry.knownAt(options.knownAt())) {
                take(entry);
            }
        }
        long sign = options.side() == Direction.RECEIVABLE ? 1 : -1;
        long credit = -sign * sideEffects - sideApplied;
        long[] bounds = options.buckets().upperBounds();
        int row = -1;
        for (Item item : items.values()) {
            long settledOpen = sign * item.effects - item.applied;
            if (settledOpen < 0) {
                // Money applied before the item counts on the date is still credit on that date.
                credit -= settledOpen;
                settledOpen = 0;
            }
            long open = settledOpen + item.covered;
            if (open == 0) {
                continue;
            }
            if (row < 0) {
                row =
                        table.row(
                                ledger.counterpartyId().value(),
                                ledger.currency().getCurrencyCode());
            }
            spread(item, open, bounds, table, row);
            table.addCovered(row, item.covered);
        }
        if (credit != 0) {
            if (row < 0) {
                row =
                        table.row(
                                ledger.counterpartyId().value(),
                                ledger.currency().getCurrencyCode());
            }
            table.addCredit(row, credit);
        }
    }

    private void take(LedgerEntry entry) {
        long effect = units(entry.balanceEffect());
        if (entry.invoiceId().isEmpty()) {
            if (sideOf(entry) == options.side()) {
                sideEffects += effect;
            }
            return;
        }
        InvoiceId invoiceId = entry.invoiceId().get();
        if (sides.get(invoiceId) != options.side()) {
            return;
        }
        Item item = items.computeIfAbsent(invoiceId, id -> new Item());
        long amount = units(entry.amount());
        switch (entry.kind()) {
            case INVOICE -> addSchedule(item, invoiceId, amount);
            case FEE, INTEREST ->
                    item.slices.add(new long[] {entry.valueDate().toEpochDay(), amount, 0});
            case ALLOCATION -> {
                item.applied += amount;
                sideApplied += amount;
                if (isUncleared(entry.documentId())) {
                    item.covered += amount;
                }
            }
            default -> {
                // Discounts and write-offs change only the balance effect.
            }
        }
        item.effects += effect;
    }

    private void addSchedule(Item item, InvoiceId invoiceId, long amount) {
        Invoice invoice = invoices.get(invoiceId);
        if (invoice == null) {
            throw new InvalidInputException(
                    "invoices", invoiceId, "the invoice of every item in the ledgers");
        }
        List<DueSchedule.Installment> installments = invoice.dueSchedule().installments();
        long rest = amount;
        for (int i = 0; i < installments.size(); i++) {
            DueSchedule.Installment installment = installments.get(i);
            long part = i == installments.size() - 1 ? rest : units(installment.amount());
            rest -= part;
            LocalDate date =
                    options.basis() == AgingBasis.DUE_DATE
                            ? installment.dueDate()
                            : invoice.issueDate();
            item.slices.add(new long[] {date.toEpochDay(), part, installment.number()});
        }
    }

    /** Puts the open amount in the slices' buckets, the settled part covering the earliest. */
    private void spread(Item item, long open, long[] bounds, AgingTable table, int row) {
        long asOf = options.asOf().toEpochDay();
        for (long[] slice : left(item, open)) {
            table.add(row, ProjectionAging.bucket(asOf - slice[0], bounds), slice[1]);
        }
    }

    /**
     * Returns what is left open of each slice as {day, amount, installment}. The settled part
     * covers the earliest slices, and an excess over the charged slices goes with the last one.
     */
    private static List<long[]> left(Item item, long open) {
        item.slices.sort(Comparator.comparingLong(slice -> slice[0]));
        long charged = 0;
        for (long[] slice : item.slices) {
            charged += slice[1];
        }
        long settled = charged - open;
        List<long[]> left = new ArrayList<>();
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

    /** Returns the open slices of every item on the side, with what instruments cover. */
    private List<OpenItemLine> lines() {
        for (LedgerEntry entry : ledger.entries()) {
            if (entry.countsOn(options.asOf()) && entry.knownAt(options.knownAt())) {
                take(entry);
            }
        }
        long sign = options.side() == Direction.RECEIVABLE ? 1 : -1;
        List<OpenItemLine> lines = new ArrayList<>();
        for (Map.Entry<InvoiceId, Item> entry : items.entrySet()) {
            Item item = entry.getValue();
            long open = Math.max(sign * item.effects - item.applied, 0) + item.covered;
            if (open == 0) {
                continue;
            }
            Invoice invoice = invoices.get(entry.getKey());
            for (long[] slice : left(item, open)) {
                LocalDate due = LocalDate.ofEpochDay(slice[0]);
                lines.add(
                        new OpenItemLine(
                                entry.getKey(),
                                invoice.number(),
                                (int) slice[2],
                                invoice.issueDate(),
                                due,
                                new MinorAmount(slice[1], ledger.currency()).toMonetaryAmount(),
                                ChronoUnit.DAYS.between(due, options.asOf())));
            }
        }
        lines.sort(
                Comparator.comparing(OpenItemLine::dueDate)
                        .thenComparing(OpenItemLine::number)
                        .thenComparingInt(OpenItemLine::installment));
        return lines;
    }

    static List<OpenItemLine> openItems(
            CounterpartyLedger ledger, Map<InvoiceId, Invoice> invoices, AgingOptions options) {
        return new LedgerAging(ledger, invoices, options.basis(AgingBasis.DUE_DATE)).lines();
    }

    private Direction sideOf(LedgerEntry entry) {
        UUID id = entry.documentId();
        Optional<Payment> payment = ledger.payment(new PaymentId(id));
        if (payment.isPresent()) {
            return payment.get().direction() == PaymentDirection.RECEIVED
                    ? Direction.RECEIVABLE
                    : Direction.PAYABLE;
        }
        Optional<CreditBalance> credit = ledger.credit(id);
        if (credit.isPresent()) {
            return credit.get().side();
        }
        if (entry.kind() == LedgerEntryKind.SET_OFF) {
            return entry.balanceEffect().isNegative() ? Direction.RECEIVABLE : Direction.PAYABLE;
        }
        // Instruments are received from customers, so they count as receivable credit.
        return Direction.RECEIVABLE;
    }

    private boolean isUncleared(UUID sourceId) {
        return uncleared.computeIfAbsent(sourceId, this::unclearedOnDate);
    }

    private boolean unclearedOnDate(UUID sourceId) {
        Optional<Instrument> instrument = ledger.instrument(new InstrumentId(sourceId));
        if (instrument.isEmpty()) {
            return false;
        }
        InstrumentStatus status = null;
        for (InstrumentStep step : instrument.get().steps()) {
            if (!step.date().isAfter(options.asOf())
                    && !step.recordedAt().isAfter(options.knownAt())) {
                status = step.status();
            }
        }
        return status == null || !status.isFinal();
    }

    private static long units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).units();
    }
}
