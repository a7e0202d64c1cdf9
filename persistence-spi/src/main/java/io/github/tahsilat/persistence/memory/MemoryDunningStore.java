package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.record.DunningBlockRecord;
import io.github.tahsilat.persistence.spi.record.DunningRecord;
import io.github.tahsilat.persistence.spi.record.DunningRunRecord;
import io.github.tahsilat.persistence.spi.record.PromiseRecord;
import io.github.tahsilat.persistence.spi.store.DunningStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Dunning records per company, unique per (item, level), with runs and blocks. */
final class MemoryDunningStore implements DunningStore {

    private static final String TYPE = "DunningRecord";
    private static final String PROMISE = "PromiseRecord";

    private static final Comparator<DunningRecord> BY_ITEM_AND_LEVEL =
            Comparator.comparing((DunningRecord d) -> d.itemId().toString())
                    .thenComparingInt(DunningRecord::level);

    private static final Comparator<DunningBlockRecord> BLOCK_ORDER =
            Comparator.comparing(DunningBlockRecord::from).thenComparing(b -> b.id().toString());

    private static final Comparator<PromiseRecord> PROMISE_ORDER =
            Comparator.comparing(PromiseRecord::promisedOn).thenComparing(p -> p.id().toString());

    private final MemoryTransactions transactions;
    private final Map<UUID, Table> tables = new HashMap<>();

    /**
     * One company's records. The maps by item let a run read one item's records and blocks without
     * scanning those of every other item.
     */
    private static final class Table {
        final Map<UUID, DunningRecord> byId = new HashMap<>();
        final Map<String, UUID> byItemAndLevel = new HashMap<>();
        final Map<UUID, Map<UUID, DunningRecord>> byItem = new HashMap<>();
        final Map<UUID, DunningRunRecord> runs = new HashMap<>();
        final Map<UUID, DunningBlockRecord> blocks = new HashMap<>();
        final Map<UUID, Map<UUID, DunningBlockRecord>> blocksByItem = new HashMap<>();
        final Map<UUID, PromiseRecord> promises = new HashMap<>();

        void replace(DunningRecord old, DunningRecord next) {
            if (old != null) {
                byId.remove(old.id());
                byItemAndLevel.remove(key(old));
                Map<UUID, DunningRecord> ofItem = byItem.get(old.itemId());
                ofItem.remove(old.id());
                if (ofItem.isEmpty()) {
                    byItem.remove(old.itemId());
                }
            }
            if (next != null) {
                byId.put(next.id(), next);
                byItemAndLevel.put(key(next), next.id());
                byItem.computeIfAbsent(next.itemId(), id -> new HashMap<>()).put(next.id(), next);
            }
        }

        void addBlock(DunningBlockRecord block) {
            blocks.put(block.id(), block);
            blocksByItem
                    .computeIfAbsent(block.itemId(), id -> new HashMap<>())
                    .put(block.id(), block);
        }

        void removeBlock(DunningBlockRecord block) {
            blocks.remove(block.id());
            Map<UUID, DunningBlockRecord> ofItem = blocksByItem.get(block.itemId());
            ofItem.remove(block.id());
            if (ofItem.isEmpty()) {
                blocksByItem.remove(block.itemId());
            }
        }
    }

    MemoryDunningStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private static String key(DunningRecord dunning) {
        return dunning.itemId() + "/" + dunning.level();
    }

    @Override
    public DunningRecord claim(UUID companyId, DunningRecord dunning) {
        return claimAll(companyId, List.of(dunning)).get(0);
    }

