package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Invoices per company, with unique indexes and sorted indexes keyed by (due day, id) for the
 * open-item queries, so a page costs a tree lookup plus its own items.
 */
final class MemoryInvoiceStore implements InvoiceStore {

    private static final String TYPE = "InvoiceRecord";

    private final MemoryTransactions transactions;
    private final Map<UUID, Table> tables = new HashMap<>();

    /** An invoice number within its direction. */
    private record NumberKey(Direction direction, String number) {
        @Override
        public String toString() {
            return direction + "/" + number;
        }
    }

    /** One company's invoices and indexes. */
    private static final class Table {
        final Map<UUID, InvoiceRecord> byId = new HashMap<>();
        final Map<NumberKey, UUID> byNumber = new HashMap<>();
        final Map<String, UUID> byExternalReference = new HashMap<>();
        final Map<String, UUID> byIdempotencyKey = new HashMap<>();
        final NavigableMap<DayKey, UUID> all = new TreeMap<>();
        final NavigableMap<DayKey, UUID> open = new TreeMap<>();
        final Map<UUID, NavigableMap<DayKey, UUID>> openByCounterparty = new HashMap<>();

        /** Replaces {@code old} by {@code next} in the map and the indexes; either may be null. */
        void replace(InvoiceRecord old, InvoiceRecord next) {
            if (old != null) {
                unindex(old);
            }
            if (next != null) {
                index(next);
            }
        }

        private void unindex(InvoiceRecord invoice) {
            byId.remove(invoice.id());
            byNumber.remove(numberKey(invoice));
            invoice.externalReference().ifPresent(byExternalReference::remove);
            invoice.idempotencyKey().ifPresent(byIdempotencyKey::remove);
            DayKey key = DayKey.of(invoice.dueDate(), invoice.id());
            all.remove(key);
            if (invoice.status().isOpen()) {
                open.remove(key);
                NavigableMap<DayKey, UUID> items = openByCounterparty.get(invoice.counterpartyId());
                items.remove(key);
                if (items.isEmpty()) {
                    openByCounterparty.remove(invoice.counterpartyId());
                }
            }
        }

        private void index(InvoiceRecord invoice) {
            byId.put(invoice.id(), invoice);
            byNumber.put(numberKey(invoice), invoice.id());
            invoice.externalReference()
                    .ifPresent(ref -> byExternalReference.put(ref, invoice.id()));
            invoice.idempotencyKey().ifPresent(key -> byIdempotencyKey.put(key, invoice.id()));
            DayKey key = DayKey.of(invoice.dueDate(), invoice.id());
            all.put(key, invoice.id());
            if (invoice.status().isOpen()) {
                open.put(key, invoice.id());
                openByCounterparty
                        .computeIfAbsent(invoice.counterpartyId(), id -> new TreeMap<>())
                        .put(key, invoice.id());
            }
        }
    }

    MemoryInvoiceStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private static NumberKey numberKey(InvoiceRecord invoice) {
        return new NumberKey(invoice.direction(), invoice.number());
    }

