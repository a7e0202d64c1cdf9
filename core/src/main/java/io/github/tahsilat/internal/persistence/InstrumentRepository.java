package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.InstrumentRecord;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.instrument.StoredInstrument;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * Reads and writes cheques and promissory notes through the host's instrument store, and sums what
 * the uncleared ones provisionally cover. Thread-safe.
 */
public final class InstrumentRepository {

    private final StoreContext context;

    /** Creates the repository. */
    public InstrumentRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * Inserts a received instrument in the portfolio at version 1.
     *
     * @throws AlreadyExistsException if the company has an instrument with this id
     */
    public StoredInstrument insert(InstrumentRequest request) {
        InstrumentRecord record =
                new InstrumentRecord(
                        request.companyId().value(),
                        request.id().value(),
                        0,
                        request.counterpartyId().value(),
                        io.github.tahsilat.persistence.spi.record.InstrumentKind.valueOf(
                                request.kind().name()),
                        request.serialNumber(),
                        request.drawer(),
                        request.receivedOn(),
                        request.maturity(),
                        request.amount().getCurrency().getCurrencyCode(),
                        units(request.amount()).toBigDecimal(),
                        MinorAmount.zero(request.amount().getCurrency()).toBigDecimal(),
                        io.github.tahsilat.persistence.spi.record.InstrumentStatus.IN_PORTFOLIO,
                        "",
                        context.stamp());
        try {
            return toStored(
                    context.stores().instruments().insert(request.companyId().value(), record));
        } catch (DuplicateKeyException e) {
            throw new AlreadyExistsException("instrument", e.keyName(), e.keyValue(), e);
        }
    }

    /** Returns the instrument, or empty if the company has none with this id. */
    public Optional<StoredInstrument> find(CompanyId companyId, InstrumentId id) {
        return context.stores()
                .instruments()
                .find(companyId.value(), id.value())
                .map(InstrumentRepository::toStored);
    }

    /** Writes a step to {@code status} at the version {@code current} was read at. */
    public StoredInstrument move(
            StoredInstrument current,
            InstrumentStatus status,
            String holder,
            MinorAmount paidOnBounce) {
        InstrumentRecord stored =
                context.stores()
                        .instruments()
                        .find(current.companyId().value(), current.id().value())
                        .orElseThrow();
        InstrumentRecord next =
                stored.withVersion(current.version())
                        .withStatus(
                                io.github.tahsilat.persistence.spi.record.InstrumentStatus.valueOf(
                                        status.name()),
                                holder,
                                paidOnBounce.toBigDecimal(),
                                context.stamp());
        return toStored(context.stores().instruments().update(stored.companyId(), next));
    }

    /**
     * Sets the credit an instrument left for refunds and set-offs, at the version {@code current}
     * was read at.
     */
    public StoredInstrument setUnapplied(StoredInstrument current, MinorAmount unapplied) {
        InstrumentRecord stored =
                context.stores()
                        .instruments()
                        .find(current.companyId().value(), current.id().value())
                        .orElseThrow();
        InstrumentRecord next =
                stored.withVersion(current.version())
                        .withUnapplied(unapplied.toBigDecimal(), context.stamp());
        return toStored(context.stores().instruments().update(stored.companyId(), next));
    }

    /**
     * Returns the counterparty's instruments in {@code currency} with unapplied credit, earliest
     * received first, then by id.
     */
    public List<StoredInstrument> withCredit(
            CompanyId companyId, CounterpartyId counterpartyId, CurrencyUnit currency) {
        return context
                .stores()
                .instruments()
                .withUnappliedCredit(companyId.value(), counterpartyId.value())
                .stream()
                .filter(record -> record.currency().equals(currency.getCurrencyCode()))
                .sorted(
                        Comparator.comparing(InstrumentRecord::receivedOn)
                                .thenComparing(record -> record.id().toString()))
                .map(InstrumentRepository::toStored)
                .toList();
    }

    /**
     * Returns what the counterparty's uncleared instruments in {@code currency} provisionally
     * cover, by invoice and installment.
     */
    public Map<InvoiceId, Map<Integer, Coverage>> coverage(
            CompanyId companyId, CounterpartyId counterpartyId, CurrencyUnit currency) {
        Map<InvoiceId, Map<Integer, Coverage>> covered = new HashMap<>();
        List<InstrumentRecord> uncleared =
                context.stores()
                        .instruments()
                        .unclearedOf(companyId.value(), counterpartyId.value());
        for (InstrumentRecord instrument : uncleared) {
            if (!instrument.currency().equals(currency.getCurrencyCode())) {
                continue;
            }
            for (AllocationRecord allocation :
                    context.stores()
                            .allocations()
                            .findBySource(companyId.value(), instrument.id())) {
                Coverage part =
                        new Coverage(
                                units(allocation.fee(), currency),
                                units(allocation.interest(), currency),
                                units(allocation.principal(), currency)
                                        .plus(units(allocation.discount(), currency)));
                covered.computeIfAbsent(
                                new InvoiceId(allocation.invoiceId()), id -> new HashMap<>())
                        .merge(allocation.installment(), part, Coverage::plus);
            }
        }
        return covered;
    }

    private static StoredInstrument toStored(InstrumentRecord record) {
        CurrencyUnit currency = Monetary.getCurrency(record.currency());
        return new StoredInstrument(
                new InstrumentId(record.id()),
                new CompanyId(record.companyId()),
                new CounterpartyId(record.counterpartyId()),
                InstrumentKind.valueOf(record.kind().name()),
                record.serialNumber(),
                record.drawer(),
                record.receivedOn(),
                record.maturity(),
                units(record.amount(), currency).toMonetaryAmount(),
                units(record.paidOnBounce(), currency).toMonetaryAmount(),
                units(record.unapplied(), currency).toMonetaryAmount(),
                InstrumentStatus.valueOf(record.status().name()),
                record.holder(),
                record.version());
    }

    private static MinorAmount units(java.math.BigDecimal value, CurrencyUnit currency) {
        return MinorAmount.of(value, currency, RoundingMode.UNNECESSARY);
    }

    private static MinorAmount units(javax.money.MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
    }
}
