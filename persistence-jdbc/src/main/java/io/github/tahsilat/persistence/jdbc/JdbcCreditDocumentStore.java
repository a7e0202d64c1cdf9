package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.record.CreditDocumentKind;
import io.github.tahsilat.persistence.spi.record.CreditDocumentRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.PriceBasis;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.CreditDocumentStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Credit notes and return invoices in one row each, with lines and breakdowns in child tables. */
final class JdbcCreditDocumentStore implements CreditDocumentStore {

    private static final String TYPE = "CreditDocumentRecord";

    private static final List<String> COLUMNS =
            List.of(
                    "kind",
                    "direction",
                    "number",
                    "counterparty_id",
                    "referenced_invoice_id",
                    "referenced_invoice_number",
                    "issue_date",
                    "currency",
                    "price_basis",
                    "totals_net",
                    "totals_gross",
                    "totals_withheld",
                    "totals_receivable",
                    "computed_net",
                    "computed_gross",
                    "computed_withheld",
                    "computed_receivable",
                    "amount",
                    "remaining_credit",
                    "idempotency_key",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at");

    private final JdbcTransactionRunner transactions;
    private final String table;
    private final DocumentParts parts;
    private final String insertSql;
    private final String updateSql;

    JdbcCreditDocumentStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.table = options.tablePrefix() + "credit_document";
        this.parts = new DocumentParts(table, "credit_document_id");
        this.insertSql =
                Sql.insert(table, Sql.concat(List.of("company_id", "id", "version"), COLUMNS))
                        // Every unique key is an arbiter, so a concurrent insert of the same
                        // request waits for the first one and writes nothing.
                        + " ON CONFLICT DO NOTHING";
        this.updateSql = Sql.update(table, "id", COLUMNS);
    }

