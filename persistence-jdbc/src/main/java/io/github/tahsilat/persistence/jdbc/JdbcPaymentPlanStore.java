package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.ItemInActivePlanException;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.record.PaymentPlanRecord;
import io.github.tahsilat.persistence.spi.record.PaymentPlanStatus;
import io.github.tahsilat.persistence.spi.record.PlanInstallmentRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.PaymentPlanStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Payment plans in one row each, with their items and installments in arrays. An active plan also
 * claims each of its invoices with a row in the item table, whose primary key on (company, invoice)
 * keeps an invoice in at most one active plan, also across concurrent transactions.
 */
final class JdbcPaymentPlanStore implements PaymentPlanStore {

    private static final String TYPE = "PaymentPlanRecord";

    /** The order of every list: plan date, then id as text, as the SPI documents. */
    private static final String ORDER = " ORDER BY plan_date, id::text";

    private static final List<String> COLUMNS =
            List.of(
                    "request_key",
                    "counterparty_id",
                    "plan_date",
                    "currency",
                    "item_ids",
                    "restructured",
                    "interest",
                    "installment_numbers",
                    "installment_due_dates",
                    "installment_amounts",
                    "grace_days",
                    "status",
                    "closed_on",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at");

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;
    private final String insertSql;
    private final String updateSql;
    private final String claimSql;
    private final String holderSql;
    private final String releaseSql;

    JdbcPaymentPlanStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.table = options.tablePrefix() + "payment_plan";
        this.insertSql =
                Sql.insert(table, Sql.concat(List.of("company_id", "id", "version"), COLUMNS));
        this.updateSql = Sql.update(table, "id", COLUMNS);
        String itemTable = options.tablePrefix() + "payment_plan_item";
        // The ORDER BY inserts the claims in item id order, so two transactions over shared items
        // take the row locks in the same order. A conflict waits for the other transaction to end
        // and then skips the row, which the caller finds missing from the returned ids.
        this.claimSql =
                "INSERT INTO "
                        + itemTable
                        + " (company_id, item_id, plan_id) SELECT ?, item, ?"
                        + " FROM unnest(?::uuid[]) AS item ORDER BY item"
                        + " ON CONFLICT DO NOTHING RETURNING item_id";
        this.holderSql =
                "SELECT plan_id FROM " + itemTable + " WHERE company_id = ? AND item_id = ?";
        this.releaseSql = "DELETE FROM " + itemTable + " WHERE company_id = ? AND plan_id = ?";
    }

