package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.store.AllocationStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Allocations per company, indexed by source and by invoice in insertion order. */
final class MemoryAllocationStore implements AllocationStore {

    private static final String TYPE = "AllocationRecord";

    private final MemoryTransactions transactions;
    private final Map<UUID, Table> tables = new HashMap<>();

    /** One company's allocations and indexes. */
    private static final class Table {
        final Map<UUID, AllocationRecord> byId = new HashMap<>();
        final Map<UUID, List<AllocationRecord>> bySource = new HashMap<>();
        final Map<UUID, List<AllocationRecord>> byInvoice = new HashMap<>();

        void add(AllocationRecord allocation) {
            byId.put(allocation.id(), allocation);
            bySource.computeIfAbsent(allocation.sourceId(), k -> new ArrayList<>()).add(allocation);
            byInvoice
                    .computeIfAbsent(allocation.invoiceId(), k -> new ArrayList<>())
                    .add(allocation);
        }

        void remove(AllocationRecord allocation) {
            byId.remove(allocation.id());
            removeLast(bySource, allocation.sourceId());
            removeLast(byInvoice, allocation.invoiceId());
        }

        private static void removeLast(Map<UUID, List<AllocationRecord>> index, UUID key) {
            List<AllocationRecord> list = index.get(key);
            list.remove(list.size() - 1);
            if (list.isEmpty()) {
                index.remove(key);
            }
        }
    }

    MemoryAllocationStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public AllocationRecord insert(UUID companyId, AllocationRecord allocation) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(allocation, "allocation");
        WriteChecks.sameCompany(companyId, allocation.companyId());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    if (table.byId.containsKey(allocation.id())) {
                        throw new DuplicateKeyException(TYPE, "id", allocation.id().toString());
                    }
                    table.add(allocation);
                    // Undo runs newest first, so the record removed is the last one of each list.
                    undo.add(() -> table.remove(allocation));
                    return allocation;
                });
    }

    @Override
    public Optional<AllocationRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return query(companyId, table -> Optional.ofNullable(table.byId.get(id)), Optional.empty());
    }

    @Override
    public List<AllocationRecord> findBySource(UUID companyId, UUID sourceId) {
        Objects.requireNonNull(sourceId, "sourceId");
        return query(
                companyId,
                table -> List.copyOf(table.bySource.getOrDefault(sourceId, List.of())),
                List.of());
    }

    @Override
    public List<AllocationRecord> findByInvoice(UUID companyId, UUID invoiceId) {
        Objects.requireNonNull(invoiceId, "invoiceId");
        return query(
                companyId,
                table -> List.copyOf(table.byInvoice.getOrDefault(invoiceId, List.of())),
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
