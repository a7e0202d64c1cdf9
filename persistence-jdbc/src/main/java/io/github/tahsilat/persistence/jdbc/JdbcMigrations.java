package io.github.tahsilat.persistence.jdbc;

import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the tables with Flyway, which the host adds to its class path ({@code
 * org.flywaydb:flyway-core} and {@code org.flywaydb:flyway-database-postgresql}).
 *
 * <p>The migrations are versioned SQL files under {@value #LOCATION}; their only placeholder is
 * {@code ${prefix}}, the table prefix. Flyway records what it applied in the table {@code
 * <prefix>schema_history}, so these migrations stay apart from the host's own. A host that runs its
 * migrations with another tool applies the same files in version order, with {@code ${prefix}}
 * replaced, and does not call this class.
 *
 * <p>Stateless and thread-safe.
 */
public final class JdbcMigrations {

    /** The Flyway location of the migration files. */
    public static final String LOCATION = "classpath:db/migration/tahsilat";

    /** The name of the Flyway placeholder that carries the table prefix. */
    public static final String PREFIX_PLACEHOLDER = "prefix";

    private JdbcMigrations() {}

    /**
     * Applies every migration not yet applied, in the connection's current schema.
     *
     * @param dataSource the data source the stores will use
     * @param options the options the stores will use; only the table prefix matters here
     * @return the number of migrations applied, 0 when the schema was up to date
     * @throws NullPointerException if an argument is {@code null}
     * @throws org.flywaydb.core.api.FlywayException if a migration fails or an applied one has
     *     changed
     */
    public static int migrate(DataSource dataSource, JdbcOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(options, "options");
        MigrateResult result =
                Flyway.configure(JdbcMigrations.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(LOCATION)
                        .table(options.tablePrefix() + "schema_history")
                        .placeholders(Map.of(PREFIX_PLACEHOLDER, options.tablePrefix()))
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
        return result.migrationsExecuted;
    }
}
