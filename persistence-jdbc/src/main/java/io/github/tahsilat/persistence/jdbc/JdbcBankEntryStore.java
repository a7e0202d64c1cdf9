package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.BankEntryStore;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Booked bank entries, one row per entry key.
 *
 * <p>NOTE: it keeps the default {@link BankEntryStore#writeVersion}, which returns empty, so an
 * import reads the entries a second time. A per-company counter row would make every booking of a
 * company wait for the others, across instances too. A sequence value or the maximum of a column
 * does not follow commit order, because an entry that commits later may carry a lower value.
 */
final class JdbcBankEntryStore implements BankEntryStore {

    private static final String TYPE = "BankEntryRecord";
    private static final String ORDER = " ORDER BY booking_date, entry_key";

    private static final List<String> COLUMNS =
            List.of(
                    "company_id",
                    "entry_key",
                    "statement_id",
                    "account_id",
                    "booking_date",
                    "amount_minor",
                    "currency",
                    "end_to_end_id",
                    "decision",
                    "payment_id",
                    "additional_payment_ids",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at");

    /**
     * The maximum number of rows that one {@code INSERT} of {@link #insertAll} binds, so that it
     * stays within PostgreSQL's 65,535 parameters per statement.
     */
    private static final int MAX_ROWS_PER_INSERT = 65_535 / COLUMNS.size();

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;

    JdbcBankEntryStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.table = options.tablePrefix() + "bank_entry";
    }

    @Override
    public BankEntryRecord insert(UUID companyId, BankEntryRecord entry) {
        WriteChecks.sameCompany(companyId, entry.companyId());
        BankEntryRecord stored = withStamp(entry, Stamps.micros(entry.lastWrite()));
        SqlErrors errors =
                SqlErrors.of("insert bank entry " + entry.entryKey())
                        .onUnique(
                                table + "_pkey",
                                () ->
                                        new DuplicateKeyException(
                                                TYPE, "entry key", entry.entryKey()));
        String sql = Sql.insert(table, COLUMNS);
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        bind(new Params(statement), connection, companyId, stored);
                        statement.executeUpdate();
                    }
                    return stored;
                },
                errors);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs one {@code INSERT} with a row per entry, or one per {@link #MAX_ROWS_PER_INSERT}
     * entries for a longer list, because PostgreSQL takes at most 65,535 parameters per statement.
     * A key that is already stored skips its row ({@code ON CONFLICT DO NOTHING}), so that the
     * store can name that key and then throw, which rolls the statement back.
     */
    @Override
    public List<BankEntryRecord> insertAll(UUID companyId, List<BankEntryRecord> entries) {
        List<BankEntryRecord> copy = List.copyOf(entries);
        if (copy.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new HashSet<>();
        List<BankEntryRecord> stored = new ArrayList<>(copy.size());
        for (BankEntryRecord entry : copy) {
            WriteChecks.sameCompany(companyId, entry.companyId());
            if (!keys.add(entry.entryKey())) {
                throw duplicate(entry.entryKey());
            }
            stored.add(withStamp(entry, Stamps.micros(entry.lastWrite())));
        }
        return transactions.call(
                connection -> {
                    Set<String> inserted = new HashSet<>();
                    for (int from = 0; from < stored.size(); from += MAX_ROWS_PER_INSERT) {
                        List<BankEntryRecord> chunk =
                                stored.subList(
                                        from, Math.min(stored.size(), from + MAX_ROWS_PER_INSERT));
                        inserted.addAll(insertRows(connection, companyId, chunk));
                    }
                    for (BankEntryRecord entry : stored) {
                        if (!inserted.contains(entry.entryKey())) {
                            // Throwing ends the store call's transaction or marks the joined
                            // one rollback-only, so the other rows roll back.
                            throw duplicate(entry.entryKey());
                        }
                    }
                    return stored;
                },
                SqlErrors.of("insert " + stored.size() + " bank entries of company " + companyId));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs one {@code INSERT ... ON CONFLICT DO NOTHING}, which PostgreSQL decides atomically:
     * it waits for a parallel transaction that inserted the same key and skips the row if that
     * transaction commits.
     */
    @Override
    public boolean insertIfAbsent(UUID companyId, BankEntryRecord entry) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, entry.companyId());
        BankEntryRecord stored = withStamp(entry, Stamps.micros(entry.lastWrite()));
        return transactions.call(
                connection -> !insertRows(connection, companyId, List.of(stored)).isEmpty(),
                SqlErrors.of("insert bank entry " + entry.entryKey() + " unless stored"));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs one {@code INSERT} of two rows, the entry's first, with {@code ON CONFLICT DO NOTHING
     * RETURNING entry_key}, and reads which of the two keys came back. When the entry's key was
     * taken, the store throws, which rolls back the evidence row that the same statement may have
     * inserted.
     */
    @Override
    public boolean insertWithEvidence(
            UUID companyId, BankEntryRecord entry, BankEntryRecord evidence) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(evidence, "evidence");
        WriteChecks.sameCompany(companyId, entry.companyId());
        WriteChecks.sameCompany(companyId, evidence.companyId());
        if (entry.entryKey().equals(evidence.entryKey())) {
            throw new IllegalArgumentException(
                    "invalid evidence key: "
                            + evidence.entryKey()
                            + " is also the entry's key; expected a key of its own, such as the"
                            + " marked content key");
        }
        BankEntryRecord storedEntry = withStamp(entry, Stamps.micros(entry.lastWrite()));
        BankEntryRecord storedEvidence = withStamp(evidence, Stamps.micros(evidence.lastWrite()));
        return transactions.call(
                connection -> {
                    Set<String> inserted =
                            insertRows(connection, companyId, List.of(storedEntry, storedEvidence));
                    if (!inserted.contains(entry.entryKey())) {
                        // Throwing ends the store call's transaction or marks the joined one
                        // rollback-only, so the evidence row rolls back too.
                        throw duplicate(entry.entryKey());
                    }
                    return inserted.contains(evidence.entryKey());
                },
                SqlErrors.of(
                        "insert bank entry "
                                + entry.entryKey()
                                + " with evidence "
                                + evidence.entryKey()));
    }

    /** Inserts {@code entries} with one statement and returns the keys of the inserted rows. */
    private Set<String> insertRows(
            Connection connection, UUID companyId, List<BankEntryRecord> entries)
            throws SQLException {
        String row = "(" + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ")";
        String sql =
                "INSERT INTO "
                        + table
                        + " ("
                        + String.join(", ", COLUMNS)
                        + ") VALUES "
                        + String.join(", ", Collections.nCopies(entries.size(), row))
                        + " ON CONFLICT (company_id, entry_key) DO NOTHING RETURNING entry_key";
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement statement = Sql.prepare(connection, sql)) {
            Params params = new Params(statement);
            for (BankEntryRecord entry : entries) {
                bind(params, connection, companyId, entry);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
        }
        return inserted;
    }

    private static void bind(
            Params params, Connection connection, UUID companyId, BankEntryRecord entry)
            throws SQLException {
        params.uuid(companyId)
                .text(entry.entryKey())
                .text(entry.statementId())
                .text(entry.accountId())
                .date(entry.bookingDate())
                .longValue(entry.amountMinor())
                .text(entry.currency())
                .optionalText(entry.endToEndId())
                .name(entry.decision())
                .optionalUuid(entry.paymentId())
                .uuidArray(connection, entry.additionalPaymentIds());
        Stamps.bind(params, entry.lastWrite());
    }

    private static DuplicateKeyException duplicate(String entryKey) {
        return new DuplicateKeyException(TYPE, "entry key", entryKey);
    }

    @Override
    public Optional<BankEntryRecord> find(UUID companyId, String entryKey) {
        Objects.requireNonNull(entryKey, "entryKey");
        return list(
                        companyId,
                        "SELECT * FROM " + table + " WHERE company_id = ? AND entry_key = ?",
                        "read bank entry " + entryKey,
                        entryKey)
                .stream()
                .findFirst();
    }

    @Override
    public List<BankEntryRecord> findAll(UUID companyId, Collection<String> entryKeys) {
        Objects.requireNonNull(companyId, "companyId");
        // A null key would bind as SQL NULL, which matches no row, so it is rejected here.
        List<String> keys = entryKeys.stream().map(Objects::requireNonNull).distinct().toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        String sql =
                "SELECT * FROM " + table + " WHERE company_id = ? AND entry_key = ANY(?)" + ORDER;
        return transactions.readByKeys(
                keys.size(),
                connection -> {
                    Array array = connection.createArrayOf("text", keys.toArray());
                    try {
                        return Sql.list(connection, sql, fetchSize, this::read, companyId, array);
                    } finally {
                        array.free();
                    }
                },
                SqlErrors.of("read " + keys.size() + " bank entries in company " + companyId));
    }

    @Override
    public List<BankEntryRecord> findByEndToEndId(
            UUID companyId, String accountId, String endToEndId) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(endToEndId, "endToEndId");
        return list(
                companyId,
                "SELECT * FROM "
                        + table
                        + " WHERE company_id = ? AND account_id = ? AND end_to_end_id = ?"
                        + ORDER,
                "read bank entries by end-to-end id",
                accountId,
                endToEndId);
    }

    @Override
    public List<BankEntryRecord> ofStatement(UUID companyId, String statementId) {
        Objects.requireNonNull(statementId, "statementId");
        return list(
                companyId,
                "SELECT * FROM " + table + " WHERE company_id = ? AND statement_id = ?" + ORDER,
                "read bank entries of statement " + statementId,
                statementId);
    }

    @Override
    public List<BankEntryRecord> ofAccount(
            UUID companyId, String accountId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(
                    "invalid period: " + from + " to " + to + "; expected from on or before to");
        }
        return list(
                companyId,
                "SELECT * FROM "
                        + table
                        + " WHERE company_id = ? AND account_id = ?"
                        + " AND booking_date BETWEEN ? AND ?"
                        + ORDER,
                "read bank entries of an account",
                accountId,
                from,
                to);
    }

    private List<BankEntryRecord> list(UUID companyId, String sql, String action, Object... rest) {
        Objects.requireNonNull(companyId, "companyId");
        Object[] values = new Object[rest.length + 1];
        values[0] = companyId;
        System.arraycopy(rest, 0, values, 1, rest.length);
        return transactions.call(
                connection -> Sql.list(connection, sql, fetchSize, this::read, values),
                SqlErrors.of(action + " in company " + companyId));
    }

    private BankEntryRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "entry_key");
        UUID companyId = row.uuid("company_id");
        String entryKey = row.text("entry_key");
        String statementId = row.text("statement_id");
        String accountId = row.text("account_id");
        LocalDate bookingDate = row.date("booking_date");
        long amountMinor = row.longValue("amount_minor");
        String currency = row.currency("currency");
        Optional<String> endToEndId = row.optionalText("end_to_end_id");
        BankEntryDecision decision = row.enumValue("decision", BankEntryDecision.class);
        Optional<UUID> paymentId = row.optionalUuid("payment_id");
        List<UUID> additionalPaymentIds = List.of(SqlArrays.uuids(rows, "additional_payment_ids"));
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        return row.build(
                () ->
                        new BankEntryRecord(
                                companyId,
                                entryKey,
                                statementId,
                                accountId,
                                bookingDate,
                                amountMinor,
                                currency,
                                endToEndId,
                                decision,
                                paymentId,
                                additionalPaymentIds,
                                lastWrite));
    }

    private static BankEntryRecord withStamp(BankEntryRecord entry, WriteStamp stamp) {
        return new BankEntryRecord(
                entry.companyId(),
                entry.entryKey(),
                entry.statementId(),
                entry.accountId(),
                entry.bookingDate(),
                entry.amountMinor(),
                entry.currency(),
                entry.endToEndId(),
                entry.decision(),
                entry.paymentId(),
                entry.additionalPaymentIds(),
                stamp);
    }
}
