package io.github.tahsilat.persistence.jdbc;

import java.util.regex.Pattern;

/**
 * Settings of the JDBC stores.
 *
 * <p>The table prefix goes in front of every table, index and constraint name, so that several
 * installations can share one schema; the migrations take the same prefix as the Flyway placeholder
 * {@code prefix}. To keep the tables in a schema of their own, set that schema as the current
 * schema of the {@link javax.sql.DataSource}'s connections (pgjdbc's {@code currentSchema}
 * property) instead.
 *
 * @param tablePrefix the prefix of every table name: lower-case ASCII letters, digits and
 *     underscores, starting with a letter, at most {@value #MAX_PREFIX_LENGTH} characters, or empty
 * @param fetchSize the number of rows a paged read fetches from the server per round trip, from 1
 *     to {@value #MAX_FETCH_SIZE}
 */
public record JdbcOptions(String tablePrefix, int fetchSize) {

    /** The table prefix of {@link #defaults()}. */
    public static final String DEFAULT_PREFIX = "tahsilat_";

    /** The fetch size of {@link #defaults()}. */
    public static final int DEFAULT_FETCH_SIZE = 1_000;

    /**
     * The longest prefix allowed, so that every name stays within PostgreSQL's 63-byte identifier
     * limit.
     */
    public static final int MAX_PREFIX_LENGTH = 25;

    /** The largest fetch size allowed, the largest page a query returns. */
    public static final int MAX_FETCH_SIZE = 10_000;

    private static final Pattern PREFIX = Pattern.compile("([a-z][a-z0-9_]*)?");

    /**
     * Checks the settings.
     *
     * @throws NullPointerException if {@code tablePrefix} is {@code null}
     * @throws IllegalArgumentException if the prefix or the fetch size is outside the rules above
     */
    public JdbcOptions {
        if (tablePrefix == null) {
            throw new NullPointerException("tablePrefix");
        }
        if (!PREFIX.matcher(tablePrefix).matches() || tablePrefix.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException(
                    "invalid tablePrefix: \""
                            + tablePrefix
                            + "\"; expected lower-case ASCII letters, digits and underscores,"
                            + " starting with a letter, at most "
                            + MAX_PREFIX_LENGTH
                            + " characters, such as "
                            + DEFAULT_PREFIX);
        }
        if (fetchSize < 1 || fetchSize > MAX_FETCH_SIZE) {
            throw new IllegalArgumentException(
                    "invalid fetchSize: "
                            + fetchSize
                            + "; expected a number from 1 to "
                            + MAX_FETCH_SIZE);
        }
    }

    /** Returns the default settings: prefix {@value #DEFAULT_PREFIX}, fetch size 1,000. */
    public static JdbcOptions defaults() {
        return new JdbcOptions(DEFAULT_PREFIX, DEFAULT_FETCH_SIZE);
    }

    /**
     * Returns a copy with another table prefix.
     *
     * @throws IllegalArgumentException if the prefix breaks the rules of {@link #tablePrefix()}
     */
    public JdbcOptions withTablePrefix(String newPrefix) {
        return new JdbcOptions(newPrefix, fetchSize);
    }

    /**
     * Returns a copy with another fetch size.
     *
     * @throws IllegalArgumentException if the size is outside 1 to {@value #MAX_FETCH_SIZE}
     */
    public JdbcOptions withFetchSize(int newFetchSize) {
        return new JdbcOptions(tablePrefix, newFetchSize);
    }

    /** Returns {@code sql} with every {@code ${prefix}} replaced by the table prefix. */
    String sql(String sql) {
        return sql.replace("${prefix}", tablePrefix);
    }
}