    @Override
    public PaymentPlanRecord insert(UUID companyId, PaymentPlanRecord plan) {
        WriteChecks.sameCompany(companyId, plan.companyId());
        WriteChecks.newRecord(TYPE, plan.version());
        PaymentPlanRecord stored = withStamp(plan, 1);
        SqlErrors errors =
                SqlErrors.of("insert payment plan " + plan.id())
                        .onUnique(
                                table + "_pkey",
                                () -> new DuplicateKeyException(TYPE, "id", stored.id().toString()))
                        .onUnique(
                                table + "_request_key_key",
                                () ->
                                        new DuplicateKeyException(
                                                TYPE, "requestKey", stored.requestKey()));
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, insertSql)) {
                        Params params =
                                new Params(statement)
                                        .uuid(companyId)
                                        .uuid(stored.id())
                                        .longValue(1);
                        bindColumns(connection, params, stored);
                        statement.executeUpdate();
                    }
                    if (stored.status() == PaymentPlanStatus.ACTIVE) {
                        claimItems(connection, companyId, stored);
                    }
                    return stored;
                },
                errors);
    }

    @Override
    public PaymentPlanRecord update(UUID companyId, PaymentPlanRecord plan) {
        WriteChecks.sameCompany(companyId, plan.companyId());
        WriteChecks.readRecord(TYPE, plan.version());
        PaymentPlanRecord stored = withStamp(plan, plan.version() + 1);
        return transactions.call(
                connection -> {
                    String key = storedRequestKey(connection, companyId, plan.id());
                    if (key != null && !key.equals(plan.requestKey())) {
                        throw new IllegalArgumentException(
                                "invalid requestKey: "
                                        + plan.requestKey()
                                        + "; expected the stored key "
                                        + key
                                        + ", because a plan's request key never changes");
                    }
                    int rows;
                    try (PreparedStatement statement = Sql.prepare(connection, updateSql)) {
                        Params params = new Params(statement).longValue(stored.version());
                        bindColumns(connection, params, stored);
                        params.uuid(companyId).uuid(stored.id()).longValue(plan.version());
                        rows = statement.executeUpdate();
                    }
                    if (rows != 1) {
                        throw Sql.notUpdated(
                                connection,
                                table,
                                "id",
                                TYPE,
                                companyId,
                                stored.id(),
                                plan.version());
                    }
                    releaseItems(connection, companyId, stored.id());
                    if (stored.status() == PaymentPlanStatus.ACTIVE) {
                        claimItems(connection, companyId, stored);
                    }
                    return stored;
                },
                SqlErrors.of("update payment plan " + plan.id()));
    }

    /**
     * Claims the plan's invoices, or throws {@link ItemInActivePlanException} naming an invoice
     * that another active plan covers and that plan. When the other plan's claims were deleted
     * before this transaction could read them, the claim is tried once more.
     */
    private void claimItems(Connection connection, UUID companyId, PaymentPlanRecord plan)
            throws SQLException {
        List<UUID> missing = claim(connection, companyId, plan, plan.itemIds());
        if (missing.isEmpty()) {
            return;
        }
        for (UUID item : missing) {
            List<UUID> holders =
                    Sql.list(connection, holderSql, 1, JdbcPaymentPlanStore::row, companyId, item);
            if (!holders.isEmpty() && !holders.get(0).equals(plan.id())) {
                throw new ItemInActivePlanException(item, plan.id(), holders.get(0));
            }
        }
        List<UUID> stillMissing = claim(connection, companyId, plan, missing);
        if (!stillMissing.isEmpty()) {
            throw new StoreException(
                    "failed to claim invoice "
                            + stillMissing.get(0)
                            + " for payment plan "
                            + plan.id()
                            + ": another transaction claimed and released it twice while this"
                            + " one ran; retry the transaction");
        }
    }

    /** Inserts the claims on {@code items} and returns the items left unclaimed, in list order. */
    private List<UUID> claim(
            Connection connection, UUID companyId, PaymentPlanRecord plan, List<UUID> items)
            throws SQLException {
        Set<UUID> claimed = new HashSet<>();
        try (PreparedStatement statement = Sql.prepare(connection, claimSql)) {
            new Params(statement)
                    .uuid(companyId)
                    .uuid(plan.id())
                    .textArray(connection, items.stream().map(UUID::toString).toList());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(row(rows));
                }
            }
        }
        return items.stream().filter(item -> !claimed.contains(item)).toList();
    }

    private static UUID row(ResultSet rows) throws SQLException {
        return rows.getObject(1, UUID.class);
    }

    private void releaseItems(Connection connection, UUID companyId, UUID planId)
            throws SQLException {
        try (PreparedStatement statement = Sql.prepare(connection, releaseSql)) {
            new Params(statement).uuid(companyId).uuid(planId);
            statement.executeUpdate();
        }
    }

    private String storedRequestKey(Connection connection, UUID companyId, UUID id)
            throws SQLException {
        String sql = "SELECT request_key FROM " + table + " WHERE company_id = ? AND id = ?";
        List<String> keys = Sql.list(connection, sql, 1, rows -> rows.getString(1), companyId, id);
        return keys.isEmpty() ? null : keys.get(0);
    }

    @Override
    public Optional<PaymentPlanRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return list(companyId, "id = ?", "read payment plan " + id, id).stream().findFirst();
    }

    @Override
    public Optional<PaymentPlanRecord> findByRequestKey(UUID companyId, String requestKey) {
        Objects.requireNonNull(requestKey, "requestKey");
        return list(companyId, "request_key = ?", "read payment plan by request key", requestKey)
                .stream()
                .findFirst();
    }

    @Override
    public List<PaymentPlanRecord> ofCounterparty(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return list(
                companyId,
                "counterparty_id = ?" + ORDER,
                "read payment plans of counterparty " + counterpartyId,
                counterpartyId);
    }

    @Override
    public List<PaymentPlanRecord> active(UUID companyId) {
        return list(
                companyId,
                "status = ?" + ORDER,
                "read active payment plans",
                PaymentPlanStatus.ACTIVE.name());
    }

    @Override
    public List<PaymentPlanRecord> closedAfter(UUID companyId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return list(
                companyId,
                "closed_on > ?" + ORDER,
                "read payment plans closed after " + date,
                date);
    }

    private List<PaymentPlanRecord> list(
            UUID companyId, String condition, String action, Object value) {
        Objects.requireNonNull(companyId, "companyId");
        String sql = "SELECT * FROM " + table + " WHERE company_id = ? AND " + condition;
        return transactions.call(
                connection -> Sql.list(connection, sql, fetchSize, this::read, companyId, value),
                SqlErrors.of(action + " in company " + companyId));
    }

    private static void bindColumns(Connection connection, Params params, PaymentPlanRecord plan)
            throws SQLException {
        List<String> numbers = new ArrayList<>();
        List<String> dueDates = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        for (PlanInstallmentRecord installment : plan.installments()) {
            numbers.add(Integer.toString(installment.number()));
            dueDates.add(installment.dueDate().toString());
            amounts.add(installment.amount().toPlainString());
        }
        params.text(plan.requestKey())
                .uuid(plan.counterpartyId())
                .date(plan.planDate())
                .text(plan.currency())
                .textArray(connection, plan.itemIds().stream().map(UUID::toString).toList())
                .decimal(plan.restructured(), "restructured")
                .decimal(plan.interest(), "interest")
                .textArray(connection, numbers)
                .textArray(connection, dueDates)
                .textArray(connection, amounts)
                .integer(plan.graceDays())
                .name(plan.status())
                .optionalDate(plan.closedOn());
        Stamps.bind(params, plan.lastWrite());
    }

    private PaymentPlanRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "id");
        UUID companyId = row.uuid("company_id");
        UUID id = row.uuid("id");
        long version = row.longValue("version");
        String requestKey = row.text("request_key");
        UUID counterpartyId = row.uuid("counterparty_id");
        LocalDate planDate = row.date("plan_date");
        String currency = row.currency("currency");
        String[] itemTexts = SqlArrays.strings(rows, "item_ids");
        BigDecimal restructured = row.decimal("restructured");
        BigDecimal interest = row.decimal("interest");
        String[] numbers = SqlArrays.strings(rows, "installment_numbers");
        String[] dueDates = SqlArrays.strings(rows, "installment_due_dates");
        String[] amounts = SqlArrays.strings(rows, "installment_amounts");
        int graceDays = row.intValue("grace_days");
        PaymentPlanStatus status = row.enumValue("status", PaymentPlanStatus.class);
        Optional<LocalDate> closedOn = row.optionalDate("closed_on");
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        return row.build(
                () -> {
                    List<UUID> itemIds = new ArrayList<>();
                    for (String item : itemTexts) {
                        itemIds.add(UUID.fromString(item));
                    }
                    List<PlanInstallmentRecord> installments =
                            installments(numbers, dueDates, amounts);
                    return new PaymentPlanRecord(
                            companyId,
                            id,
                            version,
                            requestKey,
                            counterpartyId,
                            planDate,
                            currency,
                            itemIds,
                            restructured,
                            interest,
                            installments,
                            graceDays,
                            status,
                            closedOn,
                            lastWrite);
                });
    }

    private static List<PlanInstallmentRecord> installments(
            String[] numbers, String[] dueDates, String[] amounts) {
        if (dueDates.length != numbers.length || amounts.length != numbers.length) {
            throw new IllegalArgumentException(
                    "installment arrays of different lengths: "
                            + numbers.length
                            + ", "
                            + dueDates.length
                            + " and "
                            + amounts.length);
        }
        List<PlanInstallmentRecord> installments = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            installments.add(
                    new PlanInstallmentRecord(
                            Integer.parseInt(numbers[i]),
                            date(dueDates[i]),
                            new BigDecimal(amounts[i])));
        }
        return installments;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid installment due date: " + text, e);
        }
    }

    /** Returns {@code plan} at {@code version} with its stamp truncated to microseconds. */
    private static PaymentPlanRecord withStamp(PaymentPlanRecord plan, long version) {
        return plan.withVersion(version).withLastWrite(Stamps.micros(plan.lastWrite()));
    }
}
