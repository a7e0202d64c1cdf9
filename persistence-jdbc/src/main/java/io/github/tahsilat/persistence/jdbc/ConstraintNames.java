package io.github.tahsilat.persistence.jdbc;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Finds the name of the constraint that a statement violated.
 *
 * <p>With the PostgreSQL JDBC driver on the class path the name comes from the server's error
 * fields. With another driver the message is searched for one of the expected names in double
 * quotes, which the server's messages use in every language it ships.
 */
final class ConstraintNames {

    private static final boolean PGJDBC = pgjdbcPresent();

    private ConstraintNames() {}

    /**
     * Returns the violated constraint's name, or empty when neither the driver nor the message
     * names it.
     */
    static Optional<String> of(SQLException e, Collection<String> expected) {
        if (PGJDBC) {
            Optional<String> reported = Pgjdbc.constraint(e);
            if (reported.isPresent()) {
                return reported;
            }
        }
        String message = String.valueOf(e.getMessage());
        return expected.stream().filter(name -> message.contains("\"" + name + "\"")).findFirst();
    }

    private static boolean pgjdbcPresent() {
        try {
            Class.forName(
                    "org.postgresql.util.PSQLException",
                    false,
                    ConstraintNames.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The driver-specific part, loaded only when the driver is present. */
    private static final class Pgjdbc {
        static Optional<String> constraint(SQLException e) {
            if (e instanceof PSQLException pg) {
                ServerErrorMessage fields = pg.getServerErrorMessage();
                if (fields != null) {
                    return Optional.ofNullable(fields.getConstraint());
                }
            }
            return Optional.empty();
        }
    }
}
