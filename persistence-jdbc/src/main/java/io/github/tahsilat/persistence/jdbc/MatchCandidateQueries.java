package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The match-candidate reads of {@link JdbcInvoiceStore}: each runs one statement that selects only
 * the columns of a {@link MatchCandidateView}, where reading the full records would run one more
 * statement per child table (lines, VAT and withholding totals, installments and their discounts)
 * and decode every record.
 *
 * <p>Each query has the same conditions and order as the record read that it replaces, so it
 * returns the projections of the records that read would return. The rows are mapped to views after
 * the transaction's work, as the store's default methods map records, so that an outstanding amount
 * that does not fit a long raises {@link ArithmeticException} without marking an enclosing
 * transaction for rollback.
 */
final class MatchCandidateQueries {

    private static final String COLUMNS =
            "id, counterparty_id, number, currency, due_date, outstanding, external_reference";

    private final JdbcTransactionRunner transactions;
    private final String table;
    private final int fetchSize;

    MatchCandidateQueries(JdbcTransactionRunner transactions, String table, int fetchSize) {
        this.transactions = transactions;
        this.table = table;
        this.fetchSize = fetchSize;
    }

    /**
     * Returns the open receivables whose {@code column}, a key column, is one of {@code keys}, in
     * due-date order.
     */
    List<MatchCandidateView> byKeys(
            UUID companyId, String column, Collection<String> keys, String action) {
        Objects.requireNonNull(companyId, "companyId");
        List<String> distinct = keys.stream().map(Objects::requireNonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        String sql = keyLookup(column);
        List<CandidateRow> rows =
                transactions.readByKeys(
                        distinct.size(),
                        connection -> {
                            Array array = connection.createArrayOf("text", distinct.toArray());
                            try {
                                return Sql.list(
                                        connection,
                                        sql,
                                        fetchSize,
                                        resultSet -> CandidateRow.read(resultSet, table),
                                        array,
                                        companyId);
                            } finally {
                                array.free();
                            }
                        },
                        SqlErrors.of(action + " in company " + companyId));
        return views(rows);
    }

    /**
     * Returns up to {@code limit} open receivables in {@code currency} whose outstanding amount in
     * minor units is from {@code lowMinor} to {@code highMinor}, by amount, due date and id.
     *
     * @param counterpartyId the counterparty whose items to return, or {@code null} for all
     */
    List<MatchCandidateView> byAmount(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            long lowMinor,
            long highMinor,
            int limit) {
        if (!mayMatchByAmount(companyId, currency, lowMinor, highMinor, limit)) {
            return List.of();
        }
        String sql = select(amountCondition(counterpartyId));
        List<Object> values = new ArrayList<>();
        values.add(companyId);
        values.addAll(amountValues(counterpartyId, currency, lowMinor, highMinor, limit));
        List<CandidateRow> rows =
                transactions.read(
                        connection ->
                                Sql.list(
                                        connection,
                                        sql,
                                        Math.min(fetchSize, limit),
                                        resultSet -> CandidateRow.read(resultSet, table),
                                        values.toArray()),
                        SqlErrors.of("read open receivables by amount in company " + companyId));
        return views(rows);
    }

    /**
     * Returns the look-up of open receivables whose key {@code column} is one of an array of
     * distinct keys, in due-date order. Its parameters are the {@code text[]} of keys and the
     * company id.
     *
     * <p>Each key is looked up on its own through the column's partial index, in a lateral subquery
     * that {@code OFFSET 0} keeps from being merged into a join. With the keys in {@code = ANY(?)},
     * PostgreSQL 14 estimated a row per key and read all of the company's invoices instead. On the
     * data of {@code JdbcReconciliationBenchmark}, that sequential scan of 20,000 invoices took 6
     * to 11 ms for 1,000 keys of bank lines, and this form 1.4 ms. An invoice has one key per
     * column, so no row comes back twice.
     */
    static String keyLookup(String column, String table) {
        return "SELECT item.* FROM unnest(?::text[]) AS lookup(key) CROSS JOIN LATERAL (SELECT "
                + COLUMNS
                + " FROM "
                + table
                + " WHERE company_id = ? AND "
                + column
                + " = lookup.key AND "
                + Sql.OPEN_RECEIVABLE
                + " OFFSET 0) AS item ORDER BY item.due_date, item.id";
    }

    private String keyLookup(String column) {
        return keyLookup(column, table);
    }

    /**
     * Returns the condition after the company, with order, of a look-up of open receivables in
     * {@code table} whose key {@code column} is one of an array of distinct keys. Its parameters
     * are the {@code text[]} of keys and the company id.
     *
     * <p>The ids come from the same probe per key as {@link #keyLookup(String, String)}, collected
     * into an array that the server computes once, so the rows are then read by primary key. With
     * the keys in {@code = ANY(?)}, PostgreSQL 14 scanned the company's invoices.
     */
    static String keyCondition(String column, String table) {
        return "id = ANY(ARRAY(SELECT item.id FROM unnest(?::text[]) AS lookup(key)"
                + " CROSS JOIN LATERAL (SELECT id FROM "
                + table
                + " WHERE company_id = ? AND "
                + column
                + " = lookup.key AND "
                + Sql.OPEN_RECEIVABLE
                + " OFFSET 0) AS item)) AND "
                + Sql.OPEN_RECEIVABLE
                + " ORDER BY due_date, id";
    }

    /**
     * Checks the arguments of a look-up by amount, and returns false when no item can match: a
     * limit of 0 or an empty range of amounts.
     *
     * @throws NullPointerException if {@code companyId} or {@code currency} is null
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    static boolean mayMatchByAmount(
            UUID companyId, String currency, long lowMinor, long highMinor, int limit) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(currency, "currency");
        if (limit < 0) {
            throw new IllegalArgumentException("invalid limit: " + limit + "; expected 0 or more");
        }
        return limit > 0 && lowMinor <= highMinor;
    }

    /**
     * Returns the condition after the company, with order and limit, of a look-up of open
     * receivables by amount, for this class and for the invoice store's reads of whole records.
     */
    static String amountCondition(UUID counterpartyId) {
        String owner = counterpartyId == null ? "" : "counterparty_id = ? AND ";
        return owner
                + "currency = ? AND outstanding_minor BETWEEN ? AND ? AND "
                + Sql.OPEN_RECEIVABLE
                + " ORDER BY outstanding_minor, due_date, id LIMIT ?";
    }

    /** Returns the values of the parameters of {@link #amountCondition}, in order. */
    static List<Object> amountValues(
            UUID counterpartyId, String currency, long lowMinor, long highMinor, int limit) {
        List<Object> values = new ArrayList<>();
        if (counterpartyId != null) {
            values.add(counterpartyId);
        }
        values.add(currency);
        values.add(lowMinor);
        values.add(highMinor);
        values.add(limit);
        return values;
    }

    /**
     * Returns up to {@code limitEach} open receivables of each counterparty, grouped in the order
     * of {@code counterpartyIds} without repeats, each group by due date and id, in one statement
     * per chunk of {@link Sql#ANY_CHUNK_SIZE} counterparties.
     */
    List<MatchCandidateView> oldestOf(
            UUID companyId, Collection<UUID> counterpartyIds, int limitEach) {
        Objects.requireNonNull(companyId, "companyId");
        if (limitEach < 0) {
            throw new IllegalArgumentException(
                    "invalid limitEach: " + limitEach + "; expected 0 or more");
        }
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(counterpartyIds));
        distinct.forEach(id -> Objects.requireNonNull(id, "counterpartyId"));
        if (distinct.isEmpty() || limitEach == 0) {
            return List.of();
        }
        // The lateral subquery stops after limitEach items of each counterparty.
        String sql =
                "SELECT item.* FROM unnest(?::uuid[]) WITH ORDINALITY AS owner(id, position)"
                        + " CROSS JOIN LATERAL (SELECT "
                        + COLUMNS
                        + " FROM "
                        + table
                        + " WHERE company_id = ? AND counterparty_id = owner.id AND "
                        + Sql.OPEN_RECEIVABLE
                        + " ORDER BY due_date, id LIMIT ?) AS item"
                        + " ORDER BY owner.position, item.due_date, item.id";
        List<CandidateRow> rows =
                transactions.call(
                        connection -> {
                            List<CandidateRow> found = new ArrayList<>();
                            for (int start = 0;
                                    start < distinct.size();
                                    start += Sql.ANY_CHUNK_SIZE) {
                                List<UUID> chunk =
                                        distinct.subList(
                                                start,
                                                Math.min(
                                                        distinct.size(),
                                                        start + Sql.ANY_CHUNK_SIZE));
                                found.addAll(
                                        oldestOfChunk(
                                                connection, sql, companyId, chunk, limitEach));
                            }
                            return found;
                        },
                        SqlErrors.of("read the oldest open receivables in company " + companyId));
        return views(rows);
    }

