package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.InstrumentKind;
import io.github.tahsilat.persistence.spi.record.InstrumentRecord;
import io.github.tahsilat.persistence.spi.record.InstrumentStatus;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.InstrumentStore;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Cheques and promissory notes in one row each. */
final class JdbcInstrumentStore implements InstrumentStore {

    private static final String TYPE = "InstrumentRecord";

    /** The condition that selects uncleared instruments, which the partial indexes also use. */
    private static final String UNCLEARED = "status NOT IN ('CLEARED', 'BOUNCED')";

    private static final List<String> COLUMNS =
            List.of(
                    "counterparty_id",
                    "kind",
                    "serial_number",
                    "drawer",
                    "received_on",
                    "maturity",
                    "currency",
                    "amount",
                    "paid_on_bounce",
                    "unapplied",
                    "status",
                    "holder",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at");

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;
    private final String insertSql;
    private final String updateSql;

    JdbcInstrumentStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.table = options.tablePrefix() + "instrument";
        this.insertSql =
                Sql.insert(table, Sql.concat(List.of("company_id", "id", "version"), COLUMNS));
        this.updateSql = Sql.update(table, "id", COLUMNS);
    }

    @Override
    public InstrumentRecord insert(UUID companyId, InstrumentRecord instrument) {
        WriteChecks.sameCompany(companyId, instrument.companyId());
        WriteChecks.newRecord(TYPE, instrument.version());
        InstrumentRecord stored = withStamp(instrument, 1);
        SqlErrors errors =
                SqlErrors.of("insert instrument " + instrument.id())
                        .onUnique(
                                table + "_pkey",
                                () ->
                                        new DuplicateKeyException(
                                                TYPE, "id", stored.id().toString()));
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, insertSql)) {
                        Params params =
                                new Params(statement)
                                        .uuid(companyId)
                                        .uuid(stored.id())
                                        .longValue(1);
                        bindColumns(params, stored);
                        statement.executeUpdate();
                    }
                    return stored;
                },
                errors);
    }

    @Override
    public InstrumentRecord update(UUID companyId, InstrumentRecord instrument) {
        WriteChecks.sameCompany(companyId, instrument.companyId());
        WriteChecks.readRecord(TYPE, instrument.version());
        InstrumentRecord stored = withStamp(instrument, instrument.version() + 1);
        return transactions.call(
                connection -> {
                    int rows;
                    try (PreparedStatement statement = Sql.prepare(connection, updateSql)) {
                        Params params = new Params(statement).longValue(stored.version());
                        bindColumns(params, stored);
                        params.uuid(companyId).uuid(stored.id()).longValue(instrument.version());
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
                                instrument.version());
                    }
                    return stored;
                },
                SqlErrors.of("update instrument " + instrument.id()));
    }

    @Override
    public Optional<InstrumentRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return list(companyId, "id = ?", "read instrument " + id, id).stream().findFirst();
    }

    @Override
    public List<InstrumentRecord> unclearedOf(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return list(
                companyId,
                "counterparty_id = ? AND " + UNCLEARED + " ORDER BY maturity, id",
                "read uncleared instruments of counterparty " + counterpartyId,
                counterpartyId);
    }

    @Override
    public List<InstrumentRecord> unclearedMaturingBy(UUID companyId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return list(
                companyId,
                "maturity <= ? AND " + UNCLEARED + " ORDER BY maturity, id",
                "read uncleared instruments maturing by " + date,
                date);
    }

    @Override
    public List<InstrumentRecord> withUnappliedCredit(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return list(
                companyId,
                "counterparty_id = ? AND unapplied > 0 ORDER BY maturity, id",
                "read instruments with unapplied credit of counterparty " + counterpartyId,
                counterpartyId);
    }

    private List<InstrumentRecord> list(
            UUID companyId, String condition, String action, Object value) {
        Objects.requireNonNull(companyId, "companyId");
        String sql = "SELECT * FROM " + table + " WHERE company_id = ? AND " + condition;
        return transactions.call(
                connection -> Sql.list(connection, sql, fetchSize, this::read, companyId, value),
                SqlErrors.of(action + " in company " + companyId));
    }

    private static void bindColumns(Params params, InstrumentRecord instrument)
            throws SQLException {
        params.uuid(instrument.counterpartyId())
                .name(instrument.kind())
                .text(instrument.serialNumber())
                .text(instrument.drawer())
                .date(instrument.receivedOn())
                .date(instrument.maturity())
                .text(instrument.currency())
                .decimal(instrument.amount(), "amount")
                .decimal(instrument.paidOnBounce(), "paidOnBounce")
                .decimal(instrument.unapplied(), "unapplied")
                .name(instrument.status())
                .text(instrument.holder());
        Stamps.bind(params, instrument.lastWrite());
    }

    private InstrumentRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "id");
        UUID companyId = row.uuid("company_id");
        UUID id = row.uuid("id");
        long version = row.longValue("version");
        UUID counterpartyId = row.uuid("counterparty_id");
        InstrumentKind kind = row.enumValue("kind", InstrumentKind.class);
        String serialNumber = row.text("serial_number");
        String drawer = row.text("drawer");
        LocalDate receivedOn = row.date("received_on");
        LocalDate maturity = row.date("maturity");
        String currency = row.currency("currency");
        BigDecimal amount = row.decimal("amount");
        BigDecimal paidOnBounce = row.decimal("paid_on_bounce");
        BigDecimal unapplied = row.decimal("unapplied");
        InstrumentStatus status = row.enumValue("status", InstrumentStatus.class);
        String holder = row.text("holder");
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        return row.build(
                () ->
                        new InstrumentRecord(
                                companyId,
                                id,
                                version,
                                counterpartyId,
                                kind,
                                serialNumber,
                                drawer,
                                receivedOn,
                                maturity,
                                currency,
                                amount,
                                paidOnBounce,
                                unapplied,
                                status,
                                holder,
                                lastWrite));
    }

    /** Returns {@code instrument} at {@code version} with its stamp truncated to microseconds. */
    private static InstrumentRecord withStamp(InstrumentRecord instrument, long version) {
        InstrumentRecord next = instrument.withVersion(version);
        WriteStamp stamp = Stamps.micros(instrument.lastWrite());
        return stamp.equals(instrument.lastWrite())
                ? next
                : next.withUnapplied(next.unapplied(), stamp);
    }
}
