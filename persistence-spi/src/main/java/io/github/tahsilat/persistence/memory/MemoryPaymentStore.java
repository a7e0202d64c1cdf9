package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.persistence.spi.store.PaymentStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/** Payments per company, indexed by idempotency key and by counterparty with unapplied credit. */
final class MemoryPaymentStore implements PaymentStore {

    private static final String TYPE = "PaymentRecord";

    private final MemoryTransactions transactions;
    private final Map<UUID, Table> tables = new HashMap<>();

    /** One company's payments and indexes. */
    private static final class Table {
        final Map<UUID, PaymentRecord> byId = new HashMap<>();
        final Map<String, UUID> byIdempotencyKey = new HashMap<>();
        final Map<UUID, NavigableSet<DayKey>> withCredit = new HashMap<>();

        void replace(PaymentRecord old, PaymentRecord next) {
            if (old != null) {
                byId.remove(old.id());
                old.idempotencyKey().ifPresent(byIdempotencyKey::remove);
                if (hasCredit(old)) {
                    NavigableSet<DayKey> keys = withCredit.get(old.counterpartyId());
                    keys.remove(DayKey.of(old.valueDate(), old.id()));
                    if (keys.isEmpty()) {
                        withCredit.remove(old.counterpartyId());
                    }
                }
            }
            if (next != null) {
                byId.put(next.id(), next);
                next.idempotencyKey().ifPresent(key -> byIdempotencyKey.put(key, next.id()));
                if (hasCredit(next)) {
                    withCredit
                            .computeIfAbsent(next.counterpartyId(), c -> new TreeSet<>())
                            .add(DayKey.of(next.valueDate(), next.id()));
                }
            }
        }

        private static boolean hasCredit(PaymentRecord payment) {
            return payment.reversedOn().isEmpty() && payment.unapplied().signum() > 0;
        }
    }

    MemoryPaymentStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public PaymentRecord insert(UUID companyId, PaymentRecord payment) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, payment.companyId());
        WriteChecks.newRecord(TYPE, payment.version());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    Optional<String> key = payment.idempotencyKey();
                    UUID storedId = key.map(table.byIdempotencyKey::get).orElse(null);
                    if (storedId != null) {
                        PaymentRecord stored = table.byId.get(storedId);
                        if (!stored.sameContentAs(payment)) {
                            throw new IdempotencyConflictException(TYPE, key.get(), storedId);
                        }
                        return stored;
                    }
                    if (table.byId.containsKey(payment.id())) {
                        throw new DuplicateKeyException(TYPE, "id", payment.id().toString());
                    }
                    return store(table, null, payment.withVersion(1), undo);
                });
    }

    @Override
    public PaymentRecord update(UUID companyId, PaymentRecord payment) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, payment.companyId());
        WriteChecks.readRecord(TYPE, payment.version());
        return transactions.write(
                undo -> {
                    Table table = tables.get(companyId);
                    PaymentRecord stored = table == null ? null : table.byId.get(payment.id());
                    if (stored == null) {
                        throw new RecordNotFoundException(TYPE, companyId, payment.id());
                    }
                    WriteChecks.currentVersion(
                            TYPE, payment.id(), payment.version(), stored.version());
                    payment.idempotencyKey()
                            .ifPresent(
                                    key -> {
                                        UUID owner = table.byIdempotencyKey.get(key);
                                        if (owner != null && !owner.equals(payment.id())) {
                                            throw new DuplicateKeyException(
                                                    TYPE, "idempotencyKey", key);
                                        }
                                    });
                    return store(table, stored, payment.withVersion(stored.version() + 1), undo);
                });
    }

    private static PaymentRecord store(
            Table table, PaymentRecord old, PaymentRecord next, UndoLog undo) {
        table.replace(old, next);
        undo.add(() -> table.replace(next, old));
        return next;
    }

    @Override
    public Optional<PaymentRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return query(companyId, table -> Optional.ofNullable(table.byId.get(id)), Optional.empty());
    }

    @Override
    public Optional<PaymentRecord> findByIdempotencyKey(UUID companyId, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return query(
                companyId,
                table ->
                        Optional.ofNullable(table.byIdempotencyKey.get(idempotencyKey))
                                .map(table.byId::get),
                Optional.empty());
    }

    @Override
    public List<PaymentRecord> withUnappliedCredit(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return query(
                companyId,
                table -> {
                    NavigableSet<DayKey> keys = table.withCredit.get(counterpartyId);
                    return keys == null
                            ? List.<PaymentRecord>of()
                            : keys.stream().map(k -> table.byId.get(k.id())).toList();
                },
                List.of());
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
