package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.AllocationStore;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Allocations in one row each, never updated. A {@code bigserial} column numbers the rows in
 * insertion order, the order of the lists.
 */
final class JdbcAllocationStore implements AllocationStore {

    private static final String TYPE = "AllocationRecord";

    private static final List<String> COLUMNS =
            List.of(
                    "company_id",
                    "id",
                    "source_id",
                    "counterparty_id",
                    "invoice_id",
                    "installment",
                    "value_date",
                    "currency",
                    "fee",
                    "interest",
                    "principal",
                    "discount",
                    "write_off",
                    "component_order",
                    "reverses",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at");

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;
    private final String insertSql;

    JdbcAllocationStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.table = options.tablePrefix() + "allocation";
        this.insertSql = Sql.insert(table, COLUMNS);
    }

    @Override
    public AllocationRecord insert(UUID companyId, AllocationRecord allocation) {
        Objects.requireNonNull(allocation, "allocation");
        WriteChecks.sameCompany(companyId, allocation.companyId());
        AllocationRecord stored = withMicros(allocation);
        SqlErrors errors =
                SqlErrors.of("insert allocation " + allocation.id())
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
                                        .uuid(stored.sourceId())
                                        .uuid(stored.counterpartyId())
                                        .uuid(stored.invoiceId())
                                        .integer(stored.installment())
                                        .date(stored.valueDate())
                                        .text(stored.currency())
                                        .decimal(stored.fee(), "fee")
                                        .decimal(stored.interest(), "interest")
                                        .decimal(stored.principal(), "principal")
                                        .decimal(stored.discount(), "discount")
                                        .decimal(stored.writeOff(), "writeOff")
                                        .text(stored.componentOrder())
                                        .optionalUuid(stored.reverses());
                        Stamps.bind(params, stored.lastWrite());
                        statement.executeUpdate();
                    }
                    return stored;
                },
                errors);
    }

    @Override
    public Optional<AllocationRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return list(companyId, "id = ?", "read allocation " + id, id).stream().findFirst();
    }

    @Override
    public List<AllocationRecord> findBySource(UUID companyId, UUID sourceId) {
        Objects.requireNonNull(sourceId, "sourceId");
        return list(
                companyId,
                "source_id = ? ORDER BY insertion",
                "read allocations from source " + sourceId,
                sourceId);
    }

    @Override
    public List<AllocationRecord> findByInvoice(UUID companyId, UUID invoiceId) {
        Objects.requireNonNull(invoiceId, "invoiceId");
        return list(
                companyId,
                "invoice_id = ? ORDER BY insertion",
                "read allocations to invoice " + invoiceId,
                invoiceId);
    }

    private List<AllocationRecord> list(
            UUID companyId, String condition, String action, Object value) {
        Objects.requireNonNull(companyId, "companyId");
        String sql = "SELECT * FROM " + table + " WHERE company_id = ? AND " + condition;
        return transactions.call(
                connection -> Sql.list(connection, sql, fetchSize, this::read, companyId, value),
                SqlErrors.of(action + " in company " + companyId));
    }

    private AllocationRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "id");
        UUID companyId = row.uuid("company_id");
        UUID id = row.uuid("id");
        UUID sourceId = row.uuid("source_id");
        UUID counterpartyId = row.uuid("counterparty_id");
        UUID invoiceId = row.uuid("invoice_id");
        int installment = row.intValue("installment");
        LocalDate valueDate = row.date("value_date");
        String currency = row.currency("currency");
        BigDecimal fee = row.decimal("fee");
        BigDecimal interest = row.decimal("interest");
        BigDecimal principal = row.decimal("principal");
        BigDecimal discount = row.decimal("discount");
        BigDecimal writeOff = row.decimal("write_off");
        String componentOrder = row.text("component_order");
        Optional<UUID> reverses = row.optionalUuid("reverses");
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        return row.build(
                () ->
                        new AllocationRecord(
                                companyId,
                                id,
                                sourceId,
                                counterpartyId,
                                invoiceId,
                                installment,
                                valueDate,
                                currency,
                                fee,
                                interest,
                                principal,
                                discount,
                                writeOff,
                                componentOrder,
                                reverses,
                                lastWrite));
    }

    /** Returns {@code allocation} with its stamp truncated to microseconds. */
    private static AllocationRecord withMicros(AllocationRecord allocation) {
        WriteStamp stamp = Stamps.micros(allocation.lastWrite());
        if (stamp.equals(allocation.lastWrite())) {
            return allocation;
        }
        return new AllocationRecord(
                allocation.companyId(),
                allocation.id(),
                allocation.sourceId(),
                allocation.counterpartyId(),
                allocation.invoiceId(),
                allocation.installment(),
                allocation.valueDate(),
                allocation.currency(),
                allocation.fee(),
                allocation.interest(),
                allocation.principal(),
                allocation.discount(),
                allocation.writeOff(),
                allocation.componentOrder(),
                allocation.reverses(),
                stamp);
    }
}
