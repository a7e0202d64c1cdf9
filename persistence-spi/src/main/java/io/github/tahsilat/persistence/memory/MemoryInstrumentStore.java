package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.record.InstrumentRecord;
import io.github.tahsilat.persistence.spi.store.InstrumentStore;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/** Instruments per company, with sorted indexes of the uncleared ones by maturity. */
final class MemoryInstrumentStore implements InstrumentStore {

    private static final String TYPE = "InstrumentRecord";

    private final MemoryTransactions transactions;
    private final Map<UUID, Table> tables = new HashMap<>();

    /** One company's instruments and indexes. */
    private static final class Table {
        final Map<UUID, InstrumentRecord> byId = new HashMap<>();
        final NavigableSet<DayKey> uncleared = new TreeSet<>();
        final Map<UUID, NavigableSet<DayKey>> unclearedByCounterparty = new HashMap<>();
        final Map<UUID, NavigableSet<DayKey>> creditByCounterparty = new HashMap<>();

        void replace(InstrumentRecord old, InstrumentRecord next) {
            if (old != null) {
                byId.remove(old.id());
                if (old.status().isUncleared()) {
                    DayKey key = DayKey.of(old.maturity(), old.id());
                    uncleared.remove(key);
                    NavigableSet<DayKey> keys = unclearedByCounterparty.get(old.counterpartyId());
                    keys.remove(key);
                    if (keys.isEmpty()) {
                        unclearedByCounterparty.remove(old.counterpartyId());
                    }
                }
                if (old.unapplied().signum() > 0) {
                    NavigableSet<DayKey> keys = creditByCounterparty.get(old.counterpartyId());
                    keys.remove(DayKey.of(old.maturity(), old.id()));
                    if (keys.isEmpty()) {
                        creditByCounterparty.remove(old.counterpartyId());
                    }
                }
            }
            if (next != null) {
                byId.put(next.id(), next);
                if (next.status().isUncleared()) {
                    DayKey key = DayKey.of(next.maturity(), next.id());
                    uncleared.add(key);
                    unclearedByCounterparty
                            .computeIfAbsent(next.counterpartyId(), c -> new TreeSet<>())
                            .add(key);
                }
                if (next.unapplied().signum() > 0) {
                    creditByCounterparty
                            .computeIfAbsent(next.counterpartyId(), c -> new TreeSet<>())
                            .add(DayKey.of(next.maturity(), next.id()));
                }
            }
        }

        List<InstrumentRecord> records(NavigableSet<DayKey> keys) {
            return keys.stream().map(k -> byId.get(k.id())).toList();
        }
    }

    MemoryInstrumentStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public InstrumentRecord insert(UUID companyId, InstrumentRecord instrument) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, instrument.companyId());
        WriteChecks.newRecord(TYPE, instrument.version());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    if (table.byId.containsKey(instrument.id())) {
                        throw new DuplicateKeyException(TYPE, "id", instrument.id().toString());
                    }
                    return store(table, null, instrument.withVersion(1), undo);
                });
    }

    @Override
    public InstrumentRecord update(UUID companyId, InstrumentRecord instrument) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, instrument.companyId());
        WriteChecks.readRecord(TYPE, instrument.version());
        return transactions.write(
                undo -> {
                    Table table = tables.get(companyId);
                    InstrumentRecord stored =
                            table == null ? null : table.byId.get(instrument.id());
                    if (stored == null) {
                        throw new RecordNotFoundException(TYPE, companyId, instrument.id());
                    }
                    WriteChecks.currentVersion(
                            TYPE, instrument.id(), instrument.version(), stored.version());
                    return store(table, stored, instrument.withVersion(stored.version() + 1), undo);
                });
    }

    private static InstrumentRecord store(
            Table table, InstrumentRecord old, InstrumentRecord next, UndoLog undo) {
        table.replace(old, next);
        undo.add(() -> table.replace(next, old));
        return next;
    }

    @Override
    public Optional<InstrumentRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return query(companyId, table -> Optional.ofNullable(table.byId.get(id)), Optional.empty());
    }

    @Override
    public List<InstrumentRecord> unclearedOf(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return query(
                companyId,
                table -> {
                    NavigableSet<DayKey> keys = table.unclearedByCounterparty.get(counterpartyId);
                    return keys == null ? List.<InstrumentRecord>of() : table.records(keys);
                },
                List.of());
    }

    @Override
    public List<InstrumentRecord> unclearedMaturingBy(UUID companyId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return query(
                companyId,
                table ->
                        table.records(
                                table.uncleared.headSet(
                                        DayKey.startOf(Math.toIntExact(date.toEpochDay() + 1)),
                                        false)),
                List.of());
    }

    @Override
    public List<InstrumentRecord> withUnappliedCredit(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return query(
                companyId,
                table -> {
                    NavigableSet<DayKey> keys = table.creditByCounterparty.get(counterpartyId);
                    return keys == null ? List.<InstrumentRecord>of() : table.records(keys);
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
