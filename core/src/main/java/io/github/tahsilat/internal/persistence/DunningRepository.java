package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.dunning.DunningBlock;
import io.github.tahsilat.interest.PrincipalHistory;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.CounterpartyBucket;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.DunningBlockRecord;
import io.github.tahsilat.persistence.spi.record.DunningRecord;
import io.github.tahsilat.persistence.spi.record.DunningRunRecord;
import io.github.tahsilat.persistence.spi.record.DunningStatus;
import io.github.tahsilat.persistence.spi.record.InstrumentRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.record.PromiseRecord;
import io.github.tahsilat.persistence.spi.record.PromiseStatus;
import io.github.tahsilat.persistence.spi.store.DunningStore;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.OpenItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.money.CurrencyUnit;

/**
 * Reads what a dunning run selects from and writes its claims, results, fees and history through
 * the host's stores. Thread-safe.
 */
public final class DunningRepository {

    private static final int PAGE_SIZE = 500;

    private final StoreContext context;
    private final Duration lease;

    /**
     * Creates the repository.
     *
     * @param lease how long a claim or retry keeps other runs from retrying its notice, positive
     */
    public DunningRepository(StoreContext context, Duration lease) {
        this.context = context;
        this.lease = lease;
    }

    private DunningStore store() {
        return context.stores().dunning();
    }

    /**
     * Stores the claims of one notice in one call of the store. In a transaction, either all are
     * stored or the transaction rolls back.
     *
     * @param claims claims of one company
     * @throws io.github.tahsilat.persistence.spi.DuplicateKeyException if one of the items and
     *     levels is claimed already
     */
    public List<DunningClaim> claimAll(List<DunningClaim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        Instant leaseExpiry = leaseEnd();
        List<DunningRecord> records = claims.stream().map(c -> toRecord(c, leaseExpiry)).toList();
        return store().claimAll(claims.get(0).companyId(), records).stream()
                .map(DunningRepository::fromRecord)
                .toList();
    }

    /**
     * Updates claims with their delivery results in one call of the store, checking the version
     * each was read at, and ends their leases.
     *
     * @param claims claims of one company
     * @throws StaleVersionException if another run changed one of them since it was read
     */
    public List<DunningClaim> updateAll(List<DunningClaim> claims) {
        return write(claims, context.now());
    }

    /** Writes claims unchanged at the versions they were read, with a new lease. */
    private List<DunningClaim> renewLeases(List<DunningClaim> claims) {
        return write(claims, leaseEnd());
    }

