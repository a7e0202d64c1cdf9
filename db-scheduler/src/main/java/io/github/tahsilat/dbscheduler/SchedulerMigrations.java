package io.github.tahsilat.dbscheduler;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates db-scheduler's table with Flyway, which the host adds to its class path ({@code
 * org.flywaydb:flyway-core} and {@code org.flywaydb:flyway-database-postgresql}).
 *
 * <p>The migrations are versioned SQL files under {@value #LOCATION}, apart from the store's, so a
 * host that schedules units with another tool never gets the table. Their only placeholder is
 * {@code ${table}}, the table name. Flyway records what it applied in the table {@code
 * <table>_schema_history}, apart from the host's own history and the store's. A host that already
 * has the table, or runs its migrations with another tool, applies the same files with {@code
 * ${table}} replaced, or skips them, and does not call this class.
 *
 * <p>Stateless and thread-safe.
 */
public final class SchedulerMigrations {

    /** The Flyway location of the migration files. */
    public static final String LOCATION = "classpath:db/migration/tahsilat-db-scheduler";

    /** The name of the Flyway placeholder that carries the table name. */
    public static final String TABLE_PLACEHOLDER = "table";

    /** db-scheduler's default table name. */
    public static final String DEFAULT_TABLE = "scheduled_tasks";

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,40}");

    private SchedulerMigrations() {}

    /**
     * Creates the table {@value #DEFAULT_TABLE} when it is missing, in the connection's current
     * schema.
     *
     * @return the number of migrations applied, 0 when the schema was up to date
     * @throws NullPointerException if {@code dataSource} is {@code null}
     * @throws org.flywaydb.core.api.FlywayException if a migration fails or an applied one has
     *     changed
     */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, DEFAULT_TABLE);
    }

    /**
     * Creates the table {@code table} when it is missing, in the connection's current schema.
     *
     * @param table the name the scheduler is built with: lower-case letters, digits and
     *     underscores, not starting with a digit, at most 41 characters
     * @return the number of migrations applied, 0 when the schema was up to date
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code table} is not such a name
     * @throws org.flywaydb.core.api.FlywayException if a migration fails or an applied one has
     *     changed
     */
    public static int migrate(DataSource dataSource, String table) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(table, "table");
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException(
                    "invalid table: "
                            + table
                            + "; expected lower-case letters, digits and underscores, not"
                            + " starting with a digit, at most 41 characters");
        }
        MigrateResult result =
                Flyway.configure(SchedulerMigrations.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(LOCATION)
                        .table(table + "_schema_history")
                        .placeholders(Map.of(TABLE_PLACEHOLDER, table))
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
        return result.migrationsExecuted;
    }
}
