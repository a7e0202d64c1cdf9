package io.github.tahsilat.persistence.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sets the parameters of a {@link PreparedStatement} in order, from the first.
 *
 * <p>Not thread-safe.
 */
final class Params {

    private final PreparedStatement statement;
    private int index;

    Params(PreparedStatement statement) {
        this.statement = statement;
    }

    /** Starts again at the first parameter, for the next row of a batch. */
    Params restart() {
        index = 0;
        return this;
    }

    Params uuid(UUID value) throws SQLException {
        statement.setObject(++index, value);
        return this;
    }

    Params optionalUuid(Optional<UUID> value) throws SQLException {
        if (value.isPresent()) {
            return uuid(value.get());
        }
        statement.setNull(++index, Types.OTHER);
        return this;
    }

    Params text(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    Params optionalText(Optional<String> value) throws SQLException {
        return text(value.orElse(null));
    }

    Params name(Enum<?> value) throws SQLException {
        return text(value.name());
    }

    /**
     * Sets a number, which NUMERIC keeps at its scale.
     *
     * @param field the record component, for the message
     * @throws IllegalArgumentException if the scale is negative, which NUMERIC cannot keep
     */
    Params decimal(BigDecimal value, String field) throws SQLException {
        checkScale(value, field);
        statement.setBigDecimal(++index, value);
        return this;
    }

    /**
     * Rejects a negative scale, which NUMERIC cannot keep, for a value bound alone or in an array.
     *
     * @param field the record component, for the message
     * @throws IllegalArgumentException if the scale is negative
     */
    static void checkScale(BigDecimal value, String field) {
        if (value != null && value.scale() < 0) {
            throw new IllegalArgumentException(
                    "invalid "
                            + field
                            + ": "
                            + value
                            + "; expected a scale of 0 or more, such as "
                            + value.setScale(0).toPlainString()
                            + ", because PostgreSQL's NUMERIC keeps no negative scale");
        }
    }

    Params optionalDecimal(Optional<BigDecimal> value, String field) throws SQLException {
        return decimal(value.orElse(null), field);
    }

    Params date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.DATE);
        } else {
            statement.setObject(++index, value);
        }
        return this;
    }

    Params optionalDate(Optional<LocalDate> value) throws SQLException {
        return date(value.orElse(null));
    }

    /** Sets an instant, which must already be at microsecond precision ({@link #micros}). */
    Params instant(Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(++index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
        return this;
    }

    Params optionalInstant(Optional<Instant> value) throws SQLException {
        return instant(value.orElse(null));
    }

    /** Sets a SQL {@code text[]}. */
    Params textArray(Connection connection, List<String> values) throws SQLException {
        statement.setArray(++index, connection.createArrayOf("text", values.toArray()));
        return this;
    }

    /** Sets a SQL {@code uuid[]}. */
    Params uuidArray(Connection connection, List<UUID> values) throws SQLException {
        statement.setArray(++index, connection.createArrayOf("uuid", values.toArray()));
        return this;
    }

    /** Sets a SQL {@code integer[]}. */
    Params integerArray(Connection connection, List<Integer> values) throws SQLException {
        statement.setArray(++index, connection.createArrayOf("integer", values.toArray()));
        return this;
    }

    Params integer(int value) throws SQLException {
        statement.setInt(++index, value);
        return this;
    }

    Params optionalInteger(Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            return integer(value.get());
        }
        statement.setNull(++index, Types.INTEGER);
        return this;
    }

    Params longValue(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    Params optionalLong(Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            return longValue(value.get());
        }
        statement.setNull(++index, Types.BIGINT);
        return this;
    }

    Params bool(boolean value) throws SQLException {
        statement.setBoolean(++index, value);
        return this;
    }

    /**
     * Returns {@code instant} truncated to microseconds, the precision of PostgreSQL's timestamptz.
     */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
