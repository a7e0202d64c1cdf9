package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.LineSuggestion;
import io.github.tahsilat.persistence.spi.record.QueueResolution;
import io.github.tahsilat.persistence.spi.record.QueueResolutionKind;
import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.QueuePosition;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Queued bank lines, one row per entry key. The primary key makes a second enqueue of the same key
 * insert nothing, also when two instances race, and a resolution is a conditional update of an open
 * row, so of two racing resolutions one wins.
 */
final class JdbcReconciliationQueueStore implements ReconciliationQueueStore {

    /** The order of the open pages; the partial index of V13 uses the same columns. */
    private static final String ORDER = " ORDER BY booking_date, entry_key COLLATE \"C\"";

    private static final List<String> COLUMNS =
            List.of(
                    "company_id",
                    "entry_key",
                    "statement_id",
                    "account_id",
                    "booking_date",
                    "value_date",
                    "amount_minor",
                    "currency",
                    "counterparty_name",
                    "counterparty_iban",
                    "remittance",
                    "end_to_end_id",
                    "charges_minor",
                    "content_key",
                    "suggestion_invoice_ids",
                    "suggestion_scores",
                    "suggestion_rules",
                    "suggestion_explanations",
                    "queued_actor_kind",
                    "queued_actor_id",
                    "queued_at");

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;

    JdbcReconciliationQueueStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.table = options.tablePrefix() + "reconciliation_queue";
    }

    @Override
    public boolean enqueue(UUID companyId, QueuedLineRecord line) {
        WriteChecks.sameCompany(companyId, line.companyId());
        if (!line.isOpen()) {
            throw new IllegalArgumentException(
                    "invalid queued line: "
                            + line.entryKey()
                            + " is already resolved; expected an open line");
        }
        WriteStamp queued = Stamps.micros(line.queued());
        String sql = Sql.insert(table, COLUMNS) + " ON CONFLICT (company_id, entry_key) DO NOTHING";
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        Params params =
                                new Params(statement)
                                        .uuid(companyId)
                                        .text(line.entryKey())
                                        .text(line.statementId())
                                        .text(line.accountId())
                                        .date(line.bookingDate())
                                        .optionalDate(line.valueDate())
                                        .longValue(line.amountMinor())
                                        .text(line.currency())
                                        .optionalText(line.counterpartyName())
                                        .optionalText(line.counterpartyIban())
                                        .optionalText(line.remittance())
                                        .optionalText(line.endToEndId())
                                        .longValue(line.chargesMinor())
                                        .optionalText(line.contentKey());
                        bindSuggestions(connection, params, line.suggestions());
                        Stamps.bind(params, queued);
                        return statement.executeUpdate() == 1;
                    }
                },
                SqlErrors.of("queue bank line " + line.entryKey()));
    }

    @Override
    public Optional<QueuedLineRecord> find(UUID companyId, String entryKey) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(entryKey, "entryKey");
        String sql = "SELECT * FROM " + table + " WHERE company_id = ? AND entry_key = ?";
        return transactions
                .call(
                        connection ->
                                Sql.list(
                                        connection,
                                        sql,
                                        fetchSize,
                                        this::read,
                                        companyId,
                                        entryKey),
                        SqlErrors.of("read queued line " + entryKey + " in company " + companyId))
                .stream()
                .findFirst();
    }

    /**
     * Returns every key of {@code entryKeys} that the company has a line under, open or resolved,
     * read on the primary key in one query per {@link Sql#ANY_CHUNK_SIZE} distinct keys.
     */
    @Override
    public Set<String> queuedKeys(UUID companyId, Collection<String> entryKeys) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(entryKeys, "entryKeys");
        Set<String> distinct = new LinkedHashSet<>();
        for (String key : entryKeys) {
            Objects.requireNonNull(key, "entryKey");
            // PostgreSQL text cannot store NUL, so no such key is queued, and binding one fails.
            if (key.indexOf('\u0000') < 0) {
                distinct.add(key);
            }
        }
        if (distinct.isEmpty()) {
            return new HashSet<>();
        }
        String sql = queuedKeysQuery(table);
        List<String> queued =
                transactions.call(
                        connection ->
                                Sql.listByChunks(
                                        connection,
                                        sql,
                                        fetchSize,
                                        row -> row.getString("entry_key"),
                                        companyId,
                                        "text",
                                        List.copyOf(distinct)),
                        SqlErrors.of(
                                "read which of "
                                        + distinct.size()
                                        + " entry keys are queued in company "
                                        + companyId));
        return new HashSet<>(queued);
    }

    /**
     * Returns the query of {@link #queuedKeys}, whose parameters are the company id and a {@code
     * text[]} of entry keys.
     */
    static String queuedKeysQuery(String table) {
        return "SELECT entry_key FROM " + table + " WHERE company_id = ? AND entry_key = ANY(?)";
    }

    @Override
    public Page<QueuedLineRecord> open(UUID companyId, PageRequest request) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(request, "request");
        Optional<QueuePosition> cursor = request.cursor().map(QueuePosition::parse);
        String sql =
                "SELECT * FROM "
                        + table
                        + " WHERE company_id = ? AND resolution_kind IS NULL"
                        + (cursor.isPresent()
                                ? " AND (booking_date, entry_key COLLATE \"C\") > (?, ?)"
                                : "")
                        + ORDER
                        + " LIMIT ?";

        List<Object> values = new ArrayList<>();
        values.add(companyId);
        cursor.ifPresent(
                position -> {
                    values.add(position.bookingDate());
                    values.add(position.entryKey());
                });
        // One row more than the page shows whether a next page exists.
        values.add(request.size() + 1);
        List<QueuedLineRecord> rows =
                transactions.call(
                        connection ->
                                Sql.list(connection, sql, fetchSize, this::read, values.toArray()),
                        SqlErrors.of("read open queued lines in company " + companyId));

        if (rows.size() <= request.size()) {
            return Page.last(rows);
        }
        List<QueuedLineRecord> items = rows.subList(0, request.size());
        QueuedLineRecord last = items.get(items.size() - 1);
        return new Page<>(items, Optional.of(QueuePosition.of(last).cursor()));
    }

    @Override
    public Optional<QueuedLineRecord> resolve(
            UUID companyId, String entryKey, QueueResolution resolution) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(resolution, "resolution");
        String sql = resolveSql("entry_key = ?");
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        bindResolution(statement, companyId, resolution).text(entryKey);
                        try (ResultSet rows = statement.executeQuery()) {
                            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                        }
                    }
                },
                SqlErrors.of("resolve queued line " + entryKey + " in company " + companyId));
    }

    /** Resolves the open lines under all the keys with one statement. */
    @Override
    public Map<String, QueuedLineRecord> resolveAll(
            UUID companyId, Collection<String> entryKeys, QueueResolution resolution) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(resolution, "resolution");
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(entryKeys));
        keys.forEach(key -> Objects.requireNonNull(key, "entryKey"));
        if (keys.isEmpty()) {
            return Map.of();
        }
        String sql = resolveSql("entry_key = ANY(?)");
        Map<String, QueuedLineRecord> byKey =
                transactions.call(
                        connection -> {
                            Map<String, QueuedLineRecord> rowsByKey = new HashMap<>();
                            try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                                bindResolution(statement, companyId, resolution)
                                        .textArray(connection, keys);
                                try (ResultSet rows = statement.executeQuery()) {
                                    while (rows.next()) {
                                        QueuedLineRecord line = read(rows);
                                        rowsByKey.put(line.entryKey(), line);
                                    }
                                }
                            }
                            return rowsByKey;
                        },
                        SqlErrors.of(
                                "resolve queued lines "
                                        + String.join(", ", keys)
                                        + " in company "
                                        + companyId));
        Map<String, QueuedLineRecord> resolved = new LinkedHashMap<>();
        for (String key : keys) {
            QueuedLineRecord line = byKey.get(key);
            if (line != null) {
                resolved.put(key, line);
            }
        }
        return resolved;
    }

    /**
     * Returns the update that resolves the company's open lines that meet {@code keyCondition}.
     *
     * <p>The update tests an open line with {@code num_nulls(resolution_kind) = 1}, which means
     * {@code resolution_kind IS NULL}, because PostgreSQL cannot then prove the predicate of the
     * partial index of open lines and reads the lines through the primary key. With the index's own
     * predicate it may choose that index, whose only index condition here is {@code company_id}:
     * while the queue's statistics are those of a nearly empty table, as before autovacuum first
     * analyzes it, each resolution then reads every open line of the company.
     *
     * <p>NOTE: with such statistics and up to about 1,000 lines in the queue, PostgreSQL 14 may
     * still scan the primary key with {@code company_id} alone, which reads the company's lines
     * until the queue is analyzed. From about 1,200 lines on it uses both key columns.
     */
    private String resolveSql(String keyCondition) {
        return "UPDATE "
                + table
                + " SET resolution_kind = ?, resolved_actor_kind = ?,"
                + " resolved_actor_id = ?, resolved_at = ?, resolution_note = ?"
                + " WHERE company_id = ? AND "
                + keyCondition
                + " AND num_nulls(resolution_kind) = 1"
                + " RETURNING *";
    }

    /** Binds the resolution and the company id, the parameters before the key condition's. */
    private static Params bindResolution(
            PreparedStatement statement, UUID companyId, QueueResolution resolution)
            throws SQLException {
        WriteStamp stamp = Stamps.micros(resolution.stamp());
        Params params = new Params(statement).name(resolution.kind());
        Stamps.bind(params, stamp);
        return params.optionalText(resolution.note()).uuid(companyId);
    }

    private static void bindSuggestions(
            Connection connection, Params params, List<LineSuggestion> suggestions)
            throws SQLException {
        List<UUID> invoiceIds = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        for (LineSuggestion suggestion : suggestions) {
            invoiceIds.add(suggestion.invoiceId());
            scores.add(suggestion.score());
            rules.add(suggestion.rule());
            explanations.add(suggestion.explanation());
        }
        params.uuidArray(connection, invoiceIds)
                .integerArray(connection, scores)
                .textArray(connection, rules)
                .textArray(connection, explanations);
    }

    private QueuedLineRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "entry_key");
        UUID companyId = row.uuid("company_id");
        String entryKey = row.text("entry_key");
        String statementId = row.text("statement_id");
        String accountId = row.text("account_id");
        LocalDate bookingDate = row.date("booking_date");
        Optional<LocalDate> valueDate = row.optionalDate("value_date");
        long amountMinor = row.longValue("amount_minor");
        String currency = row.currency("currency");
        Optional<String> counterpartyName = row.optionalText("counterparty_name");
        Optional<String> counterpartyIban = row.optionalText("counterparty_iban");
        Optional<String> remittance = row.optionalText("remittance");
        Optional<String> endToEndId = row.optionalText("end_to_end_id");
        long chargesMinor = row.longValue("charges_minor");
        Optional<String> contentKey = row.optionalText("content_key");
        List<LineSuggestion> suggestions = readSuggestions(rows, row);
        WriteStamp queued = Stamps.read(row, "queued_");
        Optional<QueueResolution> resolution = readResolution(row);

        return row.build(
                () ->
                        new QueuedLineRecord(
                                companyId,
                                entryKey,
                                statementId,
                                accountId,
                                bookingDate,
                                valueDate,
                                amountMinor,
                                currency,
                                counterpartyName,
                                counterpartyIban,
                                remittance,
                                endToEndId,
                                chargesMinor,
                                contentKey,
                                suggestions,
                                queued,
                                resolution));
    }

    private List<LineSuggestion> readSuggestions(ResultSet rows, Row row) throws SQLException {
        UUID[] invoiceIds = SqlArrays.uuids(rows, "suggestion_invoice_ids");
        Integer[] scores = integers(rows, "suggestion_scores");
        String[] rules = SqlArrays.strings(rows, "suggestion_rules");
        String[] explanations = SqlArrays.strings(rows, "suggestion_explanations");
        return row.build(
                () -> {
                    if (scores.length != invoiceIds.length
                            || rules.length != invoiceIds.length
                            || explanations.length != invoiceIds.length) {
                        throw new IllegalArgumentException(
                                "invalid suggestions: arrays of lengths "
                                        + List.of(
                                                invoiceIds.length,
                                                scores.length,
                                                rules.length,
                                                explanations.length)
                                        + "; expected four arrays of equal length");
                    }
                    List<LineSuggestion> suggestions = new ArrayList<>(invoiceIds.length);
                    for (int i = 0; i < invoiceIds.length; i++) {
                        suggestions.add(
                                new LineSuggestion(
                                        invoiceIds[i], scores[i], rules[i], explanations[i]));
                    }
                    return suggestions;
                });
    }

    private static Integer[] integers(ResultSet rows, String column) throws SQLException {
        Array array = rows.getArray(column);
        if (array == null) {
            return new Integer[0];
        }
        try {
            return (Integer[]) array.getArray();
        } finally {
            array.free();
        }
    }

    private static Optional<QueueResolution> readResolution(Row row) throws SQLException {
        Optional<String> kind = row.optionalText("resolution_kind");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        QueueResolutionKind resolutionKind =
                row.enumValue("resolution_kind", QueueResolutionKind.class);
        ActorKind actorKind = row.enumValue("resolved_actor_kind", ActorKind.class);
        String actorId = row.text("resolved_actor_id");
        Instant at = row.instant("resolved_at");
        Optional<String> note = row.optionalText("resolution_note");
        return Optional.of(
                row.build(
                        () ->
                                new QueueResolution(
                                        resolutionKind,
                                        new WriteStamp(new Actor(actorKind, actorId), at),
                                        note)));
    }
}
