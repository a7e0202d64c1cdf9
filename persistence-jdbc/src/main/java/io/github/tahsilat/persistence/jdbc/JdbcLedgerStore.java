package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.LedgerAccount;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.LedgerStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The counterparty ledger in one table, numbered from a per-company counter row as {@link
 * JdbcEventLog} numbers events: a company's appends run one at a time, and a rolled-back append
 * also rolls back its number. {@link #appendAll} raises the counter by the number of entries and
 * inserts them from SQL arrays, also in one statement.
 *
 * <p>The paging cursor is {@code "<epoch day of the value date>/<sequence>"}, the form the
 * in-memory store writes.
 */
final class JdbcLedgerStore implements LedgerStore {

    private static final String TYPE = "LedgerEntryRecord";

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;
    private final String appendSql;
    private final String appendAllSql;
    private final String pageSql;
    private final String documentSql;
    private final String invoiceSql;
    private final String balanceSql;
    private final String chargedSql;
    private final String chargedOfSql;
    private final String accountsSql;

    JdbcLedgerStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.table = options.tablePrefix() + "ledger_entry";
        String counterTable = options.tablePrefix() + "ledger_counter";
        this.appendSql =
                "WITH next AS (INSERT INTO "
                        + counterTable
                        + " AS counter (company_id, last_sequence) VALUES (?, 1)"
                        + " ON CONFLICT (company_id)"
                        + " DO UPDATE SET last_sequence = counter.last_sequence + 1"
                        + " RETURNING last_sequence)"
                        + " INSERT INTO "
                        + table
                        + " (company_id, sequence, id, counterparty_id, currency, kind,"
                        + " value_date, recorded_at, amount, balance_effect, document_id,"
                        + " invoice_id, component, note, reverses, actor_kind, actor_id)"
                        + " SELECT ?, last_sequence, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " FROM next RETURNING sequence";
        // Entry k of n, counted from 1, gets the sequence last_sequence - n + k. A conflict on
        // the id skips the row, so that the store can name the stored id and then throw, which
        // rolls the statement back.
        this.appendAllSql =
                Sql.raiseCounter(counterTable)
                        + " INSERT INTO "
                        + table
                        + " (company_id, sequence, id, counterparty_id, currency, kind,"
                        + " value_date, recorded_at, amount, balance_effect, document_id,"
                        + " invoice_id, component, note, reverses, actor_kind, actor_id)"
                        + " SELECT ?, next.last_sequence - ? + e.position, e.id, e.counterparty_id,"
                        + " e.currency, e.kind, e.value_date, e.recorded_at, e.amount,"
                        + " e.balance_effect, e.document_id, e.invoice_id, e.component, e.note,"
                        + " e.reverses, e.actor_kind, e.actor_id"
                        + " FROM next, unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[],"
                        + " ?::text[]::date[], ?::text[]::timestamptz[], ?::text[]::numeric[],"
                        + " ?::text[]::numeric[], ?::uuid[], ?::uuid[], ?::text[], ?::text[],"
                        + " ?::uuid[], ?::text[], ?::text[]) WITH ORDINALITY"
                        + " AS e(id, counterparty_id, currency, kind, value_date, recorded_at,"
                        + " amount, balance_effect, document_id, invoice_id, component, note,"
                        + " reverses, actor_kind, actor_id, position)"
                        + " ON CONFLICT (company_id, id) DO NOTHING"
                        + " RETURNING id, sequence";
        String account =
                "SELECT * FROM "
                        + table
                        + " WHERE company_id = ? AND counterparty_id = ? AND currency = ?";
        this.pageSql =
                account
                        + " AND value_date <= ? AND (value_date, sequence) > (?, ?)"
                        + " ORDER BY value_date, sequence LIMIT ?";
        this.documentSql =
                "SELECT * FROM "
                        + table
                        + " WHERE company_id = ? AND document_id = ? ORDER BY sequence";
        this.invoiceSql =
                "SELECT * FROM "
                        + table
                        + " WHERE company_id = ? AND invoice_id = ? ORDER BY sequence";
        this.balanceSql =
                "SELECT COALESCE(SUM(balance_effect), 0) FROM "
                        + table
                        + " WHERE company_id = ? AND counterparty_id = ? AND currency = ?"
                        + " AND value_date <= ? AND recorded_at <= ?";
        this.chargedSql =
                "SELECT DISTINCT invoice_id FROM "
                        + table
                        + " WHERE company_id = ? AND kind IN ('FEE', 'INTEREST')"
                        + " AND invoice_id IS NOT NULL";
        this.chargedOfSql =
                "SELECT DISTINCT invoice_id FROM "
                        + table
                        + " WHERE company_id = ? AND counterparty_id = ? AND currency = ?"
                        + " AND kind IN ('FEE', 'INTEREST') AND invoice_id IS NOT NULL";
        // A skip scan over the account index: each step jumps to the next account's first entry,
        // which carries its earliest value date, so the query reads one index row per account.
        String first =
                " counterparty_id, currency, value_date FROM " + table + " WHERE company_id = ?";
        String order = " ORDER BY counterparty_id, currency, value_date LIMIT 1";
        this.accountsSql =
                "WITH RECURSIVE account AS ((SELECT"
                        + first
                        + order
                        + ") UNION ALL SELECT next.* FROM account, LATERAL (SELECT"
                        + first
                        + " AND (counterparty_id, currency) > (account.counterparty_id,"
                        + " account.currency)"
                        + order
                        + ") next) SELECT counterparty_id, currency FROM account"
                        + " WHERE value_date <= ? ORDER BY counterparty_id, currency";
    }

    @Override
    public LedgerEntryRecord append(UUID companyId, LedgerEntryRecord entry) {
        Objects.requireNonNull(entry, "entry");
        WriteChecks.sameCompany(companyId, entry.companyId());
        if (entry.sequence() != 0) {
            throw new IllegalArgumentException(
                    "invalid sequence of a new ledger entry: "
                            + entry.sequence()
                            + "; expected 0, the store assigns it");
        }
        Instant recordedAt = Params.micros(entry.recordedAt());
        SqlErrors errors =
                SqlErrors.of("append ledger entry " + entry.id())
                        .onUnique(
                                table + "_id_key",
                                () -> new DuplicateKeyException(TYPE, "id", entry.id().toString()));
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, appendSql)) {
                        new Params(statement)
                                .uuid(companyId)
                                .uuid(companyId)
                                .uuid(entry.id())
                                .uuid(entry.counterpartyId())
                                .text(entry.currency())
                                .name(entry.kind())
                                .date(entry.valueDate())
                                .instant(recordedAt)
                                .decimal(entry.amount(), "amount")
                                .decimal(entry.balanceEffect(), "balanceEffect")
                                .uuid(entry.documentId())
                                .optionalUuid(entry.invoiceId())
                                .optionalText(entry.component())
                                .text(entry.note())
                                .optionalUuid(entry.reverses())
                                .name(entry.actor().kind())
                                .text(entry.actor().id());
                        try (ResultSet rows = statement.executeQuery()) {
                            rows.next();
                            return withRecordedAt(entry, recordedAt).withSequence(rows.getLong(1));
                        }
                    }
                },
                errors);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs one statement for all the entries.
     */
    @Override
    public List<LedgerEntryRecord> appendAll(UUID companyId, List<LedgerEntryRecord> entries) {
        Objects.requireNonNull(companyId, "companyId");
        List<LedgerEntryRecord> copy = List.copyOf(entries);
        if (copy.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new HashSet<>();
        List<LedgerEntryRecord> recorded = new ArrayList<>(copy.size());
        for (LedgerEntryRecord entry : copy) {
            WriteChecks.sameCompany(companyId, entry.companyId());
            if (entry.sequence() != 0) {
                throw new IllegalArgumentException(
                        "invalid sequence of a new ledger entry: "
                                + entry.sequence()
                                + "; expected 0, the store assigns it");
            }
            Params.checkScale(entry.amount(), "amount");
            Params.checkScale(entry.balanceEffect(), "balanceEffect");
            if (!ids.add(entry.id())) {
                throw duplicate(entry.id());
            }
            recorded.add(withRecordedAt(entry, Params.micros(entry.recordedAt())));
        }
        return transactions.call(
                connection -> insertAll(connection, companyId, recorded),
                SqlErrors.of("append " + copy.size() + " ledger entries of company " + companyId));
    }

    private List<LedgerEntryRecord> insertAll(
            Connection connection, UUID companyId, List<LedgerEntryRecord> entries)
            throws SQLException {
        Map<UUID, Long> sequences = new HashMap<>();
        try (PreparedStatement statement = Sql.prepare(connection, appendAllSql)) {
            new Params(statement)
                    .uuid(companyId)
                    .integer(entries.size())
                    .uuid(companyId)
                    .integer(entries.size())
                    .uuidArray(connection, Sql.column(entries, LedgerEntryRecord::id))
                    .uuidArray(connection, Sql.column(entries, LedgerEntryRecord::counterpartyId))
                    .textArray(connection, Sql.column(entries, LedgerEntryRecord::currency))
                    .textArray(connection, Sql.column(entries, entry -> entry.kind().name()))
                    .textArray(
                            connection, Sql.column(entries, entry -> entry.valueDate().toString()))
                    .textArray(
                            connection, Sql.column(entries, entry -> entry.recordedAt().toString()))
                    .textArray(
                            connection,
                            Sql.column(entries, entry -> entry.amount().toPlainString()))
                    .textArray(
                            connection,
                            Sql.column(entries, entry -> entry.balanceEffect().toPlainString()))
                    .uuidArray(connection, Sql.column(entries, LedgerEntryRecord::documentId))
                    .uuidArray(
                            connection,
                            Sql.column(entries, entry -> entry.invoiceId().orElse(null)))
                    .textArray(
                            connection,
                            Sql.column(entries, entry -> entry.component().orElse(null)))
                    .textArray(connection, Sql.column(entries, LedgerEntryRecord::note))
                    .uuidArray(
                            connection, Sql.column(entries, entry -> entry.reverses().orElse(null)))
                    .textArray(
                            connection, Sql.column(entries, entry -> entry.actor().kind().name()))
                    .textArray(connection, Sql.column(entries, entry -> entry.actor().id()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sequences.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        }
        List<LedgerEntryRecord> stored = new ArrayList<>(entries.size());
        for (LedgerEntryRecord entry : entries) {
            Long sequence = sequences.get(entry.id());
            if (sequence == null) {
                // Throwing ends the store call's transaction or marks the joined one
                // rollback-only, so the counter and the other rows roll back.
                throw duplicate(entry.id());
            }
            stored.add(entry.withSequence(sequence));
        }
        return stored;
    }

    private static DuplicateKeyException duplicate(UUID id) {
        return new DuplicateKeyException(TYPE, "id", id.toString());
    }

    @Override
    public Page<LedgerEntryRecord> entriesOf(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            LocalDate from,
            LocalDate to,
            PageRequest request) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(request, "request");
        // Sequences start at 1, so the first page starts after (from, 0).
        Position after = request.cursor().map(Position::parse).orElse(new Position(from, 0));
        int size = request.size();
        if (to.isBefore(from)) {
            return Page.last(List.of());
        }
        List<LedgerEntryRecord> items =
                transactions.call(
                        connection ->
                                Sql.list(
                                        connection,
                                        pageSql,
                                        Math.min(fetchSize, size + 1),
                                        this::read,
                                        companyId,
                                        counterpartyId,
                                        currency,
                                        to,
                                        after.valueDate(),
                                        after.sequence(),
                                        size + 1),
                        SqlErrors.of(
                                "read ledger entries of counterparty "
                                        + counterpartyId
                                        + " in company "
                                        + companyId));
        if (items.size() <= size) {
            return Page.last(items);
        }
        List<LedgerEntryRecord> pageItems = items.subList(0, size);
        LedgerEntryRecord last = pageItems.get(size - 1);
        return new Page<>(
                pageItems, Optional.of(new Position(last.valueDate(), last.sequence()).text()));
    }

    @Override
    public List<UUID> chargedInvoices(UUID companyId) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.call(
                connection ->
                        Sql.list(
                                connection,
                                chargedSql,
                                fetchSize,
                                rows -> rows.getObject(1, UUID.class),
                                companyId),
                SqlErrors.of("read the charged invoices of company " + companyId));
    }

    @Override
    public List<UUID> chargedInvoicesOf(UUID companyId, UUID counterpartyId, String currency) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(currency, "currency");
        return transactions.call(
                connection ->
                        Sql.list(
                                connection,
                                chargedOfSql,
                                fetchSize,
                                rows -> rows.getObject(1, UUID.class),
                                companyId,
                                counterpartyId,
                                currency),
                SqlErrors.of(
                        "read the charged invoices of counterparty "
                                + counterpartyId
                                + " in company "
                                + companyId));
    }

    @Override
    public List<LedgerAccount> accountsUpTo(UUID companyId, LocalDate to) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(to, "to");
        return transactions.call(
                connection ->
                        Sql.list(
                                connection,
                                accountsSql,
                                fetchSize,
                                this::readAccount,
                                companyId,
                                companyId,
                                to),
                SqlErrors.of("read ledger accounts up to " + to + " in company " + companyId));
    }

    private LedgerAccount readAccount(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "counterparty_id", "currency");
        return new LedgerAccount(row.uuid("counterparty_id"), row.currency("currency"));
    }

    @Override
    public List<LedgerEntryRecord> findByDocument(UUID companyId, UUID documentId) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(documentId, "documentId");
        return transactions.call(
                connection ->
                        Sql.list(
                                connection,
                                documentSql,
                                fetchSize,
                                this::read,
                                companyId,
                                documentId),
                SqlErrors.of(
                        "read ledger entries of document "
                                + documentId
                                + " in company "
                                + companyId));
    }

    @Override
    public List<LedgerEntryRecord> findByInvoice(UUID companyId, UUID invoiceId) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        return transactions.call(
                connection ->
                        Sql.list(
                                connection,
                                invoiceSql,
                                fetchSize,
                                this::read,
                                companyId,
                                invoiceId),
                SqlErrors.of(
                        "read ledger entries of invoice "
                                + invoiceId
                                + " in company "
                                + companyId));
    }

    @Override
    public BigDecimal balance(
            UUID companyId, UUID counterpartyId, String currency, LocalDate asOf, Instant knownAt) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(knownAt, "knownAt");
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, balanceSql)) {
                        new Params(statement)
                                .uuid(companyId)
                                .uuid(counterpartyId)
                                .text(currency)
                                .date(asOf)
                                .instant(Params.micros(knownAt));
                        try (ResultSet rows = statement.executeQuery()) {
                            rows.next();
                            return rows.getBigDecimal(1);
                        }
                    }
                },
                SqlErrors.of(
                        "sum the ledger of counterparty "
                                + counterpartyId
                                + " in company "
                                + companyId));
    }

    private LedgerEntryRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "sequence");
        UUID companyId = row.uuid("company_id");
        long sequence = row.longValue("sequence");
        UUID id = row.uuid("id");
        UUID counterpartyId = row.uuid("counterparty_id");
        String currency = row.currency("currency");
        LedgerEntryKind kind = row.enumValue("kind", LedgerEntryKind.class);
        LocalDate valueDate = row.date("value_date");
        Instant recordedAt = row.instant("recorded_at");
        BigDecimal amount = row.decimal("amount");
        BigDecimal balanceEffect = row.decimal("balance_effect");
        UUID documentId = row.uuid("document_id");
        Optional<UUID> invoiceId = row.optionalUuid("invoice_id");
        Optional<String> component = row.optionalText("component");
        String note = row.text("note");
        Optional<UUID> reverses = row.optionalUuid("reverses");
        ActorKind actorKind = row.enumValue("actor_kind", ActorKind.class);
        String actorId = row.text("actor_id");
        return row.build(
                () ->
                        new LedgerEntryRecord(
                                companyId,
                                id,
                                sequence,
                                counterpartyId,
                                currency,
                                kind,
                                valueDate,
                                recordedAt,
                                amount,
                                balanceEffect,
                                documentId,
                                invoiceId,
                                component,
                                note,
                                reverses,
                                new Actor(actorKind, actorId)));
    }

    private static LedgerEntryRecord withRecordedAt(LedgerEntryRecord entry, Instant recordedAt) {
        if (recordedAt.equals(entry.recordedAt())) {
            return entry;
        }
        return new LedgerEntryRecord(
                entry.companyId(),
                entry.id(),
                entry.sequence(),
                entry.counterpartyId(),
                entry.currency(),
                entry.kind(),
                entry.valueDate(),
                recordedAt,
                entry.amount(),
                entry.balanceEffect(),
                entry.documentId(),
                entry.invoiceId(),
                entry.component(),
                entry.note(),
                entry.reverses(),
                entry.actor());
    }

    /** The position after the last entry of a page, in (value date, sequence) order. */
    private record Position(LocalDate valueDate, long sequence) {

        String text() {
            return valueDate.toEpochDay() + "/" + sequence;
        }

        /**
         * Parses a cursor made by {@link #text()}.
         *
         * @throws IllegalArgumentException if the text is not such a cursor
         */
        static Position parse(String cursor) {
            int slash = cursor.indexOf('/');
            try {
                if (slash < 0) {
                    throw new IllegalArgumentException("no slash");
                }
                return new Position(
                        LocalDate.ofEpochDay(Long.parseLong(cursor.substring(0, slash))),
                        Long.parseLong(cursor.substring(slash + 1)));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new IllegalArgumentException(
                        "invalid cursor: "
                                + cursor
                                + "; expected the next cursor of a page this query returned",
                        e);
            }
        }
    }
}
