package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.record.PaymentDirection;
import io.github.tahsilat.persistence.spi.record.PaymentMethod;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.PaymentStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments in one row each. When an insert repeats a stored idempotency key, the insert skips the
 * row on the unique constraint {@code (company_id, idempotency_key)}, and the store reads and
 * compares the stored payment.
 */
final class JdbcPaymentStore implements PaymentStore {

    private static final String TYPE = "PaymentRecord";

    private static final List<String> COLUMNS =
            List.of(
                    "counterparty_id",
                    "direction",
                    "value_date",
                    "currency",
                    "amount",
                    "charges",
                    "method",
                    "remittance",
                    "idempotency_key",
                    "unapplied",
                    "reversed_on",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at");

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;
    private final String insertSql;
    private final String updateSql;

    JdbcPaymentStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.table = options.tablePrefix() + "payment";
        this.insertSql =
                Sql.insert(table, Sql.concat(List.of("company_id", "id", "version"), COLUMNS))
                        // Every unique key is an arbiter, so a concurrent insert of the same
                        // request waits for the first one and writes nothing.
                        + " ON CONFLICT DO NOTHING";
        this.updateSql = Sql.update(table, "id", COLUMNS);
    }

    @Override
    public PaymentRecord insert(UUID companyId, PaymentRecord payment) {
        WriteChecks.sameCompany(companyId, payment.companyId());
        WriteChecks.newRecord(TYPE, payment.version());
        PaymentRecord stored = withStamp(payment, 1);
        SqlErrors errors =
                SqlErrors.of("insert payment " + payment.id())
                        .onUnique(
                                table + "_pkey",
                                () ->
                                        new DuplicateKeyException(
                                                TYPE, "id", stored.id().toString()));
        return transactions.call(
                connection -> {
                    int rows;
                    try (PreparedStatement statement = Sql.prepare(connection, insertSql)) {
                        Params params =
                                new Params(statement)
                                        .uuid(companyId)
                                        .uuid(stored.id())
                                        .longValue(1);
                        bindColumns(params, stored);
                        rows = statement.executeUpdate();
                    }
                    return rows == 0 ? repeatedRequest(connection, stored) : stored;
                },
                errors);
    }

    /**
     * Returns the payment stored under the same idempotency key when its content equals the
     * insert's; an insert that collided with the primary key instead fails as a duplicate id.
     */
    private PaymentRecord repeatedRequest(Connection connection, PaymentRecord payment)
            throws SQLException {
        Optional<String> maybeKey = payment.idempotencyKey();
        List<PaymentRecord> found =
                maybeKey.isEmpty()
                        ? List.of()
                        : select(
                                connection,
                                "idempotency_key = ?",
                                payment.companyId(),
                                maybeKey.get());
        if (found.isEmpty()) {
            throw new DuplicateKeyException(TYPE, "id", payment.id().toString());
        }
        String key = maybeKey.get();
        PaymentRecord existing = found.get(0);
        if (!existing.sameContentAs(payment)) {
            throw new IdempotencyConflictException(TYPE, key, existing.id());
        }
        return existing;
    }

    @Override
    public PaymentRecord update(UUID companyId, PaymentRecord payment) {
        WriteChecks.sameCompany(companyId, payment.companyId());
        WriteChecks.readRecord(TYPE, payment.version());
        PaymentRecord stored = withStamp(payment, payment.version() + 1);
        SqlErrors errors =
                SqlErrors.of("update payment " + payment.id())
                        .onUnique(
                                table + "_idempotency_key_key",
                                () ->
                                        new DuplicateKeyException(
                                                TYPE,
                                                "idempotencyKey",
                                                payment.idempotencyKey().orElse("")));
        return transactions.call(
                connection -> {
                    int rows;
                    try (PreparedStatement statement = Sql.prepare(connection, updateSql)) {
                        Params params = new Params(statement).longValue(stored.version());
                        bindColumns(params, stored);
                        params.uuid(companyId).uuid(stored.id()).longValue(payment.version());
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
                                payment.version());
                    }
                    return stored;
                },
                errors);
    }

    @Override
    public Optional<PaymentRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return list(companyId, "id = ?", "read payment " + id, id).stream().findFirst();
    }

    @Override
    public Optional<PaymentRecord> findByIdempotencyKey(UUID companyId, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return list(
                        companyId,
                        "idempotency_key = ?",
                        "read the payment with idempotency key " + idempotencyKey,
                        idempotencyKey)
                .stream()
                .findFirst();
    }

    @Override
    public List<PaymentRecord> withUnappliedCredit(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return list(
                companyId,
                "counterparty_id = ? AND reversed_on IS NULL AND unapplied > 0"
                        + " ORDER BY value_date, id",
                "read payments with unapplied credit of counterparty " + counterpartyId,
                counterpartyId);
    }

    private List<PaymentRecord> list(
            UUID companyId, String condition, String action, Object value) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.call(
                connection -> select(connection, condition, companyId, value),
                SqlErrors.of(action + " in company " + companyId));
    }

    private List<PaymentRecord> select(
            Connection connection, String condition, UUID companyId, Object value)
            throws SQLException {
        String sql = "SELECT * FROM " + table + " WHERE company_id = ? AND " + condition;
        return Sql.list(connection, sql, fetchSize, this::read, companyId, value);
    }

    private static void bindColumns(Params params, PaymentRecord payment) throws SQLException {
        params.uuid(payment.counterpartyId())
                .name(payment.direction())
                .date(payment.valueDate())
                .text(payment.currency())
                .decimal(payment.amount(), "amount")
                .decimal(payment.charges(), "charges")
                .name(payment.method())
                .text(payment.remittance())
                .optionalText(payment.idempotencyKey())
                .decimal(payment.unapplied(), "unapplied")
                .optionalDate(payment.reversedOn());
        Stamps.bind(params, payment.lastWrite());
    }

    private PaymentRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "id");
        UUID companyId = row.uuid("company_id");
        UUID id = row.uuid("id");
        long version = row.longValue("version");
        UUID counterpartyId = row.uuid("counterparty_id");
        PaymentDirection direction = row.enumValue("direction", PaymentDirection.class);
        LocalDate valueDate = row.date("value_date");
        String currency = row.currency("currency");
        BigDecimal amount = row.decimal("amount");
        BigDecimal charges = row.decimal("charges");
        PaymentMethod method = row.enumValue("method", PaymentMethod.class);
        String remittance = row.text("remittance");
        Optional<String> idempotencyKey = row.optionalText("idempotency_key");
        BigDecimal unapplied = row.decimal("unapplied");
        Optional<LocalDate> reversedOn = row.optionalDate("reversed_on");
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        return row.build(
                () ->
                        new PaymentRecord(
                                companyId,
                                id,
                                version,
                                counterpartyId,
                                direction,
                                valueDate,
                                currency,
                                amount,
                                charges,
                                method,
                                remittance,
                                idempotencyKey,
                                unapplied,
                                reversedOn,
                                lastWrite));
    }

    /** Returns {@code payment} at {@code version} with its stamp truncated to microseconds. */
    private static PaymentRecord withStamp(PaymentRecord payment, long version) {
        WriteStamp stamp = Stamps.micros(payment.lastWrite());
        return new PaymentRecord(
                payment.companyId(),
                payment.id(),
                version,
                payment.counterpartyId(),
                payment.direction(),
                payment.valueDate(),
                payment.currency(),
                payment.amount(),
                payment.charges(),
                payment.method(),
                payment.remittance(),
                payment.idempotencyKey(),
                payment.unapplied(),
                payment.reversedOn(),
                stamp);
    }
}