    @Override
    public InvoiceRecord insert(UUID companyId, InvoiceRecord invoice) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, invoice.companyId());
        WriteChecks.newRecord(TYPE, invoice.version());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    Optional<InvoiceRecord> repeated = repeatedRequest(table, invoice);
                    if (repeated.isPresent()) {
                        return repeated.get();
                    }
                    if (table.byId.containsKey(invoice.id())) {
                        throw new DuplicateKeyException(TYPE, "id", invoice.id().toString());
                    }
                    checkUniqueKeys(table, invoice);
                    return store(table, null, invoice.withVersion(1), undo);
                });
    }

    /** Returns the stored invoice if the insert repeats its idempotency key with equal content. */
    private static Optional<InvoiceRecord> repeatedRequest(Table table, InvoiceRecord invoice) {
        if (invoice.idempotencyKey().isEmpty()) {
            return Optional.empty();
        }
        String key = invoice.idempotencyKey().get();
        UUID storedId = table.byIdempotencyKey.get(key);
        if (storedId == null) {
            return Optional.empty();
        }
        InvoiceRecord stored = table.byId.get(storedId);
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
                    Table table = tables.get(companyId);
                    InvoiceRecord stored = table == null ? null : table.byId.get(invoice.id());
                    if (stored == null) {
                        throw new RecordNotFoundException(TYPE, companyId, invoice.id());
                    }
                    WriteChecks.currentVersion(
                            TYPE, invoice.id(), invoice.version(), stored.version());
                    checkUniqueKeys(table, invoice);
                    return store(table, stored, invoice.withVersion(stored.version() + 1), undo);
                });
    }

    private static void checkUniqueKeys(Table table, InvoiceRecord invoice) {
        NumberKey number = numberKey(invoice);
        unique(table.byNumber.get(number), invoice, "number", number.toString());
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

    private static InvoiceRecord store(
            Table table, InvoiceRecord old, InvoiceRecord next, UndoLog undo) {
        table.replace(old, next);
        undo.add(() -> table.replace(next, old));
        return next;
    }

    @Override
    public Optional<InvoiceRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return query(companyId, table -> Optional.ofNullable(table.byId.get(id)), Optional.empty());
    }

    @Override
    public Optional<InvoiceRecord> findByNumber(
            UUID companyId, Direction direction, String number) {
        NumberKey key = new NumberKey(direction, Objects.requireNonNull(number, "number"));
        return query(companyId, table -> lookup(table, table.byNumber.get(key)), Optional.empty());
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

    private static Optional<InvoiceRecord> lookup(Table table, UUID id) {
        return Optional.ofNullable(id).map(table.byId::get);
    }

    @Override
    public Page<InvoiceRecord> openItemsOf(
            UUID companyId, UUID counterpartyId, PageRequest request) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return pageOf(
                companyId,
                table -> table.openByCounterparty.getOrDefault(counterpartyId, new TreeMap<>()),
                request,
                invoice -> true,
                Function.identity());
    }

    @Override
    public Page<OpenItemView> openItems(UUID companyId, PageRequest request) {
        return pageOf(companyId, table -> table.open, request, invoice -> true, OpenItemView::of);
    }

    @Override
    public Page<OpenItemView> openItemsDueBefore(
            UUID companyId, LocalDate date, PageRequest request) {
        long bound = Objects.requireNonNull(date, "date").toEpochDay();
        return pageOf(
                companyId,
                table -> dueBefore(table.open, bound),
                request,
                invoice -> true,
                OpenItemView::of);
    }

    private static NavigableMap<DayKey, UUID> dueBefore(
            NavigableMap<DayKey, UUID> index, long day) {
        if (day > Integer.MAX_VALUE) {
            return index;
        }
        if (day <= Integer.MIN_VALUE) {
            return new TreeMap<>();
        }
        return index.headMap(DayKey.startOf((int) day), false);
    }

    @Override
    public Page<OpenItemView> itemsOpenOn(UUID companyId, LocalDate date, PageRequest request) {
        Objects.requireNonNull(date, "date");
        // NOTE: this scans the company's items from the cursor on and filters them. A store
        // serving frequent historical aging would index issue and close dates as well.
        return pageOf(
                companyId,
                table -> table.all,
                request,
                invoice -> invoice.openOn(date),
                OpenItemView::of);
    }

    private <T> Page<T> pageOf(
            UUID companyId,
            Function<Table, NavigableMap<DayKey, UUID>> indexOf,
            PageRequest request,
            Predicate<InvoiceRecord> filter,
            Function<InvoiceRecord, T> mapper) {
        Objects.requireNonNull(request, "request");
        Optional<DayKey> after = request.cursor().map(DayKey::parse);
        return query(
                companyId,
                table -> {
                    NavigableMap<DayKey, UUID> index = indexOf.apply(table);
                    if (after.isPresent()) {
                        index = index.tailMap(after.get(), false);
                    }
                    return collect(table, index, request.size(), filter, mapper);
                },
                Page.last(List.of()));
    }

    /** Collects up to {@code size} matching items, and a cursor if one more matches. */
    private static <T> Page<T> collect(
            Table table,
            NavigableMap<DayKey, UUID> index,
            int size,
            Predicate<InvoiceRecord> filter,
            Function<InvoiceRecord, T> mapper) {
        List<T> items = new ArrayList<>();
        DayKey last = null;
        for (Map.Entry<DayKey, UUID> entry : index.entrySet()) {
            InvoiceRecord invoice = table.byId.get(entry.getValue());
            if (!filter.test(invoice)) {
                continue;
            }
            if (items.size() == size) {
                return new Page<>(items, Optional.of(last.cursor()));
            }
            items.add(mapper.apply(invoice));
            last = entry.getKey();
        }
        return Page.last(items);
    }

    private <T> T query(UUID companyId, Function<Table, T> read, T none) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.read(
                () -> {
                    Table table = tables.get(companyId);
                    return table == null ? none : read.apply(table);
                });
    }
}
