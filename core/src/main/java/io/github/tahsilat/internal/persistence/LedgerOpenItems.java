package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.internal.money.CurrencyCache;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.CreditDocumentRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.report.CompactItems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;

/**
 * Every open item and unapplied credit of a company on one side, as of a date and as known at an
 * instant, replayed from the stored ledger. An aging of a past date built from it does not change
 * when later entries are added.
 *
 * <p>The accounts (counterparty and currency) with an entry dated on or before {@code asOf} come
 * from the ledger store's account query. For each account the ledger entries with a value date on
 * or before {@code asOf} are read page by page, and those recorded after {@code knownAt} are
 * skipped. Invoices are read for their direction and due schedule, and payments and credit
 * documents for their side. An item open on the date is handed over once per open installment or
 * charge. Every read names the company, so no query crosses companies.
 *
 * <p>The replay reads each account's whole history up to the date, so its cost grows with the
 * entries up to the date, not with the open items. NOTE: each invoice, payment and credit document
 * is read with its own {@code find}, once per account; a store with a slow round trip pays for
 * every one. The provisional allocations of each instrument uncleared on the date are read with one
 * {@code findBySource} each, for the covered-by-instruments column.
 *
 * <p>Each iteration reads the store afresh. Not thread-safe while iterated.
 */
public final class LedgerOpenItems implements CompactItems {

    private final StoreContext context;
    private final CompanyId companyId;
    private final LocalDate asOf;
    private final Instant knownAt;
    private final Direction side;

    /**
     * Creates the items of the company's ledger. Reads nothing yet.
     *
     * @param asOf entries with a later value date do not count
     * @param knownAt entries recorded later do not count
     * @param side the side whose items and credit are handed over
     * @throws NullPointerException if an argument is {@code null}
     */
    public LedgerOpenItems(
            StoreContext context,
            CompanyId companyId,
            LocalDate asOf,
            Instant knownAt,
            Direction side) {
        this.context = Objects.requireNonNull(context, "context");
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.knownAt = Objects.requireNonNull(knownAt, "knownAt");
        this.side = Objects.requireNonNull(side, "side");
    }

    @Override
    public void forEach(Sink sink) {
        forEach(sink, (counterpartyId, currency, creditSide, creditMinor) -> {});
    }

    @Override
    public void forEach(Sink sink, CreditSink credits) {
        forEach(sink, credits, (counterpartyId, currency, coverSide, coveredMinor) -> {});
    }

    @Override
    public void forEach(Sink sink, CreditSink credits, CoverSink covers) {
        Map<UUID, Optional<InvoiceRecord>> invoices = new HashMap<>();
        Map<UUID, Direction> documentSides = new HashMap<>();
        for (LedgerAccounts.Account account : LedgerAccounts.upTo(context, companyId, asOf)) {
            LedgerReplay replay =
                    new LedgerReplay(
                            side,
                            CurrencyCache.currency(account.currency()),
                            id -> invoices.computeIfAbsent(id, this::invoice),
                            entry ->
                                    documentSides.computeIfAbsent(
                                            entry.documentId(), id -> documentSide(entry)),
                            this::provisionalCover);
            LedgerAccounts.forEachEntry(
                    context,
                    companyId,
                    account,
                    asOf,
                    entry -> {
                        if (!entry.recordedAt().isAfter(knownAt)) {
                            replay.take(entry);
                        }
                    });
            replay.emit(account.counterpartyId(), sink, credits, covers);
            // Items and documents belong to one account, so nothing read is needed again.
            invoices.clear();
            documentSides.clear();
        }
    }

    /**
     * Returns the minor units that the instrument's provisional allocations took, every component
     * included, because the replayed items carry their fee and interest slices.
     */
    private long provisionalCover(UUID instrumentId) {
        long covered = 0;
        for (AllocationRecord allocation :
                stores().allocations().findBySource(companyId.value(), instrumentId)) {
            if (allocation.reverses().isEmpty()) {
                CurrencyUnit currency = CurrencyCache.currency(allocation.currency());
                BigDecimal applied =
                        allocation
                                .fee()
                                .add(allocation.interest())
                                .add(allocation.principal())
                                .add(allocation.discount());
                covered =
                        Math.addExact(
                                covered,
                                MinorAmount.of(applied, currency, RoundingMode.UNNECESSARY)
                                        .units());
            }
        }
        return covered;
    }

    private Optional<InvoiceRecord> invoice(UUID invoiceId) {
        return stores().invoices().find(companyId.value(), invoiceId);
    }

    /**
     * Returns the side of an entry on no item: the direction of its payment or credit document. A
     * set-off without either takes the side its effect lowers, and anything else counts as
     * receivable.
     */
    private Direction documentSide(LedgerEntryRecord entry) {
        UUID documentId = entry.documentId();
        Optional<PaymentRecord> payment = stores().payments().find(companyId.value(), documentId);
        if (payment.isPresent()) {
            return payment.get().direction()
                            == io.github.tahsilat.persistence.spi.record.PaymentDirection.RECEIVED
                    ? Direction.RECEIVABLE
                    : Direction.PAYABLE;
        }
        Optional<CreditDocumentRecord> credit =
                stores().creditDocuments().find(companyId.value(), documentId);
        if (credit.isPresent()) {
            return LedgerReplay.domain(credit.get().direction());
        }
        if (entry.kind() == LedgerEntryKind.SET_OFF) {
            return entry.balanceEffect().signum() < 0 ? Direction.RECEIVABLE : Direction.PAYABLE;
        }
        return Direction.RECEIVABLE;
    }

    private Stores stores() {
        return context.stores();
    }
}