    private List<DunningClaim> write(List<DunningClaim> claims, Instant leaseExpiry) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<DunningRecord> records = claims.stream().map(c -> toRecord(c, leaseExpiry)).toList();
        return store().updateAll(claims.get(0).companyId(), records).stream()
                .map(DunningRepository::fromRecord)
                .toList();
    }

    private Instant leaseEnd() {
        return context.now().plus(lease);
    }

    /**
     * Takes over the pending claims of one notice for a retry, in a transaction of its own, by
     * writing each at the version it was read with a new lease. Of two runs that retry the notice
     * at once, only one takes it over.
     *
     * @return the claims at their new versions, or empty when another run changed one of them
     */
    public Optional<List<DunningClaim>> reclaim(List<DunningClaim> claims) {
        try {
            return Optional.of(
                    context.stores().transactions().inTransaction(() -> renewLeases(claims)));
        } catch (StaleVersionException e) {
            return Optional.empty();
        }
    }

    /** Returns an item's claims in level order. */
    public List<DunningClaim> ofItem(UUID companyId, UUID itemId) {
        return store().ofItem(companyId, itemId).stream()
                .map(DunningRepository::fromRecord)
                .toList();
    }

    /**
     * Returns the claims of the items, by item id, each item's claims in level order, read in one
     * call of the store. An item without claims is left out.
     */
    public Map<UUID, List<DunningClaim>> ofItems(UUID companyId, Collection<UUID> itemIds) {
        Map<UUID, List<DunningClaim>> claims = new HashMap<>();
        store().ofItems(companyId, itemIds)
                .forEach(
                        (itemId, records) ->
                                claims.put(
                                        itemId,
                                        records.stream()
                                                .map(DunningRepository::fromRecord)
                                                .toList()));
        return claims;
    }

    /**
     * Returns the claims whose notice a run may deliver again now: pending, with a lease that
     * expired at or before the clock's instant.
     */
    public List<DunningClaim> retryable(UUID companyId) {
        return store().retryable(companyId, context.now()).stream()
                .map(DunningRepository::fromRecord)
                .toList();
    }

    private DunningRecord toRecord(DunningClaim c, Instant leaseExpiry) {
        return new DunningRecord(
                c.companyId(),
                c.id(),
                c.version(),
                c.itemId(),
                c.level(),
                c.counterpartyId(),
                c.runKey(),
                c.asOf(),
                c.invoiceNumber(),
                c.dueDate(),
                c.daysPastDue(),
                c.currency(),
                c.outstanding(),
                c.fee(),
                c.delivered(),
                DunningStatus.valueOf(c.status().name()),
                c.doneChannels(),
                context.stamp(),
                leaseExpiry);
    }

    private static DunningClaim fromRecord(DunningRecord r) {
        return new DunningClaim(
                r.companyId(),
                r.id(),
                r.version(),
                r.itemId(),
                r.level(),
                r.counterpartyId(),
                r.runKey(),
                r.asOf(),
                r.invoiceNumber(),
                r.dueDate(),
                r.daysPastDue(),
                r.currency(),
                r.outstanding(),
                r.fee(),
                r.feeBooked(),
                DunningClaim.Status.valueOf(r.status().name()),
                r.doneChannels());
    }

    /**
     * Returns every open receivable due strictly before {@code date}, in due-date order. An invoice
     * is open here while its principal is, and {@link #chargesOnlyReceivablesDueBefore} returns
     * those whose principal is paid but whose charges are still open.
     */
    public List<OpenItem> receivablesDueBefore(CompanyId companyId, LocalDate date) {
        List<OpenItem> items = new ArrayList<>();
        PageRequest request = PageRequest.first(PAGE_SIZE);
        while (true) {
            var page =
                    context.stores()
                            .invoices()
                            .openItemsDueBefore(companyId.value(), date, request);
            addReceivables(page.items(), items);
            if (page.next().isEmpty()) {
                return items;
            }
            request = PageRequest.after(page.next().get(), PAGE_SIZE);
        }
    }

    /**
     * Adds the open receivables with a positive amount among {@code views} to {@code items}. Every
     * view is converted first, as {@link InvoiceMapper#openItem} converts it, so a stored value the
     * domain rejects fails the read whatever the item's direction.
     *
     * @throws io.github.tahsilat.error.StoredDataException if a view contains a value the domain
     *     rejects, such as an unknown currency code
     */
    private static void addReceivables(List<OpenItemView> views, List<OpenItem> items) {
        for (OpenItemView view : views) {
            OpenItem item = InvoiceMapper.openItem(view);
            if (item.direction() == Direction.RECEIVABLE && item.outstanding().isPositive()) {
                items.add(item);
            }
        }
    }

    /**
     * Returns the open receivables due strictly before {@code date} whose counterparty is in {@code
     * bucket}, in due-date order, read by the store for that bucket alone.
     */
    public List<OpenItem> receivablesDueBefore(
            CompanyId companyId, LocalDate date, CounterpartyBucket bucket) {
        List<OpenItem> items = new ArrayList<>();
        addReceivables(
                context.stores()
                        .invoices()
                        .openItemsOfBucketDueBefore(companyId.value(), date, bucket),
                items);
        return items;
    }

    /**
     * A receivable whose principal is settled, with the charges still open on it.
     *
     * @param item the invoice, with the open charges as its outstanding amount
     * @param charges the open fee and interest
     */
    public record ChargesOnlyItem(OpenItem item, ChargeBalance charges) {}

    /**
     * Returns the receivables due strictly before {@code date} whose principal is settled but whose
     * fee or late interest is still open, each with the open charges as its outstanding amount,
     * ordered by due date and then id. Charges paid or waived in full leave an invoice out.
     *
     * <p>The cost grows with the invoices ever charged, which the store's {@link
     * io.github.tahsilat.persistence.spi.store.LedgerStore#chargedInvoices} lists, plus one read of
     * the ledger entries of each charged invoice of a counterparty that has such an invoice. It
     * does not grow with other items.
     */
    public List<ChargesOnlyItem> chargesOnlyReceivablesDueBefore(
            CompanyId companyId, LocalDate date) {
        Map<String, List<InvoiceRecord>> byAccount = new TreeMap<>();
        for (UUID id : context.stores().ledger().chargedInvoices(companyId.value())) {
            Optional<InvoiceRecord> found = context.stores().invoices().find(companyId.value(), id);
            if (found.isEmpty()) {
                continue;
            }
            InvoiceRecord invoice = found.get();
            boolean principalSettled = invoice.outstanding().signum() == 0;
            if (invoice.direction()
                            == io.github.tahsilat.persistence.spi.record.Direction.RECEIVABLE
                    && principalSettled
                    && invoice.dueDate().isBefore(date)) {
                byAccount
                        .computeIfAbsent(
                                invoice.counterpartyId() + "|" + invoice.currency(),
                                k -> new ArrayList<>())
                        .add(invoice);
            }
        }
        ChargeRepository charges = new ChargeRepository(context);
        List<ChargesOnlyItem> items = new ArrayList<>();
        for (List<InvoiceRecord> account : byAccount.values()) {
            InvoiceRecord first = account.get(0);
            Map<InvoiceId, ChargeBalance> open =
                    charges.openCharges(
                            companyId,
                            new CounterpartyId(first.counterpartyId()),
                            Amounts.currency(first.currency()));
            for (InvoiceRecord invoice : account) {
                ChargeBalance balance = open.get(new InvoiceId(invoice.id()));
                if (balance != null && balance.total().isPositive()) {
                    items.add(new ChargesOnlyItem(chargesOnlyItem(invoice, balance), balance));
                }
            }
        }
        items.sort(
                Comparator.comparing((ChargesOnlyItem c) -> c.item().dueDate())
                        .thenComparing(c -> c.item().invoiceId().value()));
        return items;
    }

    private static OpenItem chargesOnlyItem(InvoiceRecord invoice, ChargeBalance charges) {
        return new OpenItem(
                new InvoiceId(invoice.id()),
                new CounterpartyId(invoice.counterpartyId()),
                invoice.issueDate(),
                invoice.dueDate(),
                charges.total().toMonetaryAmount(),
                Direction.RECEIVABLE,
                invoice.disputed(),
                invoice.lastDunningLevel());
    }

    /**
     * Returns the invoice's number.
     *
     * @throws NotFoundException if the invoice is not stored
     */
    public String invoiceNumber(CompanyId companyId, InvoiceId invoiceId) {
        return requireInvoice(companyId, invoiceId).number();
    }

    /**
     * Returns the numbers of the invoices, by id, read in one call of the store.
     *
     * @throws NotFoundException if an invoice is not stored
     */
    public Map<InvoiceId, String> invoiceNumbers(CompanyId companyId, List<InvoiceId> invoiceIds) {
        List<UUID> ids = invoiceIds.stream().map(InvoiceId::value).toList();
        Map<UUID, String> stored = context.stores().invoices().numbersOf(companyId.value(), ids);
        Map<InvoiceId, String> numbers = new HashMap<>();
        for (InvoiceId invoiceId : invoiceIds) {
            String number = stored.get(invoiceId.value());
            if (number == null) {
                throw new NotFoundException(
                        "invoice",
                        invoiceId.toString(),
                        "company " + companyId,
                        "issue it first or check the ids");
            }
            numbers.put(invoiceId, number);
        }
        return numbers;
    }

    /**
     * Returns the invoice's counterparty.
     *
     * @throws NotFoundException if the invoice is not stored
     */
    public CounterpartyId counterpartyOf(CompanyId companyId, InvoiceId invoiceId) {
        return new CounterpartyId(requireInvoice(companyId, invoiceId).counterpartyId());
    }

    private InvoiceRecord requireInvoice(CompanyId companyId, InvoiceId invoiceId) {
        return context.stores()
                .invoices()
                .find(companyId.value(), invoiceId.value())
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "invoice",
                                        invoiceId.toString(),
                                        "company " + companyId,
                                        "issue it first or check the ids"));
    }

    /**
     * Returns the blocks of the items, active or lapsed, by item id, read in one call of the store.
     * An item without blocks is left out.
     */
    public Map<UUID, List<DunningBlock>> blocksOf(CompanyId companyId, Collection<UUID> itemIds) {
        Map<UUID, List<DunningBlock>> blocks = new HashMap<>();
        store().blocksOfItems(companyId.value(), itemIds)
                .forEach(
                        (itemId, records) ->
                                blocks.put(
                                        itemId,
                                        records.stream()
                                                .map(
                                                        b ->
                                                                new DunningBlock(
                                                                        b.reason(),
                                                                        b.from(),
                                                                        b.until()))
                                                .toList()));
        return blocks;
    }

    /** Stores a block on an item. */
    public void insertBlock(CompanyId companyId, InvoiceId invoiceId, DunningBlock block) {
        store().insertBlock(
                        companyId.value(),
                        new DunningBlockRecord(
                                companyId.value(),
                                UUID.randomUUID(),
                                invoiceId.value(),
                                block.reason(),
                                block.from(),
                                block.until(),
                                context.stamp()));
    }

    /**
     * Returns what the counterparty's unmatured instruments cover, by invoice: the fee, interest
     * and principal that their provisional allocations took. Unmatured instruments are the cheques
     * and notes, neither cleared nor bounced, that mature after {@code asOf}. An instrument kept as
     * credit without an allocation covers no invoice.
     */
    public Map<InvoiceId, Coverage> unmaturedCover(
            CompanyId companyId, CounterpartyId counterpartyId, LocalDate asOf) {
        Map<InvoiceId, Coverage> covered = new HashMap<>();
        List<InstrumentRecord> instruments =
                context.stores()
                        .instruments()
                        .unclearedOf(companyId.value(), counterpartyId.value());
        for (InstrumentRecord instrument : instruments) {
            if (!instrument.maturity().isAfter(asOf)) {
                continue;
            }
            CurrencyUnit currency = Amounts.currency(instrument.currency());
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
                covered.merge(new InvoiceId(allocation.invoiceId()), part, Coverage::plus);
            }
        }
        return covered;
    }

    private static MinorAmount units(BigDecimal value, CurrencyUnit currency) {
        return MinorAmount.of(value, currency, RoundingMode.UNNECESSARY);
    }

    /**
     * Books a dunning fee on an item as a receivable charge in the active transaction.
     *
     * @param documentId the dunning record that charges the fee
     */
    public void bookFee(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            MinorAmount fee,
            LocalDate valueDate,
            UUID documentId) {
        bookCharge(companyId, counterpartyId, invoiceId, fee, valueDate, documentId, false);
    }

    /**
     * Books late interest on an item as a receivable charge in the active transaction.
     *
     * @param documentId the dunning record that charges the interest
     */
    public void bookInterest(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            MinorAmount interest,
            LocalDate valueDate,
            UUID documentId) {
        bookCharge(companyId, counterpartyId, invoiceId, interest, valueDate, documentId, true);
    }

    private void bookCharge(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            MinorAmount fee,
            LocalDate valueDate,
            UUID documentId,
            boolean interest) {
        new ChargeRepository(context)
                .book(
                        companyId,
                        counterpartyId,
                        invoiceId,
                        interest ? ItemComponent.INTEREST : ItemComponent.FEE,
                        fee,
                        valueDate,
                        documentId,
                        interest ? "late interest" : "dunning fee");
    }

    /** Stores a run's summary as dunning history. */
    public void insertRun(
            CompanyId companyId,
            String runKey,
            LocalDate asOf,
            int notices,
            int failures,
            int exclusions,
            Map<String, BigDecimal> feesByCurrency,
            Map<String, BigDecimal> interestByCurrency) {
        store().insertRun(
                        companyId.value(),
                        new DunningRunRecord(
                                companyId.value(),
                                UUID.randomUUID(),
                                runKey,
                                asOf,
                                notices,
                                failures,
                                exclusions,
                                feesByCurrency,
                                interestByCurrency,
                                context.stamp()));
    }

    /**
     * Returns the invoice's outstanding amount now.
     *
     * @throws NotFoundException if the invoice is not stored
     */
    public MinorAmount outstanding(CompanyId companyId, InvoiceId invoiceId) {
        InvoiceRecord invoice = requireInvoice(companyId, invoiceId);
        return MinorAmount.of(
                invoice.outstanding(),
                Amounts.currency(invoice.currency()),
                RoundingMode.UNNECESSARY);
    }

    /** Stores an open promise to pay on an item and returns its id. */
    public UUID insertPromise(
            CompanyId companyId,
            InvoiceId invoiceId,
            LocalDate promisedOn,
            LocalDate payBy,
            MinorAmount amount,
            MinorAmount outstanding) {
        PromiseRecord promise =
                new PromiseRecord(
                        companyId.value(),
                        UUID.randomUUID(),
                        0,
                        invoiceId.value(),
                        promisedOn,
                        payBy,
                        amount.currencyCode(),
                        amount.toBigDecimal(),
                        outstanding.toBigDecimal(),
                        PromiseStatus.OPEN,
                        context.stamp());
        return store().insertPromise(companyId.value(), promise).id();
    }

    /**
     * Returns what settlements with a value date after {@code date} took off the invoice's
     * outstanding amount: the amounts of its {@code ALLOCATION}, {@code DISCOUNT} and {@code
     * WRITE_OFF} ledger entries in {@code currency} on the principal or on no component. A
     * reversing entry has a negative amount, so a later reversal lowers the sum.
     */
    public MinorAmount principalSettledAfter(
            CompanyId companyId, InvoiceId invoiceId, CurrencyUnit currency, LocalDate date) {
        MinorAmount sum = MinorAmount.zero(currency);
        String code = currency.getCurrencyCode();
        for (LedgerEntryRecord entry :
                context.stores().ledger().findByInvoice(companyId.value(), invoiceId.value())) {
            boolean settlement =
                    entry.kind() == LedgerEntryKind.ALLOCATION
                            || entry.kind() == LedgerEntryKind.DISCOUNT
                            || entry.kind() == LedgerEntryKind.WRITE_OFF;
            boolean principal = entry.component().map("PRINCIPAL"::equals).orElse(true);
            if (settlement
                    && principal
                    && entry.valueDate().isAfter(date)
                    && entry.currency().equals(code)) {
                sum = sum.plus(MinorAmount.of(entry.amount(), currency, RoundingMode.UNNECESSARY));
            }
        }
        return sum;
    }

    /**
     * Returns the open promises of the items, by item id, read in one call of the store. An item
     * without open promises is left out.
     */
    public Map<UUID, List<StoredPromise>> openPromises(
            CompanyId companyId, Collection<UUID> itemIds) {
        Map<UUID, List<StoredPromise>> open = new HashMap<>();
        store().promisesOfItems(companyId.value(), itemIds)
                .forEach(
                        (itemId, promises) -> {
                            List<StoredPromise> stored =
                                    promises.stream()
                                            .filter(p -> p.status() == PromiseStatus.OPEN)
                                            .map(DunningRepository::storedPromise)
                                            .toList();
                            if (!stored.isEmpty()) {
                                open.put(itemId, stored);
                            }
                        });
        return open;
    }

    private static StoredPromise storedPromise(PromiseRecord p) {
        CurrencyUnit currency = Amounts.currency(p.currency());
        return new StoredPromise(
                p.id(),
                p.payBy(),
                MinorAmount.of(p.amount(), currency, RoundingMode.UNNECESSARY),
                MinorAmount.of(p.outstandingWhenPromised(), currency, RoundingMode.UNNECESSARY));
    }

    /**
     * Marks an open promise kept or broken, in the active transaction.
     *
     * @return whether the promise was still open, {@code false} when another run settled it first
     */
    public boolean settlePromise(CompanyId companyId, InvoiceId invoiceId, UUID id, boolean kept) {
        PromiseRecord stored =
                store().promisesOf(companyId.value(), invoiceId.value()).stream()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .orElseThrow();
        if (stored.status() != PromiseStatus.OPEN) {
            return false;
        }
        store().updatePromise(
                        companyId.value(),
                        stored.withStatus(
                                kept ? PromiseStatus.KEPT : PromiseStatus.BROKEN, context.stamp()));
        return true;
    }

    /**
     * Returns the item's principal from its issue up to and including {@code asOf}, from its ledger
     * entries: the invoice amount, less what was allocated, discounted or written off on it.
     */
    public PrincipalHistory principalHistory(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            CurrencyUnit currency,
            LocalDate asOf) {
        Map<LocalDate, MinorAmount> changes = new TreeMap<>();
        MinorAmount zero = MinorAmount.zero(currency);
        for (LedgerEntryRecord entry :
                itemEntries(companyId, counterpartyId, invoiceId, currency, asOf)) {
            MinorAmount amount = MinorAmount.of(entry.amount(), currency, RoundingMode.UNNECESSARY);
            MinorAmount change =
                    switch (entry.kind()) {
                        case INVOICE -> amount;
                        case ALLOCATION, DISCOUNT, WRITE_OFF ->
                                "PRINCIPAL".equals(entry.component().orElse("PRINCIPAL"))
                                        ? amount.negate()
                                        : zero;
                        default -> zero;
                    };
            changes.merge(entry.valueDate(), change, MinorAmount::plus);
        }
        PrincipalHistory history = PrincipalHistory.of(zero.toMonetaryAmount());
        MinorAmount balance = zero;
        for (Map.Entry<LocalDate, MinorAmount> change : changes.entrySet()) {
            balance = balance.plus(change.getValue()).max(zero);
            history = history.withBalance(change.getKey(), balance.toMonetaryAmount());
        }
        return history;
    }

    /** Returns the late interest booked on the item so far. */
    public MinorAmount interestBooked(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            CurrencyUnit currency) {
        MinorAmount sum = MinorAmount.zero(currency);
        for (LedgerEntryRecord entry :
                itemEntries(
                        companyId,
                        counterpartyId,
                        invoiceId,
                        currency,
                        LocalDate.of(9999, 12, 31))) {
            if (entry.kind() == LedgerEntryKind.INTEREST) {
                sum = sum.plus(MinorAmount.of(entry.amount(), currency, RoundingMode.UNNECESSARY));
            }
        }
        return sum;
    }

    private List<LedgerEntryRecord> itemEntries(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            CurrencyUnit currency,
            LocalDate asOf) {
        List<LedgerEntryRecord> entries = new ArrayList<>();
        PageRequest request = PageRequest.first(PAGE_SIZE);
        while (true) {
            var page =
                    context.stores()
                            .ledger()
                            .entriesOf(
                                    companyId.value(),
                                    counterpartyId.value(),
                                    currency.getCurrencyCode(),
                                    LocalDate.of(1900, 1, 1),
                                    asOf,
                                    request);
            page.items().stream()
                    .filter(e -> e.invoiceId().equals(Optional.of(invoiceId.value())))
                    .forEach(entries::add);
            if (page.next().isEmpty()) {
                return entries;
            }
            request = PageRequest.after(page.next().get(), PAGE_SIZE);
        }
    }
}