    /** Inserts every claim in one write, which leaves no change behind when one of them fails. */
    @Override
    public List<DunningRecord> claimAll(UUID companyId, List<DunningRecord> claims) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(claims, "claims");
        for (DunningRecord dunning : claims) {
            Objects.requireNonNull(dunning, "dunning");
            WriteChecks.sameCompany(companyId, dunning.companyId());
            WriteChecks.newRecord(TYPE, dunning.version());
        }
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    List<DunningRecord> stored = new ArrayList<>(claims.size());
                    for (DunningRecord dunning : claims) {
                        stored.add(insert(table, undo, dunning));
                    }
                    return stored;
                });
    }

    private static DunningRecord insert(Table table, UndoLog undo, DunningRecord dunning) {
        if (table.byId.containsKey(dunning.id())) {
            throw new DuplicateKeyException(TYPE, "id", dunning.id().toString());
        }
        if (table.byItemAndLevel.containsKey(key(dunning))) {
            throw new DuplicateKeyException(TYPE, "item and level", key(dunning));
        }
        DunningRecord stored = dunning.withVersion(1);
        table.replace(null, stored);
        undo.add(() -> table.replace(stored, null));
        return stored;
    }

    @Override
    public DunningRecord update(UUID companyId, DunningRecord dunning) {
        return updateAll(companyId, List.of(dunning)).get(0);
    }

    /** Updates every record in one write, which leaves no change behind when one of them fails. */
    @Override
    public List<DunningRecord> updateAll(UUID companyId, List<DunningRecord> records) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(records, "records");
        for (DunningRecord dunning : records) {
            Objects.requireNonNull(dunning, "dunning");
            WriteChecks.sameCompany(companyId, dunning.companyId());
            WriteChecks.readRecord(TYPE, dunning.version());
        }
        return transactions.write(
                undo -> {
                    Table table = tables.get(companyId);
                    List<DunningRecord> stored = new ArrayList<>(records.size());
                    for (DunningRecord dunning : records) {
                        stored.add(update(table, undo, companyId, dunning));
                    }
                    return stored;
                });
    }

    private static DunningRecord update(
            Table table, UndoLog undo, UUID companyId, DunningRecord dunning) {
        DunningRecord stored = table == null ? null : table.byId.get(dunning.id());
        if (stored == null) {
            throw new RecordNotFoundException(TYPE, companyId, dunning.id());
        }
        WriteChecks.currentVersion(TYPE, dunning.id(), dunning.version(), stored.version());
        DunningRecord next = dunning.withVersion(stored.version() + 1);
        table.replace(stored, next);
        undo.add(() -> table.replace(next, stored));
        return next;
    }

    @Override
    public List<DunningRecord> ofItem(UUID companyId, UUID itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return query(
                companyId,
                table ->
                        table.byItem.getOrDefault(itemId, Map.of()).values().stream()
                                .sorted(BY_ITEM_AND_LEVEL)
                                .toList());
    }

    /** Reads the records of every item under one hold of the read lock. */
    @Override
    public Map<UUID, List<DunningRecord>> ofItems(UUID companyId, Collection<UUID> itemIds) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(itemIds, "itemIds");
        itemIds.forEach(itemId -> Objects.requireNonNull(itemId, "itemId"));
        return transactions.read(
                () -> {
                    Map<UUID, List<DunningRecord>> byItem = new LinkedHashMap<>();
                    Table table = tables.get(companyId);
                    if (table == null) {
                        return byItem;
                    }
                    for (UUID itemId : itemIds) {
                        Map<UUID, DunningRecord> records = table.byItem.get(itemId);
                        if (records != null && !byItem.containsKey(itemId)) {
                            byItem.put(
                                    itemId,
                                    records.values().stream().sorted(BY_ITEM_AND_LEVEL).toList());
                        }
                    }
                    return byItem;
                });
    }

    @Override
    public List<DunningRecord> pending(UUID companyId) {
        return query(
                companyId,
                table ->
                        table.byId.values().stream()
                                .filter(d -> d.status().isPending())
                                .sorted(BY_ITEM_AND_LEVEL)
                                .toList());
    }

    @Override
    public DunningRunRecord insertRun(UUID companyId, DunningRunRecord run) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, run.companyId());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    if (table.runs.putIfAbsent(run.id(), run) != null) {
                        throw new DuplicateKeyException(
                                "DunningRunRecord", "id", run.id().toString());
                    }
                    undo.add(() -> table.runs.remove(run.id()));
                    return run;
                });
    }

    @Override
    public List<DunningRunRecord> runs(UUID companyId) {
        return query(
                companyId,
                table ->
                        table.runs.values().stream()
                                .sorted(
                                        Comparator.comparing(DunningRunRecord::asOf)
                                                .thenComparing(r -> r.id().toString()))
                                .toList());
    }

    @Override
    public DunningBlockRecord insertBlock(UUID companyId, DunningBlockRecord block) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, block.companyId());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    if (table.blocks.containsKey(block.id())) {
                        throw new DuplicateKeyException(
                                "DunningBlockRecord", "id", block.id().toString());
                    }
                    table.addBlock(block);
                    undo.add(() -> table.removeBlock(block));
                    return block;
                });
    }

    @Override
    public List<DunningBlockRecord> blocksOf(UUID companyId, UUID itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return query(
                companyId,
                table ->
                        table.blocksByItem.getOrDefault(itemId, Map.of()).values().stream()
                                .sorted(BLOCK_ORDER)
                                .toList());
    }

    /** Reads the blocks of every item under one hold of the read lock. */
    @Override
    public Map<UUID, List<DunningBlockRecord>> blocksOfItems(
            UUID companyId, Collection<UUID> itemIds) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(itemIds, "itemIds");
        itemIds.forEach(itemId -> Objects.requireNonNull(itemId, "itemId"));
        return transactions.read(
                () -> {
                    Map<UUID, List<DunningBlockRecord>> byItem = new LinkedHashMap<>();
                    Table table = tables.get(companyId);
                    if (table == null) {
                        return byItem;
                    }
                    for (UUID itemId : itemIds) {
                        Map<UUID, DunningBlockRecord> blocks = table.blocksByItem.get(itemId);
                        if (blocks != null && !byItem.containsKey(itemId)) {
                            byItem.put(
                                    itemId, blocks.values().stream().sorted(BLOCK_ORDER).toList());
                        }
                    }
                    return byItem;
                });
    }

    @Override
    public PromiseRecord insertPromise(UUID companyId, PromiseRecord promise) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, promise.companyId());
        WriteChecks.newRecord(PROMISE, promise.version());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    PromiseRecord stored = promise.withVersion(1);
                    if (table.promises.putIfAbsent(promise.id(), stored) != null) {
                        throw new DuplicateKeyException(PROMISE, "id", promise.id().toString());
                    }
                    undo.add(() -> table.promises.remove(promise.id()));
                    return stored;
                });
    }

    @Override
    public PromiseRecord updatePromise(UUID companyId, PromiseRecord promise) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, promise.companyId());
        WriteChecks.readRecord(PROMISE, promise.version());
        return transactions.write(
                undo -> {
                    Table table = tables.get(companyId);
                    PromiseRecord stored = table == null ? null : table.promises.get(promise.id());
                    if (stored == null) {
                        throw new RecordNotFoundException(PROMISE, companyId, promise.id());
                    }
                    WriteChecks.currentVersion(
                            PROMISE, promise.id(), promise.version(), stored.version());
                    PromiseRecord next = promise.withVersion(stored.version() + 1);
                    table.promises.put(next.id(), next);
                    undo.add(() -> table.promises.put(stored.id(), stored));
                    return next;
                });
    }

    @Override
    public List<PromiseRecord> promisesOf(UUID companyId, UUID itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return query(
                companyId,
                table ->
                        table.promises.values().stream()
                                .filter(p -> p.itemId().equals(itemId))
                                .sorted(PROMISE_ORDER)
                                .toList());
    }

    /** Reads the promises of every item in one pass over the company's promises. */
    @Override
    public Map<UUID, List<PromiseRecord>> promisesOfItems(
            UUID companyId, Collection<UUID> itemIds) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(itemIds, "itemIds");
        Set<UUID> requested = new HashSet<>();
        for (UUID itemId : itemIds) {
            requested.add(Objects.requireNonNull(itemId, "itemId"));
        }
        return transactions.read(
                () -> {
                    Map<UUID, List<PromiseRecord>> byItem = new LinkedHashMap<>();
                    Table table = tables.get(companyId);
                    if (table == null) {
                        return byItem;
                    }
                    for (PromiseRecord promise : table.promises.values()) {
                        if (requested.contains(promise.itemId())) {
                            byItem.computeIfAbsent(promise.itemId(), id -> new ArrayList<>())
                                    .add(promise);
                        }
                    }
                    byItem.replaceAll(
                            (id, promises) -> promises.stream().sorted(PROMISE_ORDER).toList());
                    return byItem;
                });
    }

    private <T> List<T> query(UUID companyId, Function<Table, List<T>> read) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.read(
                () -> {
                    Table table = tables.get(companyId);
                    return table == null ? List.<T>of() : new ArrayList<>(read.apply(table));
                });
    }
}
