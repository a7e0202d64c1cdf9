package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import java.sql.Array;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** SQL text builders and statements shared by the stores. */
final class Sql {

    /** The condition that selects open invoices; the partial indexes use the same predicate. */
    static final String OPEN = "status IN ('OPEN', 'PARTIALLY_PAID')";

    /**
     * The condition of an open receivable, which the match-candidate reads select. The partial
     * matching indexes of migration V9 use the same predicate.
     */
    static final String OPEN_RECEIVABLE = "direction = 'RECEIVABLE' AND " + OPEN;

    /**
     * The counterparty hash of {@link io.github.tahsilat.persistence.spi.CounterpartyBucket}: the
     * first four bytes of the MD5 digest of the id's text, as a bigint. Written exactly as in the
     * index of migration V6, so that PostgreSQL matches the query to the index.
     */
    static final String COUNTERPARTY_HASH =
            "(('x' || substr(md5(counterparty_id::text), 1, 8))::bit(32)::bigint)";

    /**
     * The maximum number of elements that {@link #listByChunks} binds in one SQL array, so that one
     * statement's parameter and result stay bounded however many keys a caller passes.
     */
    static final int ANY_CHUNK_SIZE = 1_000;

    private Sql() {}

    /**
     * Returns a common table expression {@code next} that raises the company's row of {@code
     * counterTable} by the count in its second parameter, creating the row at that count, and
     * returns the new {@code last_sequence}. Its parameters are the company id and the count. Rows
     * numbered 1 to n then take the sequences {@code last_sequence - n + 1} to {@code
     * last_sequence}.
     */
    static String raiseCounter(String counterTable) {
        return "WITH next AS (INSERT INTO "
                + counterTable
                + " AS counter (company_id, last_sequence) VALUES (?, ?)"
                + " ON CONFLICT (company_id)"
                + " DO UPDATE SET last_sequence = counter.last_sequence"
                + " + EXCLUDED.last_sequence"
                + " RETURNING last_sequence)";
    }

    /** Returns {@code INSERT INTO table (columns) VALUES (?, ...)}. */
    static String insert(String table, List<String> columns) {
        return "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?"))
                + ")";
    }

    /**
     * Returns an update of a versioned row: the parameters are the new version, then {@code
     * columns}, then the company id, the id unless the id is the company id, and the expected
     * version.
     */
    static String update(String table, String idColumn, List<String> columns) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET version = ?");
        for (String column : columns) {
            sql.append(", ").append(column).append(" = ?");
        }
        sql.append(" WHERE company_id = ? AND ");
        if (!idColumn.equals("company_id")) {
            sql.append(idColumn).append(" = ? AND ");
        }
        return sql.append("version = ?").toString();
    }

    /**
     * Prepares {@code sql} on {@code connection}. When the statement has a {@code WHERE} clause,
     * the server plans each of its executions with its parameter values ({@link CustomPlans}),
     * because a generic plan made while a table was nearly empty may use any index that starts with
     * {@code company_id}, and then reads all of the company's rows for every execution once the
     * table has grown. Such a statement stays prepared on the server only when the session's {@code
     * plan_cache_mode} is {@code force_custom_plan}. A statement without a {@code WHERE} clause,
     * such as an {@code INSERT ... VALUES}, reads no rows through a plan, so pgjdbc may keep it
     * prepared on the server and save the parse and plan.
     */
    static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (!sql.contains(" WHERE ")) {
            return statement;
        }
        try {
            CustomPlans.planEachExecution(connection, statement);
            return statement;
        } catch (SQLException | RuntimeException e) {
            try {
                statement.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Returns {@code value} of each row, in the rows' order, as one column of array values. */
    static <T, R> List<R> column(List<T> rows, Function<T, R> value) {
        List<R> values = new ArrayList<>(rows.size());
        for (T row : rows) {
            values.add(value.apply(row));
        }
        return values;
    }

    /** Returns {@code first} followed by {@code rest}. */
    static List<String> concat(List<String> first, List<String> rest) {
        return java.util.stream.Stream.concat(first.stream(), rest.stream()).toList();
    }

    /** Returns a SQL {@code uuid[]} of {@code ids}, for {@code = ANY(?)}. */
    static Array uuidArray(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    /**
     * Reports why an update of a versioned row changed nothing: the row is missing, or its version
     * differs from the expected one.
     *
     * @throws RecordNotFoundException if the company has no row with the id
     * @throws StaleVersionException otherwise, with the version stored now
     */
    static RuntimeException notUpdated(
            Connection connection,
            String table,
            String idColumn,
            String recordType,
            UUID companyId,
            UUID id,
            long expectedVersion)
            throws SQLException {
        String sql =
                "SELECT version FROM " + table + " WHERE company_id = ? AND " + idColumn + " = ?";
        try (PreparedStatement statement = prepare(connection, sql)) {
            new Params(statement).uuid(companyId).uuid(id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return new RecordNotFoundException(recordType, companyId, id);
                }
                return new StaleVersionException(recordType, id, expectedVersion, rows.getLong(1));
            }
        }
    }

    /** Reads one row of a result set into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * Runs a query whose parameters are {@code values} in order and reads every row, streaming them
     * from the server {@code fetchSize} rows at a time.
     */
    static <T> List<T> list(
            Connection connection, String sql, int fetchSize, RowReader<T> reader, Object... values)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql)) {
            return list(statement, fetchSize, reader, values);
        }
    }

    private static <T> List<T> list(
            PreparedStatement statement, int fetchSize, RowReader<T> reader, Object... values)
            throws SQLException {
        statement.setFetchSize(fetchSize);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        List<T> items = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                items.add(reader.read(rows));
            }
        }
        return items;
    }

    /**
     * Runs a query once per chunk of at most {@link #ANY_CHUNK_SIZE} of {@code values}, and returns
     * the rows of every chunk in chunk order. The query's parameters are {@code companyId} and the
     * chunk as a SQL array of {@code elementType}, as in {@code company_id = ? AND id = ANY(?)}.
     * Each chunk comes from {@link #prepare}, so the server plans its query with its values.
     */
    static <T> List<T> listByChunks(
            Connection connection,
            String sql,
            int fetchSize,
            RowReader<T> reader,
            UUID companyId,
            String elementType,
            List<?> values)
            throws SQLException {
        List<T> items = new ArrayList<>();
        for (int start = 0; start < values.size(); start += ANY_CHUNK_SIZE) {
            List<?> chunk = values.subList(start, Math.min(values.size(), start + ANY_CHUNK_SIZE));
            Array array = connection.createArrayOf(elementType, chunk.toArray());
            try (PreparedStatement statement = prepare(connection, sql)) {
                items.addAll(list(statement, fetchSize, reader, companyId, array));
            } finally {
                array.free();
            }
        }
        return items;
    }

    /**
     * Runs {@code statement}'s batch and returns the row count of each statement. When the driver
     * reports a failed batch, this throws the failure of the statement itself, which pgjdbc chains
     * as the next exception, so that {@link SqlErrors} finds the violated constraint.
     */
    static int[] executeBatchOrThrowCause(PreparedStatement statement) throws SQLException {
        try {
            return statement.executeBatch();
        } catch (BatchUpdateException e) {
            SQLException cause = e.getNextException();
            if (cause == null) {
                throw e;
            }
            cause.addSuppressed(e);
            throw cause;
        }
    }

    /** Runs {@code statement}'s batch if it has rows. */
    static void executeBatch(PreparedStatement statement, int rows) throws SQLException {
        if (rows > 0) {
            statement.executeBatch();
        }
    }
}
