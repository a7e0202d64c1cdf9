package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.StoreException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads the current row of a {@link ResultSet} into Java values, and reports a value the SPI
 * records cannot hold as a {@link StoreException} that names the table, the row's key, the column
 * and the value.
 *
 * <p>Not thread-safe.
 */
final class Row {

    private final ResultSet resultSet;
    private final String table;
    private final List<String> keyColumns;

    /**
     * Creates a reader of {@code resultSet}'s current row.
     *
     * @param table the table name with its prefix, for messages
     * @param keyColumns the columns that identify the row, for messages
     */
    Row(ResultSet resultSet, String table, String... keyColumns) {
        this.resultSet = resultSet;
        this.table = table;
        this.keyColumns = List.of(keyColumns);
    }

    UUID uuid(String column) throws SQLException {
        return required(column, optionalUuid(column));
    }

    Optional<UUID> optionalUuid(String column) throws SQLException {
        return Optional.ofNullable(resultSet.getObject(column, UUID.class));
    }

    String text(String column) throws SQLException {
        return required(column, optionalText(column));
    }

    Optional<String> optionalText(String column) throws SQLException {
        return Optional.ofNullable(resultSet.getString(column));
    }

    BigDecimal decimal(String column) throws SQLException {
        return required(column, optionalDecimal(column));
    }

    Optional<BigDecimal> optionalDecimal(String column) throws SQLException {
        return Optional.ofNullable(resultSet.getBigDecimal(column));
    }

    LocalDate date(String column) throws SQLException {
        return required(column, optionalDate(column));
    }

    Optional<LocalDate> optionalDate(String column) throws SQLException {
        return Optional.ofNullable(resultSet.getObject(column, LocalDate.class));
    }

    Instant instant(String column) throws SQLException {
        return required(column, optionalInstant(column));
    }

    Optional<Instant> optionalInstant(String column) throws SQLException {
        OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    long longValue(String column) throws SQLException {
        long value = resultSet.getLong(column);
        if (resultSet.wasNull()) {
            throw missing(column);
        }
        return value;
    }

    int intValue(String column) throws SQLException {
        int value = resultSet.getInt(column);
        if (resultSet.wasNull()) {
            throw missing(column);
        }
        return value;
    }

    Optional<Integer> optionalInt(String column) throws SQLException {
        int value = resultSet.getInt(column);
        return resultSet.wasNull() ? Optional.empty() : Optional.of(value);
    }

    boolean bool(String column) throws SQLException {
        boolean value = resultSet.getBoolean(column);
        if (resultSet.wasNull()) {
            throw missing(column);
        }
        return value;
    }

    /** Reads the name of a constant of {@code type}. */
    <E extends Enum<E>> E enumValue(String column, Class<E> type) throws SQLException {
        String name = text(column);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw invalid(column, name, "a " + type.getSimpleName() + " name", e);
        }
    }

    /** Reads an ISO 4217 code that {@link Currency#getInstance(String)} accepts. */
    String currency(String column) throws SQLException {
        String code = text(column);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw invalid(column, code, "an ISO 4217 currency code", e);
        }
        return code;
    }

    /**
     * Builds a record from values read, and reports a value its constructor rejects as a {@link
     * StoreException} naming this row.
     */
    <T> T build(Supplier<T> constructor) throws SQLException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw new StoreException(
                    "invalid row in "
                            + table
                            + " with key "
                            + key()
                            + ": "
                            + e.getMessage()
                            + "; correct the row in the database",
                    e);
        }
    }

    private <T> T required(String column, Optional<T> value) throws SQLException {
        if (value.isEmpty()) {
            throw missing(column);
        }
        return value.get();
    }

    private StoreException missing(String column) throws SQLException {
        return invalid(column, "NULL", "a value", null);
    }

    private StoreException invalid(String column, Object value, String expected, Throwable cause)
            throws SQLException {
        return new StoreException(
                "invalid value in "
                        + table
                        + "."
                        + column
                        + " of the row with key "
                        + key()
                        + ": "
                        + value
                        + "; expected "
                        + expected
                        + ", so correct the row in the database",
                cause);
    }

    private String key() throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String column : keyColumns) {
            parts.add(column + "=" + resultSet.getString(column));
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
