package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.record.CreditDocumentKind;
import io.github.tahsilat.persistence.spi.record.CreditDocumentRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.store.CreditDocumentStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/** Credit documents per company, indexed by number, idempotency key, invoice and counterparty. */
final class MemoryCreditDocumentStore implements CreditDocumentStore {

    private static final String TYPE = "CreditDocumentRecord";

    private final MemoryTransactions transactions;
    private final Map<UUID, Table> tables = new HashMap<>();

    /** A document number within its direction and kind. */
    private record NumberKey(Direction direction, CreditDocumentKind kind, String number) {
        @Override
        public String toString() {
            return direction + "/" + kind + "/" + number;
        }
    }

    /** One company's documents and indexes. */
    private static final class Table {
        final Map<UUID, CreditDocumentRecord> byId = new HashMap<>();
        final Map<NumberKey, UUID> byNumber = new HashMap<>();
        final Map<String, UUID> byIdempotencyKey = new HashMap<>();
        final Map<UUID, NavigableSet<DayKey>> byInvoice = new HashMap<>();
        final Map<UUID, NavigableSet<DayKey>> withCredit = new HashMap<>();

        void replace(CreditDocumentRecord old, CreditDocumentRecord next) {
            if (old != null) {
                DayKey key = DayKey.of(old.issueDate(), old.id());
                byId.remove(old.id());
                byNumber.remove(numberKey(old));
                old.idempotencyKey().ifPresent(byIdempotencyKey::remove);
                old.referencedInvoiceId().ifPresent(invoice -> remove(byInvoice, invoice, key));
                if (old.remainingCredit().signum() > 0) {
                    remove(withCredit, old.counterpartyId(), key);
                }
            }
            if (next != null) {
                DayKey key = DayKey.of(next.issueDate(), next.id());
                byId.put(next.id(), next);
                byNumber.put(numberKey(next), next.id());
                next.idempotencyKey().ifPresent(k -> byIdempotencyKey.put(k, next.id()));
                next.referencedInvoiceId()
                        .ifPresent(
                                invoice ->
                                        byInvoice
                                                .computeIfAbsent(invoice, i -> new TreeSet<>())
                                                .add(key));
                if (next.remainingCredit().signum() > 0) {
                    withCredit
                            .computeIfAbsent(next.counterpartyId(), c -> new TreeSet<>())
                            .add(key);
                }
            }
        }

        private static void remove(Map<UUID, NavigableSet<DayKey>> index, UUID id, DayKey key) {
            NavigableSet<DayKey> keys = index.get(id);
            keys.remove(key);
            if (keys.isEmpty()) {
                index.remove(id);
            }
        }

        List<CreditDocumentRecord> records(NavigableSet<DayKey> keys) {
            return keys == null ? List.of() : keys.stream().map(k -> byId.get(k.id())).toList();
        }
    }

    MemoryCreditDocumentStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private static NumberKey numberKey(CreditDocumentRecord document) {
        return new NumberKey(document.direction(), document.kind(), document.number());
    }

    @Override
    public CreditDocumentRecord insert(UUID companyId, CreditDocumentRecord document) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, document.companyId());
        WriteChecks.newRecord(TYPE, document.version());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    Optional<String> key = document.idempotencyKey();
                    UUID storedId = key.map(table.byIdempotencyKey::get).orElse(null);
                    if (storedId != null) {
                        CreditDocumentRecord stored = table.byId.get(storedId);
                        if (!stored.sameContentAs(document)) {
                            throw new IdempotencyConflictException(TYPE, key.get(), storedId);
                        }
                        return stored;
                    }
                    if (table.byId.containsKey(document.id())) {
                        throw new DuplicateKeyException(TYPE, "id", document.id().toString());
                    }
                    checkUniqueKeys(table, document);
                    return store(table, null, document.withVersion(1), undo);
                });
    }

    @Override
    public CreditDocumentRecord update(UUID companyId, CreditDocumentRecord document) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, document.companyId());
        WriteChecks.readRecord(TYPE, document.version());
        return transactions.write(
                undo -> {
                    Table table = tables.get(companyId);
                    CreditDocumentRecord stored =
                            table == null ? null : table.byId.get(document.id());
                    if (stored == null) {
                        throw new RecordNotFoundException(TYPE, companyId, document.id());
                    }
                    WriteChecks.currentVersion(
                            TYPE, document.id(), document.version(), stored.version());
                    checkUniqueKeys(table, document);
                    return store(table, stored, document.withVersion(stored.version() + 1), undo);
                });
    }

    private static void checkUniqueKeys(Table table, CreditDocumentRecord document) {
        NumberKey number = numberKey(document);
        UUID numberOwner = table.byNumber.get(number);
        if (numberOwner != null && !numberOwner.equals(document.id())) {
            throw new DuplicateKeyException(TYPE, "number", number.toString());
        }
        document.idempotencyKey()
                .ifPresent(
                        key -> {
                            UUID owner = table.byIdempotencyKey.get(key);
                            if (owner != null && !owner.equals(document.id())) {
                                throw new DuplicateKeyException(TYPE, "idempotencyKey", key);
                            }
                        });
    }

    private static CreditDocumentRecord store(
            Table table, CreditDocumentRecord old, CreditDocumentRecord next, UndoLog undo) {
        table.replace(old, next);
        undo.add(() -> table.replace(next, old));
        return next;
    }

    @Override
    public Optional<CreditDocumentRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return query(companyId, table -> Optional.ofNullable(table.byId.get(id)), Optional.empty());
    }

    @Override
    public Optional<CreditDocumentRecord> findByNumber(
            UUID companyId, Direction direction, CreditDocumentKind kind, String number) {
        NumberKey key = new NumberKey(direction, kind, Objects.requireNonNull(number, "number"));
        return query(
                companyId,
                table -> Optional.ofNullable(table.byNumber.get(key)).map(table.byId::get),
                Optional.empty());
    }

    @Override
    public Optional<CreditDocumentRecord> findByIdempotencyKey(
            UUID companyId, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return query(
                companyId,
                table ->
                        Optional.ofNullable(table.byIdempotencyKey.get(idempotencyKey))
                                .map(table.byId::get),
                Optional.empty());
    }

    @Override
    public List<CreditDocumentRecord> findByInvoice(UUID companyId, UUID invoiceId) {
        Objects.requireNonNull(invoiceId, "invoiceId");
        return query(companyId, table -> table.records(table.byInvoice.get(invoiceId)), List.of());
    }

    @Override
    public List<CreditDocumentRecord> withRemainingCredit(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return query(
                companyId, table -> table.records(table.withCredit.get(counterpartyId)), List.of());
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
