package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.OpenReceivableFeed;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Invoices per company in an {@link InvoiceTable}, with unique indexes and sorted indexes keyed by
 * (due day, id) for the open-item queries, so a page costs a binary search plus its own items.
 */
final class MemoryInvoiceStore implements InvoiceStore {

    private static final String TYPE = "InvoiceRecord";

    private final MemoryTransactions transactions;
    private final MemoryOpenReceivableFeed feed;
    private final Map<UUID, InvoiceTable> tables = new HashMap<>();

    MemoryInvoiceStore(MemoryTransactions transactions, MemoryOpenReceivableFeed feed) {
        this.transactions = transactions;
        this.feed = feed;
    }

    /** Returns the feed that this store and the counterparty store created with it report to. */
    @Override
    public Optional<OpenReceivableFeed> openReceivableFeed() {
        return Optional.of(feed);
    }

    /**
     * Reports every company's open receivables to {@code listener}. Call it under the write lock.
     */
    void replayTo(OpenReceivableListener listener) {
        tables.values().forEach(table -> table.replayOpenReceivables(listener));
    }

    @Override
    public InvoiceRecord insert(UUID companyId, InvoiceRecord invoice) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, invoice.companyId());
        WriteChecks.newRecord(TYPE, invoice.version());
        return transactions.write(
                undo -> {
                    InvoiceTable table = tables.computeIfAbsent(companyId, InvoiceTable::new);
                    Optional<InvoiceRecord> repeated = repeatedRequest(table, invoice);
                    if (repeated.isPresent()) {
                        return repeated.get();
                    }
                    if (table.slotOf(invoice.id()) >= 0) {
                        throw new DuplicateKeyException(TYPE, "id", invoice.id().toString());
                    }
                    checkUniqueKeys(table, invoice);
                    return store(companyId, table, null, invoice.withVersion(1), undo);
                });
    }

    /** Returns the stored invoice if the insert repeats its idempotency key with equal content. */
    private static Optional<InvoiceRecord> repeatedRequest(
            InvoiceTable table, InvoiceRecord invoice) {
        if (invoice.idempotencyKey().isEmpty()) {
            return Optional.empty();
        }
        String key = invoice.idempotencyKey().get();
        UUID storedId = table.byIdempotencyKey.get(key);
        if (storedId == null) {
            return Optional.empty();
        }
        InvoiceRecord stored = table.find(storedId);
        if (!stored.sameContentAs(invoice)) {
            throw new IdempotencyConflictException(TYPE, key, storedId);
        }
        return Optional.of(stored);
    }

    @Override
    public InvoiceRecord update(UUID companyId, InvoiceRecord invoice) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, invoice.companyId());
        WriteChecks.readRecord(TYPE, invoice.version());
        return transactions.write(
                undo -> {
                    InvoiceTable table = tables.get(companyId);
                    InvoiceRecord stored = table == null ? null : table.find(invoice.id());
                    if (stored == null) {
                        throw new RecordNotFoundException(TYPE, companyId, invoice.id());
                    }
                    WriteChecks.currentVersion(
                            TYPE, invoice.id(), invoice.version(), stored.version());
                    checkUniqueKeys(table, invoice);
                    return store(
                            companyId,
                            table,
                            stored,
                            invoice.withVersion(stored.version() + 1),
                            undo);
                });
    }

    private static void checkUniqueKeys(InvoiceTable table, InvoiceRecord invoice) {
        int numbered = table.slotOfNumber(invoice.direction(), invoice.number());
        unique(
                numbered < 0 ? null : table.id(numbered),
                invoice,
                "number",
                invoice.direction() + "/" + invoice.number());
        invoice.externalReference()
                .ifPresent(
                        ref ->
                                unique(
                                        table.byExternalReference.get(ref),
                                        invoice,
                                        "externalReference",
                                        ref));
        invoice.idempotencyKey()
                .ifPresent(
                        key ->
                                unique(
                                        table.byIdempotencyKey.get(key),
                                        invoice,
                                        "idempotencyKey",
                                        key));
    }

    private static void unique(UUID owner, InvoiceRecord invoice, String keyName, String value) {
        if (owner != null && !owner.equals(invoice.id())) {
            throw new DuplicateKeyException(TYPE, keyName, value);
        }
    }

    /**
     * Writes {@code next} in place of {@code old} and reports the change to the feed. The undo
     * action is logged before the report, so if a listener throws, the failed write's rollback
     * still restores the table and reports the reverse change.
     */
    private InvoiceRecord store(
            UUID companyId,
            InvoiceTable table,
            InvoiceRecord old,
            InvoiceRecord next,
            UndoLog undo) {
        int slot = table.replace(old, next);
        undo.add(
                () -> {
                    table.replace(next, old);
                    feed.invoiceChanged(companyId, slot, next, old);
                });
        feed.invoiceChanged(companyId, slot, old, next);
        return next;
    }

    @Override
    public Optional<InvoiceRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return query(companyId, table -> Optional.ofNullable(table.find(id)), Optional.empty());
    }

    /** Reads the numbers under one read lock, decoding each number alone from its slot. */
    @Override
    public Map<UUID, String> numbersOf(UUID companyId, Collection<UUID> ids) {
        Objects.requireNonNull(ids, "ids");
        ids.forEach(id -> Objects.requireNonNull(id, "id"));
        return query(
                companyId,
                table -> {
                    Map<UUID, String> numbers = new HashMap<>();
                    for (UUID id : ids) {
                        int slot = table.slotOf(id);
                        if (slot >= 0) {
                            numbers.put(id, table.number(slot));
                        }
                    }
                    return numbers;
                },
                new HashMap<>());
    }

    @Override
    public Optional<InvoiceRecord> findByNumber(
            UUID companyId, Direction direction, String number) {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(number, "number");
        return query(
                companyId,
                table -> {
                    int slot = table.slotOfNumber(direction, number);
                    return slot < 0 ? Optional.empty() : Optional.of(table.record(slot));
                },
                Optional.empty());
    }

    @Override
    public Optional<InvoiceRecord> findByExternalReference(
            UUID companyId, String externalReference) {
        Objects.requireNonNull(externalReference, "externalReference");
        return query(
                companyId,
                table -> lookup(table, table.byExternalReference.get(externalReference)),
                Optional.empty());
    }

    @Override
    public Optional<InvoiceRecord> findByIdempotencyKey(UUID companyId, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return query(
                companyId,
                table -> lookup(table, table.byIdempotencyKey.get(idempotencyKey)),
                Optional.empty());
    }

    private static Optional<InvoiceRecord> lookup(InvoiceTable table, UUID id) {
        return Optional.ofNullable(id).map(table::find);
    }

    @Override
    public Page<InvoiceRecord> openItemsOf(
            UUID companyId, UUID counterpartyId, PageRequest request) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return pageOf(
                companyId,
                table -> table.openOf(counterpartyId),
                Long.MAX_VALUE,
                request,
                null,
                InvoiceTable::record);
    }

    @Override
    public Page<OpenItemView> openItems(UUID companyId, PageRequest request) {
        return pageOf(
                companyId, table -> table.open, Long.MAX_VALUE, request, null, InvoiceTable::view);
    }

    @Override
    public void forEachOpenItem(UUID companyId, OpenItemSink sink) {
        Objects.requireNonNull(sink, "sink");
        query(
                companyId,
                table -> {
                    table.handOverOpen(sink);
                    return null;
                },
                null);
    }

    @Override
    public void forEachOpenItemIndexed(UUID companyId, IndexedOpenItemSink sink) {
        Objects.requireNonNull(sink, "sink");
        query(
                companyId,
                table -> {
                    table.handOverOpen(sink);
                    return null;
                },
                null);
    }

    @Override
    public Page<OpenItemView> openItemsDueBefore(
            UUID companyId, LocalDate date, PageRequest request) {
        long bound = Objects.requireNonNull(date, "date").toEpochDay();
        return pageOf(companyId, table -> table.open, bound, request, null, InvoiceTable::view);
    }

    @Override
    public Page<OpenItemView> itemsOpenOn(UUID companyId, LocalDate date, PageRequest request) {
        Objects.requireNonNull(date, "date");
        // NOTE: this scans the company's items from the cursor on and filters them. A store
        // serving frequent historical aging would index issue and close dates as well.
        return pageOf(
                companyId,
                table -> table.all,
                Long.MAX_VALUE,
                request,
                invoice -> invoice.openOn(date),
                InvoiceTable::view);
    }

    @Override
    public List<InvoiceRecord> openReceivablesByNumberKey(
            UUID companyId, Collection<String> numberKeys) {
        return byKeys(
                companyId, numberKeys, InvoiceTable::forEachWithNumberKey, InvoiceTable::record);
    }

    @Override
    public List<InvoiceRecord> openReceivablesByReferenceKey(
            UUID companyId, Collection<String> referenceKeys) {
        return byKeys(
                companyId,
                referenceKeys,
                InvoiceTable::forEachWithReferenceKey,
                InvoiceTable::record);
    }

    @Override
    public List<MatchCandidateView> matchCandidatesByNumberKey(
            UUID companyId, Collection<String> numberKeys) {
        return byKeys(
                companyId, numberKeys, InvoiceTable::forEachWithNumberKey, InvoiceTable::matchView);
    }

    @Override
    public List<MatchCandidateView> matchCandidatesByReferenceKey(
            UUID companyId, Collection<String> referenceKeys) {
        return byKeys(
                companyId,
                referenceKeys,
                InvoiceTable::forEachWithReferenceKey,
                InvoiceTable::matchView);
    }

    /** A hash index of {@link InvoiceTable} that visits the slots under one key. */
    private interface KeyIndex {
        void forEach(InvoiceTable table, String key, IntConsumer action);
    }

    private <T> List<T> byKeys(
            UUID companyId,
            Collection<String> keys,
            KeyIndex index,
            BiFunction<InvoiceTable, Integer, T> mapper) {
        Objects.requireNonNull(keys, "keys");
        keys.forEach(key -> Objects.requireNonNull(key, "key"));
        return query(
                companyId,
                table -> {
                    // The set drops the slots of a repeated key, so the keys need no copy.
                    SortedSet<Integer> slots = new TreeSet<>(table::compareDue);
                    for (String key : keys) {
                        index.forEach(table, key, slots::add);
                    }
                    List<T> found = new ArrayList<>(slots.size());
                    slots.forEach(slot -> found.add(mapper.apply(table, slot)));
                    return found;
                },
                List.of());
    }

    @Override
    public List<InvoiceRecord> openReceivablesByAmount(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            long lowMinor,
            long highMinor,
            int limit) {
        return byAmount(
                companyId,
                counterpartyId,
                currency,
                lowMinor,
                highMinor,
                limit,
                InvoiceTable::record);
    }

    @Override
    public List<MatchCandidateView> matchCandidatesByAmount(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            long lowMinor,
            long highMinor,
            int limit) {
        return byAmount(
                companyId,
                counterpartyId,
                currency,
                lowMinor,
                highMinor,
                limit,
                InvoiceTable::matchView);
    }

    @Override
    public List<MatchCandidateView> oldestMatchCandidatesOf(
            UUID companyId, Collection<UUID> counterpartyIds, int limitEach) {
        Objects.requireNonNull(counterpartyIds, "counterpartyIds");
        counterpartyIds.forEach(id -> Objects.requireNonNull(id, "counterpartyId"));
        if (limitEach < 0) {
            throw new IllegalArgumentException(
                    "invalid limitEach: " + limitEach + "; expected 0 or more");
        }
        return query(
                companyId,
                table -> {
                    List<MatchCandidateView> found = new ArrayList<>();
                    for (UUID counterpartyId : new LinkedHashSet<>(counterpartyIds)) {
                        int[] added = {0};
                        table.openOf(counterpartyId)
                                .forEach(
                                        slot -> {
                                            if (added[0] >= limitEach) {
                                                return false;
                                            }
                                            if (table.isReceivable(slot)) {
                                                found.add(table.matchView(slot));
                                                added[0]++;
                                            }
                                            return true;
                                        });
                    }
                    return found;
                },
                List.of());
    }

    private <T> List<T> byAmount(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            long lowMinor,
            long highMinor,
            int limit,
            BiFunction<InvoiceTable, Integer, T> mapper) {
        Objects.requireNonNull(currency, "currency");
        if (limit < 0) {
            throw new IllegalArgumentException("invalid limit: " + limit + "; expected 0 or more");
        }
        return query(
                companyId,
                table -> {
                    List<T> found = new ArrayList<>();
                    int currencySlot = table.currencySlotOf(currency);
                    if (currencySlot < 0 || lowMinor > highMinor || limit == 0) {
                        return found;
                    }
                    SortedSlots.Visitor collect =
                            slot -> {
                                if (table.currency(slot) != currencySlot
                                        || table.openMinor(slot) > highMinor) {
                                    return false;
                                }
                                found.add(mapper.apply(table, slot));
                                return found.size() < limit;
                            };
                    SortedSlots index = table.receivablesByAmount(counterpartyId);
                    if (lowMinor == Long.MIN_VALUE) {
                        index.forEachAfter(currencySlot - 1, Long.MAX_VALUE, 0, collect);
                    } else {
                        index.forEachAfter(currencySlot, lowMinor - 1, 0, collect);
                    }
                    return found;
                },
                List.of());
    }

    /**
     * Reads one page of an index: the items after the request's cursor and due before {@code
     * dueBefore} (an epoch day), that pass {@code filter} when it is not null.
     */
    private <T> Page<T> pageOf(
            UUID companyId,
            Function<InvoiceTable, SortedSlots> indexOf,
            long dueBefore,
            PageRequest request,
            Predicate<InvoiceRecord> filter,
            BiFunction<InvoiceTable, Integer, T> mapper) {
        Objects.requireNonNull(request, "request");
        Optional<DayKey> after = request.cursor().map(DayKey::parse);
        return query(
                companyId,
                table -> {
                    PageCollector<T> page =
                            new PageCollector<>(table, request.size(), dueBefore, filter, mapper);
                    SortedSlots index = indexOf.apply(table);
                    if (after.isPresent()) {
                        DayKey key = after.get();
                        index.forEachAfter(
                                key.epochDay(),
                                key.id().getMostSignificantBits(),
                                key.id().getLeastSignificantBits(),
                                page);
                    } else {
                        index.forEach(page);
                    }
                    return page.page();
                },
                Page.last(List.of()));
    }

    /** Collects up to {@code size} matching items, and a cursor if one more matches. */
    private static final class PageCollector<T> implements SortedSlots.Visitor {
        private final InvoiceTable table;
        private final int size;
        private final long dueBefore;
        private final Predicate<InvoiceRecord> filter;
        private final BiFunction<InvoiceTable, Integer, T> mapper;
        private final List<T> items = new ArrayList<>();
        private int last = -1;
        private boolean more;

        PageCollector(
                InvoiceTable table,
                int size,
                long dueBefore,
                Predicate<InvoiceRecord> filter,
                BiFunction<InvoiceTable, Integer, T> mapper) {
            this.table = table;
            this.size = size;
            this.dueBefore = dueBefore;
            this.filter = filter;
            this.mapper = mapper;
        }

        @Override
        public boolean visit(int slot) {
            if (table.dueDay(slot) >= dueBefore) {
                return false;
            }
            if (filter != null && !filter.test(table.record(slot))) {
                return true;
            }
            if (items.size() == size) {
                more = true;
                return false;
            }
            items.add(mapper.apply(table, slot));
            last = slot;
            return true;
        }

        Page<T> page() {
            if (more) {
                return new Page<>(items, Optional.of(table.key(last).cursor()));
            }
            return Page.last(items);
        }
    }

    private <T> T query(UUID companyId, Function<InvoiceTable, T> read, T none) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.read(
                () -> {
                    InvoiceTable table = tables.get(companyId);
                    return table == null ? none : read.apply(table);
                });
    }
}
