package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.TransactionRolledBackException;
import io.github.tahsilat.persistence.spi.TransactionRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TransactionRunner} whose transactions are JDBC transactions on connections from a {@link
 * DataSource}.
 *
 * <p>The outermost {@link #inTransaction(Supplier)} takes a connection, turns autocommit off and
 * binds the connection to the calling thread. Calls inside it on the same thread join it, and so do
 * the JDBC stores. Outside a transaction the stores run each call in a transaction of its own,
 * except a read of one statement, which runs in autocommit mode without a commit. The outermost
 * call commits when the work returns normally and rolls back when it throws. When an exception
 * escapes a joined call, the transaction becomes rollback-only: it rolls back even if the outer
 * work catches the exception, and the outermost call then throws {@link
 * TransactionRolledBackException}. The connection goes back to the data source, with autocommit on
 * again, when the outermost call ends.
 *
 * <p>The isolation level is the connection's, READ COMMITTED in PostgreSQL by default. Host code
 * can write its own rows in the same transaction through {@link #connection()}.
 *
 * <p>Thread-safe; a transaction belongs to the thread that opened it.
 */
public final class JdbcTransactionRunner implements TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactionRunner.class);

    private final DataSource dataSource;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /** The state of the transaction bound to one thread. */
    private static final class Transaction {
        final Connection connection;
        final Map<Object, Object> resources = new HashMap<>();
        Throwable rollbackCause;

        Transaction(Connection connection) {
            this.connection = connection;
        }
    }

    /**
     * Creates a runner over the host's data source, which should pool its connections.
     *
     * @throws NullPointerException if {@code dataSource} is {@code null}
     */
    public JdbcTransactionRunner(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if no connection could be had, or the commit or rollback failed
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Transaction active = current.get();
        if (active != null) {
            return join(active, work);
        }
        return runOutermost(begin(), work);
    }

    /**
     * Binds {@code transaction}, whose connection has autocommit off, to the calling thread and
     * runs {@code work} in it. Commits when the work returns normally, rolls back when it throws,
     * and releases the connection in both cases.
     */
    private <T> T runOutermost(Transaction transaction, Supplier<T> work) {
        current.set(transaction);
        try {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollback(transaction, e);
                throw e;
            }
            if (transaction.rollbackCause != null) {
                rollback(transaction, transaction.rollbackCause);
                throw new TransactionRolledBackException(transaction.rollbackCause);
            }
            commit(transaction);
            return result;
        } finally {
            current.remove();
            release(transaction);
        }
    }

    @Override
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Returns the connection of the transaction active on the calling thread, so that host code can
     * write in the same transaction. The caller must not commit, roll back or close it.
     *
     * @throws IllegalStateException if no transaction is active on the calling thread
     */
    public Connection connection() {
        Transaction active = current.get();
        if (active == null) {
            throw new IllegalStateException(
                    "no transaction is active on this thread; call connection() inside"
                            + " inTransaction");
        }
        return active.connection;
    }

    /**
     * Returns the value stored under {@code key} in the transaction active on the calling thread,
     * made by {@code factory} on the first call. The stores keep there what a transaction has read,
     * and the value is dropped when the transaction commits or rolls back.
     *
     * @throws IllegalStateException if no transaction is active on the calling thread
     */
    @SuppressWarnings("unchecked")
    <T> T resource(Object key, Supplier<T> factory) {
        Transaction active = current.get();
        if (active == null) {
            throw new IllegalStateException(
                    "no transaction is active on this thread; call resource() inside"
                            + " inTransaction");
        }
        return (T) active.resources.computeIfAbsent(key, k -> factory.get());
    }

    /**
     * Runs one store call in the active transaction, or in a transaction of its own, and turns an
     * {@link SQLException} into the {@link StoreException} that {@code errors} chooses.
     */
    <T> T call(SqlWork<T> work, SqlErrors errors) {
        return inTransaction(onBoundConnection(work, errors));
    }

    /**
     * Returns {@code work} run on the connection bound to the calling thread, with its {@link
     * SQLException} translated by {@code errors}.
     */
    private <T> Supplier<T> onBoundConnection(SqlWork<T> work, SqlErrors errors) {
        return () -> {
            try {
                return work.run(connection());
            } catch (SQLException e) {
                throw errors.translate(e);
            }
        };
    }

    /**
     * Runs one store call whose work is a single SQL statement that writes nothing. In the active
     * transaction it joins it, as {@link #call} does. Outside one it runs the statement on a
     * connection in autocommit mode, where the statement is a transaction of its own, so no commit
     * follows it, which saves a round trip per read. On a connection that the data source hands out
     * with autocommit off, the work runs in a transaction of its own, as {@link #call} does.
     *
     * <p>Work with more than one statement must use {@link #call}, because at an isolation level
     * above READ COMMITTED its statements would otherwise read different snapshots. In autocommit
     * mode pgjdbc (42.7) reads the whole result at once and ignores the fetch size, so the
     * statement must return a bounded number of rows. The work must not call the runner again.
     */
    <T> T read(SqlWork<T> work, SqlErrors errors) {
        if (current.get() != null) {
            return call(work, errors);
        }
        Connection connection = connect();
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw errors.translate(e);
        }
        if (!autoCommit) {
            // With autocommit off the statement opens a transaction anyway, so the work runs in
            // one on this connection, with a commit, instead of on a second connection.
            return runOutermost(new Transaction(connection), onBoundConnection(work, errors));
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw errors.translate(e);
        } finally {
            closeQuietly(connection, null);
        }
    }

    /**
     * Runs a look-up by {@code keys} keys whose rows grow with its keys, about one row per key,
     * such as a read by primary key. Up to {@link Sql#ANY_CHUNK_SIZE} keys it runs with {@link
     * #read}, so that the result that pgjdbc reads into memory at once stays bounded. More keys run
     * with {@link #call}, in a transaction, where pgjdbc streams the rows by the fetch size.
     */
    <T> T readByKeys(int keys, SqlWork<T> work, SqlErrors errors) {
        return keys <= Sql.ANY_CHUNK_SIZE ? read(work, errors) : call(work, errors);
    }

    private static <T> T join(Transaction active, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            if (active.rollbackCause == null) {
                active.rollbackCause = e;
            }
            throw e;
        }
    }

    private Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException(
                    "failed to get a connection from the data source: "
                            + SqlErrors.describe(e)
                            + "; check that the database is reachable",
                    e);
        }
    }

    private Transaction begin() {
        Connection connection = connect();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new StoreException("failed to begin a transaction: " + SqlErrors.describe(e), e);
        }
        return new Transaction(connection);
    }

    private static void commit(Transaction transaction) {
        try {
            transaction.connection.commit();
        } catch (SQLException e) {
            throw new StoreException(
                    "failed to commit the transaction, so none of its writes are stored: "
                            + SqlErrors.describe(e)
                            + "; repeat the work",
                    e);
        }
    }

    private static void rollback(Transaction transaction, Throwable cause) {
        LOG.debug("Rolling back a transaction after {}", cause.getClass().getName());
        try {
            transaction.connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void release(Transaction transaction) {
        try {
            transaction.connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("Could not turn autocommit on before closing: {}", SqlErrors.describe(e));
        }
        closeQuietly(transaction.connection, null);
    }

    private static void closeQuietly(Connection connection, Throwable cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            } else {
                LOG.debug("Could not close a connection: {}", SqlErrors.describe(e));
            }
        }
    }

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
