package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import io.github.tahsilat.persistence.spi.record.CompanySettings;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.lang.reflect.Proxy;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reads of one statement outside a transaction run in autocommit mode without a commit, and join
 * the active transaction inside one.
 */
class SingleStatementReadsOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private final CountingDataSource counting = new CountingDataSource(DATABASE.dataSource());
    private final Stores stores = JdbcStores.create(counting, DATABASE.options());
    private final CompanyId companyId = CompanyId.random();
    private CompanyRecord company;

    @BeforeEach
    void registerCompany() {
        Tahsilat engine = PostgresFixture.engine(stores, Instant.parse("2026-03-02T09:00:00Z"));
        PostgresFixture.registerCompany(engine, companyId, RoundingMode.HALF_UP);
        company = stores.companies().find(companyId.value()).orElseThrow();
        counting.reset();
    }

    private CompanyRecord renamed(CompanyRecord record, String legalName) {
        CompanySettings settings = record.settings();
        return new CompanyRecord(
                record.companyId(),
                record.version(),
                new CompanySettings(
                        legalName,
                        settings.functionalCurrency(),
                        settings.zoneId(),
                        settings.roundingMode(),
                        settings.vatRounding(),
                        settings.vkn(),
                        settings.mersis(),
                        settings.bankAccounts(),
                        settings.calendarId()),
                record.lastWrite());
    }

    @Test
    void readOutsideTransactionCommitsNothing() {
        Optional<CompanyRecord> found = stores.companies().find(companyId.value());

        assertThat(found).contains(company);
        assertThat(counting.executions(sql -> true)).isEqualTo(1);
        assertThat(counting.commits()).isZero();
    }

    @Test
    void readInTransactionSeesOwnUpdate() {
        CompanyRecord read =
                stores.transactions()
                        .inTransaction(
                                () -> {
                                    stores.companies()
                                            .update(
                                                    companyId.value(),
                                                    renamed(company, "Ege Kimya A.Ş."));
                                    return stores.companies().find(companyId.value()).orElseThrow();
                                });

        assertThat(read.settings().legalName()).isEqualTo("Ege Kimya A.Ş.");
        assertThat(read.version()).isEqualTo(company.version() + 1);
        assertThat(counting.commits()).isEqualTo(1);
    }

    @Test
    void readAfterRollbackSeesStoredRow() {
        assertThatThrownBy(
                        () ->
                                stores.transactions()
                                        .inTransaction(
                                                () -> {
                                                    stores.companies()
                                                            .update(
                                                                    companyId.value(),
                                                                    renamed(company, "Ege Kimya"));
                                                    throw new IllegalStateException("rolled back");
                                                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(stores.companies().find(companyId.value())).contains(company);
    }

    @Test
    void readOnManualCommitConnectionCommits() {
        int[] connections = {0};
        DataSource manualCommit =
                (DataSource)
                        Proxy.newProxyInstance(
                                DataSource.class.getClassLoader(),
                                new Class<?>[] {DataSource.class},
                                (proxy, method, arguments) -> {
                                    if (!method.getName().equals("getConnection")
                                            || arguments != null) {
                                        throw new UnsupportedOperationException(method.getName());
                                    }
                                    connections[0]++;
                                    Connection connection = counting.getConnection();
                                    connection.setAutoCommit(false);
                                    return connection;
                                });
        Stores manualStores = JdbcStores.create(manualCommit, DATABASE.options());

        Optional<CompanyRecord> found = manualStores.companies().find(companyId.value());

        assertThat(found).contains(company);
        assertThat(connections[0]).isEqualTo(1);
        assertThat(counting.commits()).isEqualTo(1);
    }

    @Test
    void failedReadLeavesConnectionUsable() {
        Stores missingTables =
                JdbcStores.create(counting, DATABASE.options().withTablePrefix("missing_"));

        assertThatThrownBy(() -> missingTables.companies().find(companyId.value()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(companyId.value().toString());
        assertThat(stores.companies().find(companyId.value())).contains(company);
        assertThat(stores.counterparties().find(companyId.value(), UUID.randomUUID())).isEmpty();
    }
}