    private List<CandidateRow> oldestOfChunk(
            Connection connection, String sql, UUID companyId, List<UUID> chunk, int limitEach)
            throws SQLException {
        try (PreparedStatement statement = Sql.prepare(connection, sql)) {
            statement.setFetchSize(fetchSize);
            new Params(statement).uuidArray(connection, chunk).uuid(companyId).integer(limitEach);
            List<CandidateRow> rows = new ArrayList<>();
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    rows.add(CandidateRow.read(resultSet, table));
                }
            }
            return rows;
        }
    }

    private String select(String condition) {
        return "SELECT " + COLUMNS + " FROM " + table + " WHERE company_id = ? AND " + condition;
    }

    private static List<MatchCandidateView> views(List<CandidateRow> rows) {
        List<MatchCandidateView> views = new ArrayList<>(rows.size());
        for (CandidateRow row : rows) {
            views.add(row.view());
        }
        return views;
    }

    /** The columns of one candidate as read, before the amount is taken in minor units. */
    private record CandidateRow(
            UUID id,
            UUID counterpartyId,
            String number,
            String currency,
            LocalDate dueDate,
            BigDecimal outstanding,
            Optional<String> externalReference) {

        static CandidateRow read(ResultSet resultSet, String table) throws SQLException {
            Row row = new Row(resultSet, table, "id");
            return new CandidateRow(
                    row.uuid("id"),
                    row.uuid("counterparty_id"),
                    row.text("number"),
                    row.currency("currency"),
                    row.date("due_date"),
                    row.decimal("outstanding"),
                    row.optionalText("external_reference"));
        }

        /**
         * Returns the view, as {@link MatchCandidateView#of} returns it for the record.
         *
         * @throws ArithmeticException if the outstanding amount does not fit in a long in minor
         *     units
         */
        MatchCandidateView view() {
            return new MatchCandidateView(
                    id,
                    counterpartyId,
                    number,
                    currency,
                    Math.toIntExact(dueDate.toEpochDay()),
                    outstanding.unscaledValue().longValueExact(),
                    externalReference);
        }
    }
}
