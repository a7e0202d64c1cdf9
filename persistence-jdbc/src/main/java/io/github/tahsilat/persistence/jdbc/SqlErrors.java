package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.StoreException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns the {@link SQLException} of one store call into a {@link StoreException}: a violation of a
 * named unique constraint into the exception registered for it, anything else into a plain {@link
 * StoreException} that names the action and the SQLState.
 *
 * <p>Not thread-safe; each call makes its own.
 */
final class SqlErrors {

    /** The SQLState of a unique violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private final String action;
    private final Map<String, Supplier<? extends StoreException>> uniqueViolations =
            new LinkedHashMap<>();

    private SqlErrors(String action) {
        this.action = action;
    }

    /**
     * Starts the translation for a call.
     *
     * @param action what the call does, to follow "failed to", such as {@code "insert invoice X"}
     */
    static SqlErrors of(String action) {
        return new SqlErrors(action);
    }

    /** Registers the exception for a violation of the unique constraint with the full name. */
    SqlErrors onUnique(String constraint, Supplier<? extends StoreException> exception) {
        uniqueViolations.put(constraint, exception);
        return this;
    }

    StoreException translate(SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            Optional<String> constraint = ConstraintNames.of(e, uniqueViolations.keySet());
            if (constraint.isPresent() && uniqueViolations.containsKey(constraint.get())) {
                StoreException mapped = uniqueViolations.get(constraint.get()).get();
                mapped.initCause(e);
                return mapped;
            }
        }
        return new StoreException("failed to " + action + ": " + describe(e), e);
    }

    /** Returns the SQLState and message of {@code e} and of the exceptions chained to it. */
    static String describe(SQLException e) {
        StringBuilder text = new StringBuilder();
        SQLException next = e;
        for (int depth = 0; next != null && depth < 3; depth++) {
            if (depth > 0) {
                text.append("; then ");
            }
            text.append("SQLState ")
                    .append(next.getSQLState())
                    .append(": ")
                    .append(next.getMessage());
            next = next.getNextException();
        }
        return text.toString();
    }
}
