package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.internal.money.CurrencyCache;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.InstrumentRecord;
import io.github.tahsilat.report.CompactItems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Every open item of a company from the store's compact projection, handed over as the store's
 * {@code forEachOpenItem} reads it: the in-memory store from its columns, other stores page by
 * page, so a report over a million items never keeps the items in memory. The projection carries
 * outstanding principal only, so the open fee and interest charges of receivables follow as items
 * of their own, as {@link OpenChargeItems} reads them from the ledger, whatever the invoice's
 * status.
 *
 * <p>The covered amounts are what the provisional allocations of each cheque or promissory note
 * that is neither cleared nor bounced took for principal, discount, fee and interest. They are read
 * from the company's uncleared instruments and their allocations, so that part costs one read per
 * uncleared instrument.
 *
 * <p>Each iteration reads the store afresh. Not thread-safe while iterated.
 */
public final class OpenItemViews implements CompactItems {

    private final StoreContext context;
    private final CompanyId companyId;

    /** Creates the views of the company's open items; reads nothing yet. */
    public OpenItemViews(StoreContext context, CompanyId companyId) {
        this.context = Objects.requireNonNull(context, "context");
        this.companyId = Objects.requireNonNull(companyId, "companyId");
    }

    /**
     * The latest maturity the uncleared instruments are read up to. Years past 9999 need a sign in
     * ISO 8601, which SQL date parsers such as PostgreSQL's reject. NOTE: an instrument maturing
     * later is left out of the covered column.
     */
    static final LocalDate LATEST_MATURITY = LocalDate.of(9999, 12, 31);

    @Override
    public void forEach(Sink sink, CreditSink credits, CoverSink covers) {
        forEach(sink);
        handOverCovers(covers);
    }

    /**
     * Hands over what {@link #forEach(Sink, CreditSink, CoverSink)} does, with the store's
     * counterparty numbers on its items. The open charges, read from the ledger, carry none.
     */
    @Override
    public void forEachIndexed(IndexedSink sink, CreditSink credits, CoverSink covers) {
        context.stores()
                .invoices()
                .forEachOpenItemIndexed(
                        companyId.value(),
                        (index, counterpartyId, currency, direction, issueDay, dueDay, openMinor) ->
                                sink.accept(
                                        index,
                                        counterpartyId,
                                        currency,
                                        side(direction),
                                        issueDay,
                                        dueDay,
                                        openMinor));
        OpenChargeItems.forEach(
                context.stores().ledger(),
                companyId,
                (counterpartyId, currency, side, issueDay, dueDay, openMinor) ->
                        sink.accept(
                                -1, counterpartyId, currency, side, issueDay, dueDay, openMinor));
        handOverCovers(covers);
    }

    private void handOverCovers(CoverSink covers) {
        List<InstrumentRecord> uncleared =
                context.stores()
                        .instruments()
                        .unclearedMaturingBy(companyId.value(), LATEST_MATURITY);
        for (InstrumentRecord instrument : uncleared) {
            CurrencyUnit currency = CurrencyCache.currency(instrument.currency());
            long covered = 0;
            for (AllocationRecord allocation :
                    context.stores()
                            .allocations()
                            .findBySource(companyId.value(), instrument.id())) {
                BigDecimal applied =
                        allocation
                                .principal()
                                .add(allocation.discount())
                                .add(allocation.fee())
                                .add(allocation.interest());
                covered =
                        Math.addExact(
                                covered,
                                MinorAmount.of(applied, currency, RoundingMode.UNNECESSARY)
                                        .units());
            }
            if (covered != 0) {
                covers.accept(
                        instrument.counterpartyId(),
                        instrument.currency(),
                        Direction.RECEIVABLE,
                        covered);
            }
        }
    }

    @Override
    public void forEach(Sink sink) {
        context.stores()
                .invoices()
                .forEachOpenItem(
                        companyId.value(),
                        (counterpartyId, currency, direction, issueDay, dueDay, openMinor) ->
                                sink.accept(
                                        counterpartyId,
                                        currency,
                                        side(direction),
                                        issueDay,
                                        dueDay,
                                        openMinor));
        OpenChargeItems.forEach(context.stores().ledger(), companyId, sink);
    }

    private static Direction side(io.github.tahsilat.persistence.spi.record.Direction direction) {
        return direction == io.github.tahsilat.persistence.spi.record.Direction.RECEIVABLE
                ? Direction.RECEIVABLE
                : Direction.PAYABLE;
    }
}
