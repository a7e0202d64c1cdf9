package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.ItemInActivePlanException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.record.PaymentPlanRecord;
import io.github.tahsilat.persistence.spi.record.PaymentPlanStatus;
import io.github.tahsilat.persistence.spi.store.PaymentPlanStore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Payment plans per company, with an index by request key and one by the items of active plans. The
 * checks and the writes of each call run under the write lock of {@link MemoryTransactions}, so two
 * plans over the same item cannot both become active.
 */
final class MemoryPaymentPlanStore implements PaymentPlanStore {

    private static final String TYPE = "PaymentPlanRecord";

    private static final Comparator<PaymentPlanRecord> BY_DATE_AND_ID =
            Comparator.comparing(PaymentPlanRecord::planDate)
                    .thenComparing(plan -> plan.id().toString());

    private final MemoryTransactions transactions;
    private final Map<UUID, Table> tables = new HashMap<>();

    /** One company's plans. */
    private static final class Table {
        final Map<UUID, PaymentPlanRecord> byId = new HashMap<>();
        final Map<String, UUID> byRequestKey = new HashMap<>();
        final Map<UUID, UUID> activePlanByItem = new HashMap<>();

        /** Throws if one of the active plan's items is in another active plan. */
        void checkItemsFree(PaymentPlanRecord plan) {
            for (UUID item : plan.itemIds()) {
                UUID holder = activePlanByItem.get(item);
                if (holder != null && !holder.equals(plan.id())) {
                    throw new ItemInActivePlanException(item, plan.id(), holder);
                }
            }
        }

        void claimItems(PaymentPlanRecord plan) {
            plan.itemIds().forEach(item -> activePlanByItem.put(item, plan.id()));
        }

        void releaseItems(PaymentPlanRecord plan) {
            plan.itemIds().forEach(item -> activePlanByItem.remove(item, plan.id()));
        }
    }

    MemoryPaymentPlanStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public PaymentPlanRecord insert(UUID companyId, PaymentPlanRecord plan) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, plan.companyId());
        WriteChecks.newRecord(TYPE, plan.version());
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    if (table.byId.containsKey(plan.id())) {
                        throw new DuplicateKeyException(TYPE, "id", plan.id().toString());
                    }
                    if (table.byRequestKey.containsKey(plan.requestKey())) {
                        throw new DuplicateKeyException(TYPE, "requestKey", plan.requestKey());
                    }
                    boolean active = plan.status() == PaymentPlanStatus.ACTIVE;
                    if (active) {
                        table.checkItemsFree(plan);
                    }
                    PaymentPlanRecord stored = plan.withVersion(1);
                    table.byId.put(stored.id(), stored);
                    table.byRequestKey.put(stored.requestKey(), stored.id());
                    if (active) {
                        table.claimItems(stored);
                    }
                    undo.add(
                            () -> {
                                table.byId.remove(stored.id());
                                table.byRequestKey.remove(stored.requestKey());
                                table.releaseItems(stored);
                            });
                    return stored;
                });
    }

    @Override
    public PaymentPlanRecord update(UUID companyId, PaymentPlanRecord plan) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, plan.companyId());
        WriteChecks.readRecord(TYPE, plan.version());
        return transactions.write(
                undo -> {
                    Table table = tables.get(companyId);
                    PaymentPlanRecord stored = table == null ? null : table.byId.get(plan.id());
                    if (stored == null) {
                        throw new RecordNotFoundException(TYPE, companyId, plan.id());
                    }
                    WriteChecks.currentVersion(TYPE, plan.id(), plan.version(), stored.version());
                    if (!stored.requestKey().equals(plan.requestKey())) {
                        throw new IllegalArgumentException(
                                "invalid requestKey: "
                                        + plan.requestKey()
                                        + "; expected the stored key "
                                        + stored.requestKey()
                                        + ", because a plan's request key never changes");
                    }
                    boolean wasActive = stored.status() == PaymentPlanStatus.ACTIVE;
                    boolean active = plan.status() == PaymentPlanStatus.ACTIVE;
                    if (active) {
                        table.checkItemsFree(plan);
                    }
                    PaymentPlanRecord next = plan.withVersion(stored.version() + 1);
                    table.byId.put(next.id(), next);
                    if (wasActive) {
                        table.releaseItems(stored);
                    }
                    if (active) {
                        table.claimItems(next);
                    }
                    undo.add(
                            () -> {
                                table.byId.put(stored.id(), stored);
                                table.releaseItems(next);
                                if (wasActive) {
                                    table.claimItems(stored);
                                }
                            });
                    return next;
                });
    }

    @Override
    public Optional<PaymentPlanRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return query(companyId, table -> Optional.ofNullable(table.byId.get(id)), Optional.empty());
    }

    @Override
    public Optional<PaymentPlanRecord> findByRequestKey(UUID companyId, String requestKey) {
        Objects.requireNonNull(requestKey, "requestKey");
        return query(
                companyId,
                table ->
                        Optional.ofNullable(table.byRequestKey.get(requestKey))
                                .map(table.byId::get),
                Optional.empty());
    }

    @Override
    public List<PaymentPlanRecord> ofCounterparty(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return list(companyId, plan -> plan.counterpartyId().equals(counterpartyId));
    }

    @Override
    public List<PaymentPlanRecord> active(UUID companyId) {
        return list(companyId, plan -> plan.status() == PaymentPlanStatus.ACTIVE);
    }

    @Override
    public List<PaymentPlanRecord> closedAfter(UUID companyId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return list(
                companyId,
                plan -> plan.closedOn().map(closed -> closed.isAfter(date)).orElse(false));
    }

    // The lists scan the company's plans, which are few next to its invoices.
    private List<PaymentPlanRecord> list(UUID companyId, Predicate<PaymentPlanRecord> filter) {
        return query(
                companyId,
                table ->
                        table.byId.values().stream().filter(filter).sorted(BY_DATE_AND_ID).toList(),
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
