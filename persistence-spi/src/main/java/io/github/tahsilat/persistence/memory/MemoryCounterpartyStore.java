package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.ErasureNotAllowedException;
import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.RetentionPeriodActiveException;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.ErasureState;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.CounterpartyStore;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** Counterparties per company, indexed by external reference, IBAN, tax id and name key. */
final class MemoryCounterpartyStore implements CounterpartyStore {

    private static final String TYPE = "CounterpartyRecord";

    private final MemoryTransactions transactions;
    private final MemoryOpenReceivableFeed feed;
    private final Map<UUID, Table> tables = new HashMap<>();

    /** One company's counterparties and indexes. */
    private static final class Table {
        final Map<UUID, CounterpartyRecord> byId = new HashMap<>();
        final Map<String, UUID> byExternalReference = new HashMap<>();
        final Map<String, NavigableSet<UUID>> byIban = new HashMap<>();
        final Map<TaxId, NavigableSet<UUID>> byTaxId = new HashMap<>();
        final NavigableMap<String, NavigableSet<UUID>> byNameKey = new TreeMap<>();

        /**
         * The same id sets as {@link #byNameKey} under the same keys, so that an exact look-up
         * hashes the key once instead of comparing it with keys along a path of the sorted map.
         */
        final Map<String, NavigableSet<UUID>> byExactNameKey = new HashMap<>();

        /** Replaces {@code old} by {@code next} in the map and the indexes; either may be null. */
        void replace(CounterpartyRecord old, CounterpartyRecord next) {
            if (old != null) {
                byId.remove(old.id());
                old.externalReference().ifPresent(byExternalReference::remove);
                old.ibans().forEach(iban -> Index.remove(byIban, iban, old.id()));
                old.taxId().ifPresent(taxId -> Index.remove(byTaxId, taxId, old.id()));
                String nameKey = MatchKeys.nameKey(old.name());
                Index.remove(byNameKey, nameKey, old.id());
                if (!byNameKey.containsKey(nameKey)) {
                    byExactNameKey.remove(nameKey);
                }
            }
            if (next != null) {
                byId.put(next.id(), next);
                next.externalReference().ifPresent(ref -> byExternalReference.put(ref, next.id()));
                next.ibans().forEach(iban -> Index.add(byIban, iban, next.id()));
                next.taxId().ifPresent(taxId -> Index.add(byTaxId, taxId, next.id()));
                String nameKey = MatchKeys.nameKey(next.name());
                Index.add(byNameKey, nameKey, next.id());
                byExactNameKey.put(nameKey, byNameKey.get(nameKey));
            }
        }

        List<CounterpartyRecord> records(NavigableSet<UUID> ids) {
            return ids == null ? List.of() : ids.stream().map(byId::get).toList();
        }
    }

    MemoryCounterpartyStore(MemoryTransactions transactions, MemoryOpenReceivableFeed feed) {
        this.transactions = transactions;
        this.feed = feed;
    }

    /**
     * Reports every company's counterparties with their names, IBANs and tax ids to {@code
     * listener}. Call it under the write lock.
     */
    void replayTo(OpenReceivableListener listener) {
        tables.forEach(
                (companyId, table) ->
                        table.byId
                                .values()
                                .forEach(
                                        counterparty ->
                                                MemoryOpenReceivableFeed.reportStored(
                                                        listener, companyId, counterparty)));
    }