    @Override
    public CreditDocumentRecord insert(UUID companyId, CreditDocumentRecord document) {
        WriteChecks.sameCompany(companyId, document.companyId());
        WriteChecks.newRecord(TYPE, document.version());
        CreditDocumentRecord stored = withStamp(document, Stamps.micros(document.lastWrite()), 1);
        SqlErrors errors =
                uniqueKeys(SqlErrors.of("insert credit document " + document.id()), stored)
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
                    if (rows == 0) {
                        return repeatedRequest(connection, stored);
                    }
                    writeChildren(connection, stored);
                    return stored;
                },
                errors);
    }

    private CreditDocumentRecord repeatedRequest(
            Connection connection, CreditDocumentRecord document) throws SQLException {
        UUID companyId = document.companyId();
        Optional<String> maybeKey = document.idempotencyKey();
        List<CreditDocumentRecord> found =
                maybeKey.isEmpty()
                        ? List.of()
                        : select(connection, "idempotency_key = ?", companyId, maybeKey.get());
        if (found.isEmpty()) {
            if (!select(connection, "id = ?", companyId, document.id()).isEmpty()) {
                throw new DuplicateKeyException(TYPE, "id", document.id().toString());
            }
            throw new DuplicateKeyException(
                    TYPE,
                    "number",
                    document.direction() + "/" + document.kind() + "/" + document.number());
        }
        String key = maybeKey.get();
        CreditDocumentRecord existing = found.get(0);
        if (!existing.sameContentAs(document)) {
            throw new IdempotencyConflictException(TYPE, key, existing.id());
        }
        return existing;
    }

    @Override
    public CreditDocumentRecord update(UUID companyId, CreditDocumentRecord document) {
        WriteChecks.sameCompany(companyId, document.companyId());
        WriteChecks.readRecord(TYPE, document.version());
        CreditDocumentRecord stored =
                withStamp(document, Stamps.micros(document.lastWrite()), document.version() + 1);
        SqlErrors errors =
                uniqueKeys(SqlErrors.of("update credit document " + document.id()), stored);
        return transactions.call(
                connection -> {
                    int rows;
                    try (PreparedStatement statement = Sql.prepare(connection, updateSql)) {
                        Params params = new Params(statement).longValue(stored.version());
                        bindColumns(params, stored);
                        params.uuid(companyId).uuid(stored.id()).longValue(document.version());
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
                                document.version());
                    }
                    parts.delete(connection, companyId, stored.id());
                    writeChildren(connection, stored);
                    return stored;
                },
                errors);
    }

    private SqlErrors uniqueKeys(SqlErrors errors, CreditDocumentRecord document) {
        return errors.onUnique(
                        table + "_number_key",
                        () ->
                                new DuplicateKeyException(
                                        TYPE,
                                        "number",
                                        document.direction()
                                                + "/"
                                                + document.kind()
                                                + "/"
                                                + document.number()))
                .onUnique(
                        table + "_idempotency_key_key",
                        () ->
                                new DuplicateKeyException(
                                        TYPE,
                                        "idempotencyKey",
                                        document.idempotencyKey().orElse("")));
    }

    private void writeChildren(Connection connection, CreditDocumentRecord document)
            throws SQLException {
        parts.insert(
                connection,
                document.companyId(),
                document.id(),
                document.lines(),
                document.totals(),
                document.computedTotals());
    }

    @Override
    public Optional<CreditDocumentRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return findOne(companyId, "id = ?", "read credit document " + id, id);
    }

    @Override
    public Optional<CreditDocumentRecord> findByNumber(
            UUID companyId, Direction direction, CreditDocumentKind kind, String number) {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        return findOne(
                companyId,
                "direction = ? AND kind = ? AND number = ?",
                "read credit document " + direction + "/" + kind + "/" + number,
                direction.name(),
                kind.name(),
                number);
    }

    @Override
    public Optional<CreditDocumentRecord> findByIdempotencyKey(
            UUID companyId, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return findOne(
                companyId,
                "idempotency_key = ?",
                "read the credit document with idempotency key " + idempotencyKey,
                idempotencyKey);
    }

    @Override
    public List<CreditDocumentRecord> findByInvoice(UUID companyId, UUID invoiceId) {
        Objects.requireNonNull(invoiceId, "invoiceId");
        return list(
                companyId,
                "referenced_invoice_id = ? ORDER BY issue_date, id",
                "read credit documents of invoice " + invoiceId,
                invoiceId);
    }

    @Override
    public List<CreditDocumentRecord> withRemainingCredit(UUID companyId, UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        return list(
                companyId,
                "counterparty_id = ? AND remaining_credit > 0 ORDER BY issue_date, id",
                "read credit documents with remaining credit of counterparty " + counterpartyId,
                counterpartyId);
    }

    private Optional<CreditDocumentRecord> findOne(
            UUID companyId, String condition, String action, Object... values) {
        List<CreditDocumentRecord> found = list(companyId, condition, action, values);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<CreditDocumentRecord> list(
            UUID companyId, String condition, String action, Object... values) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.call(
                connection -> select(connection, condition, companyId, values),
                SqlErrors.of(action + " in company " + companyId));
    }

    private List<CreditDocumentRecord> select(
            Connection connection, String condition, UUID companyId, Object... values)
            throws SQLException {
        String sql =
                DocumentParts.withChildren(
                        "SELECT * FROM " + table + " WHERE company_id = ? AND " + condition,
                        parts.childColumns());
        List<CreditDocumentRecord> documents = new ArrayList<>();
        try (PreparedStatement statement = Sql.prepare(connection, sql)) {
            statement.setObject(1, companyId);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 2, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    DocumentRow documentRow =
                            new DocumentRow(new Row(rows, table, "company_id", "id"));
                    documents.add(documentRow.build(parts.readJoined(rows, "company_id", "id")));
                }
            }
        }
        return documents;
    }

    private static void bindColumns(Params params, CreditDocumentRecord document)
            throws SQLException {
        params.name(document.kind())
                .name(document.direction())
                .text(document.number())
                .uuid(document.counterpartyId())
                .optionalUuid(document.referencedInvoiceId())
                .optionalText(document.referencedInvoiceNumber())
                .date(document.issueDate())
                .text(document.currency())
                .name(document.priceBasis());
        DocumentParts.bindTotals(params, document.totals());
        DocumentParts.bindTotals(params, document.computedTotals());
        params.decimal(document.amount(), "amount")
                .decimal(document.remainingCredit(), "remainingCredit")
                .optionalText(document.idempotencyKey());
        Stamps.bind(params, document.lastWrite());
    }

    /** The columns of one document row. */
    private final class DocumentRow {
        private final UUID companyId;
        private final UUID id;
        private final long version;
        private final CreditDocumentKind kind;
        private final Direction direction;
        private final String number;
        private final UUID counterpartyId;
        private final Optional<UUID> referencedInvoiceId;
        private final Optional<String> referencedInvoiceNumber;
        private final LocalDate issueDate;
        private final String currency;
        private final PriceBasis priceBasis;
        private final BigDecimal amount;
        private final BigDecimal remainingCredit;
        private final Optional<String> idempotencyKey;
        private final WriteStamp lastWrite;
        private final Optional<DocumentParts.Amounts> totals;
        private final Optional<DocumentParts.Amounts> computed;
        private final String key;

        DocumentRow(Row row) throws SQLException {
            companyId = row.uuid("company_id");
            id = row.uuid("id");
            version = row.longValue("version");
            kind = row.enumValue("kind", CreditDocumentKind.class);
            direction = row.enumValue("direction", Direction.class);
            number = row.text("number");
            counterpartyId = row.uuid("counterparty_id");
            referencedInvoiceId = row.optionalUuid("referenced_invoice_id");
            referencedInvoiceNumber = row.optionalText("referenced_invoice_number");
            issueDate = row.date("issue_date");
            currency = row.currency("currency");
            priceBasis = row.enumValue("price_basis", PriceBasis.class);
            amount = row.decimal("amount");
            remainingCredit = row.decimal("remaining_credit");
            idempotencyKey = row.optionalText("idempotency_key");
            lastWrite = Stamps.read(row, "last_write_");
            totals = DocumentParts.readAmounts(row, "totals_");
            computed = DocumentParts.readAmounts(row, "computed_");
            key = "(company_id=" + companyId + ", id=" + id + ")";
        }

        CreditDocumentRecord build(DocumentParts.Parts children) {
            try {
                Optional<InvoiceTotals> printed =
                        totals.map(
                                amounts -> amounts.with(children.vat(), children.withholdings()));
                Optional<InvoiceTotals> fromLines =
                        computed.map(
                                amounts ->
                                        amounts.with(
                                                children.computedVat(),
                                                children.computedWithholdings()));
                return new CreditDocumentRecord(
                        companyId,
                        id,
                        version,
                        kind,
                        direction,
                        number,
                        counterpartyId,
                        referencedInvoiceId,
                        referencedInvoiceNumber,
                        issueDate,
                        currency,
                        priceBasis,
                        children.lines(),
                        printed,
                        fromLines,
                        amount,
                        remainingCredit,
                        idempotencyKey,
                        lastWrite);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new StoreException(
                        "invalid row in "
                                + table
                                + " with key "
                                + key
                                + ": "
                                + e.getMessage()
                                + "; correct the row in the database",
                        e);
            }
        }
    }

    private static CreditDocumentRecord withStamp(
            CreditDocumentRecord document, WriteStamp stamp, long version) {
        if (stamp.equals(document.lastWrite())) {
            return document.withVersion(version);
        }
        return new CreditDocumentRecord(
                document.companyId(),
                document.id(),
                version,
                document.kind(),
                document.direction(),
                document.number(),
                document.counterpartyId(),
                document.referencedInvoiceId(),
                document.referencedInvoiceNumber(),
                document.issueDate(),
                document.currency(),
                document.priceBasis(),
                document.lines(),
                document.totals(),
                document.computedTotals(),
                document.amount(),
                document.remainingCredit(),
                document.idempotencyKey(),
                stamp);
    }
}