    @Override
    public CounterpartyRecord insert(UUID companyId, CounterpartyRecord counterparty) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, counterparty.companyId());
        WriteChecks.newRecord(TYPE, counterparty.version());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    if (table.byId.containsKey(counterparty.id())) {
                        throw new DuplicateKeyException(TYPE, "id", counterparty.id().toString());
                    }
                    checkExternalReference(table, counterparty);
                    return store(companyId, table, null, counterparty.withVersion(1), undo);
                });
    }

    @Override
    public CounterpartyRecord update(UUID companyId, CounterpartyRecord counterparty) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, counterparty.companyId());
        WriteChecks.readRecord(TYPE, counterparty.version());
        return transactions.write(
                undo -> {
                    Table table = tables.get(companyId);
                    CounterpartyRecord stored =
                            stored(table, companyId, counterparty.id(), counterparty.version());
                    checkExternalReference(table, counterparty);
                    return store(
                            companyId,
                            table,
                            stored,
                            counterparty.withVersion(stored.version() + 1),
                            undo);
                });
    }

    @Override
    public CounterpartyRecord recordErasureRequest(
            UUID companyId,
            UUID id,
            long expectedVersion,
            LocalDate retentionEnds,
            WriteStamp stamp) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(retentionEnds, "retentionEnds");
        Objects.requireNonNull(stamp, "stamp");
        return transactions.write(
                undo -> {
                    Table table = tables.get(companyId);
                    CounterpartyRecord stored = stored(table, companyId, id, expectedVersion);
                    if (!stored.naturalPerson()) {
                        throw new ErasureNotAllowedException(
                                id,
                                "it is a legal entity, whose data KVKK and the GDPR do not cover");
                    }
                    if (stored.erasure().state() == ErasureState.ERASED) {
                        throw new ErasureNotAllowedException(id, "its data is already erased");
                    }
                    CounterpartyRecord next =
                            stored.withErasureRequested(retentionEnds, stamp)
                                    .withVersion(stored.version() + 1);
                    return store(companyId, table, stored, next, undo);
                });
    }

    @Override
    public CounterpartyRecord erase(
            UUID companyId,
            UUID id,
            long expectedVersion,
            String pseudonym,
            LocalDate asOf,
            WriteStamp stamp) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(stamp, "stamp");
        return transactions.write(
                undo -> {
                    Table table = tables.get(companyId);
                    CounterpartyRecord stored = stored(table, companyId, id, expectedVersion);
                    ErasureState state = stored.erasure().state();
                    if (state != ErasureState.REQUESTED) {
                        throw new ErasureNotAllowedException(
                                id,
                                state == ErasureState.ERASED
                                        ? "its data is already erased"
                                        : "no erasure request is recorded; call"
                                                + " recordErasureRequest first");
                    }
                    LocalDate retentionEnds = stored.erasure().retentionEnds().orElseThrow();
                    if (asOf.isBefore(retentionEnds)) {
                        throw new RetentionPeriodActiveException(id, retentionEnds, asOf);
                    }
                    CounterpartyRecord next =
                            stored.pseudonymized(pseudonym, stamp)
                                    .withVersion(stored.version() + 1);
                    return store(companyId, table, stored, next, undo);
                });
    }

    private static CounterpartyRecord stored(
            Table table, UUID companyId, UUID id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        CounterpartyRecord stored = table == null ? null : table.byId.get(id);
        if (stored == null) {
            throw new RecordNotFoundException(TYPE, companyId, id);
        }
        WriteChecks.currentVersion(TYPE, id, expectedVersion, stored.version());
        return stored;
    }

    private static void checkExternalReference(Table table, CounterpartyRecord counterparty) {
        counterparty
                .externalReference()
                .ifPresent(
                        ref -> {
                            UUID owner = table.byExternalReference.get(ref);
                            if (owner != null && !owner.equals(counterparty.id())) {
                                throw new DuplicateKeyException(TYPE, "externalReference", ref);
                            }
                        });
    }

    /**
     * Writes {@code next} in place of {@code old} and reports the change to the feed, after logging
     * the undo action, as {@code MemoryInvoiceStore} does.
     */
    private CounterpartyRecord store(
            UUID companyId,
            Table table,
            CounterpartyRecord old,
            CounterpartyRecord next,
            UndoLog undo) {
        table.replace(old, next);
        undo.add(
                () -> {
                    table.replace(next, old);
                    feed.counterpartyChanged(companyId, next, old);
                });
        feed.counterpartyChanged(companyId, old, next);
        return next;
    }

    @Override
    public Optional<CounterpartyRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return query(companyId, table -> Optional.ofNullable(table.byId.get(id)), Optional.empty());
    }

    @Override
    public Optional<CounterpartyRecord> findByExternalReference(
            UUID companyId, String externalReference) {
        Objects.requireNonNull(externalReference, "externalReference");
        return query(
                companyId,
                table ->
                        Optional.ofNullable(table.byExternalReference.get(externalReference))
                                .map(table.byId::get),
                Optional.empty());
    }

    @Override
    public List<CounterpartyRecord> findByIban(UUID companyId, String iban) {
        Objects.requireNonNull(iban, "iban");
        return query(companyId, table -> table.records(table.byIban.get(iban)), List.of());
    }

    @Override
    public List<CounterpartyRecord> findByTaxId(UUID companyId, TaxId taxId) {
        Objects.requireNonNull(taxId, "taxId");
        return query(companyId, table -> table.records(table.byTaxId.get(taxId)), List.of());
    }

    @Override
    public List<CounterpartyRecord> findByNameKey(UUID companyId, String nameKey) {
        Objects.requireNonNull(nameKey, "nameKey");
        return query(
                companyId, table -> table.records(table.byExactNameKey.get(nameKey)), List.of());
    }

    @Override
    public List<CounterpartyRecord> findByNameKeyPrefix(UUID companyId, String prefix, int limit) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("invalid prefix: empty; expected a name key prefix");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("invalid limit: " + limit + "; expected 0 or more");
        }
        return query(
                companyId,
                table -> {
                    List<CounterpartyRecord> found = new ArrayList<>();
                    for (Map.Entry<String, NavigableSet<UUID>> entry :
                            table.byNameKey.tailMap(prefix, true).entrySet()) {
                        if (!entry.getKey().startsWith(prefix)) {
                            break;
                        }
                        for (UUID id : entry.getValue()) {
                            if (found.size() == limit) {
                                return found;
                            }
                            found.add(table.byId.get(id));
                        }
                    }
                    return found;
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
