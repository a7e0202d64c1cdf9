package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.BankAccount;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import io.github.tahsilat.persistence.spi.record.CompanySettings;
import io.github.tahsilat.persistence.spi.record.VatRounding;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.CompanyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Companies in one row each, with their bank accounts in a child table. */
final class JdbcCompanyStore implements CompanyStore {

    private static final String TYPE = "CompanyRecord";

    private static final List<String> COLUMNS =
            List.of(
                    "legal_name",
                    "functional_currency",
                    "zone_id",
                    "rounding_mode",
                    "vat_rounding",
                    "vkn",
                    "mersis",
                    "calendar_id",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at");

    private final JdbcTransactionRunner transactions;
    private final String table;
    private final String accountTable;
    private final String insertSql;
    private final String updateSql;
    private final String insertAccountSql;
    private final String deleteAccountsSql;
    private final String findSql;

    JdbcCompanyStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.table = options.tablePrefix() + "company";
        this.accountTable = options.tablePrefix() + "company_bank_account";
        this.insertSql = Sql.insert(table, Sql.concat(List.of("company_id", "version"), COLUMNS));
        this.updateSql = Sql.update(table, "company_id", COLUMNS);
        this.insertAccountSql =
                Sql.insert(
                        accountTable,
                        List.of("company_id", "position", "iban", "bank_name", "currency"));
        this.deleteAccountsSql = "DELETE FROM " + accountTable + " WHERE company_id = ?";
        this.findSql =
                "SELECT c.*,"
                        + " ARRAY(SELECT iban FROM "
                        + accountTable
                        + " a WHERE a.company_id = c.company_id ORDER BY position) AS ibans,"
                        + " ARRAY(SELECT bank_name FROM "
                        + accountTable
                        + " a WHERE a.company_id = c.company_id ORDER BY position) AS bank_names,"
                        + " ARRAY(SELECT currency FROM "
                        + accountTable
                        + " a WHERE a.company_id = c.company_id ORDER BY position) AS currencies"
                        + " FROM "
                        + table
                        + " c WHERE c.company_id = ?";
    }

    @Override
    public CompanyRecord insert(UUID companyId, CompanyRecord company) {
        WriteChecks.sameCompany(companyId, company.companyId());
        WriteChecks.newRecord(TYPE, company.version());
        CompanyRecord stored = withMicros(company).withVersion(1);
        SqlErrors errors =
                SqlErrors.of("insert company " + companyId)
                        .onUnique(
                                table + "_pkey",
                                () ->
                                        new DuplicateKeyException(
                                                TYPE, "companyId", companyId.toString()));
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, insertSql)) {
                        Params params = new Params(statement).uuid(companyId).longValue(1);
                        bindColumns(params, stored);
                        statement.executeUpdate();
                    }
                    insertAccounts(connection, stored);
                    return stored;
                },
                errors);
    }

    @Override
    public CompanyRecord update(UUID companyId, CompanyRecord company) {
        WriteChecks.sameCompany(companyId, company.companyId());
        WriteChecks.readRecord(TYPE, company.version());
        CompanyRecord stored = withMicros(company).withVersion(company.version() + 1);
        return transactions.call(
                connection -> {
                    int rows;
                    try (PreparedStatement statement = Sql.prepare(connection, updateSql)) {
                        Params params = new Params(statement).longValue(stored.version());
                        bindColumns(params, stored);
                        params.uuid(companyId).longValue(company.version());
                        rows = statement.executeUpdate();
                    }
                    if (rows != 1) {
                        throw Sql.notUpdated(
                                connection,
                                table,
                                "company_id",
                                TYPE,
                                companyId,
                                companyId,
                                company.version());
                    }
                    try (PreparedStatement statement = Sql.prepare(connection, deleteAccountsSql)) {
                        new Params(statement).uuid(companyId);
                        statement.executeUpdate();
                    }
                    insertAccounts(connection, stored);
                    return stored;
                },
                SqlErrors.of("update company " + companyId));
    }

    @Override
    public Optional<CompanyRecord> find(UUID companyId) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.read(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, findSql)) {
                        new Params(statement).uuid(companyId);
                        try (ResultSet rows = statement.executeQuery()) {
                            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                        }
                    }
                },
                SqlErrors.of("read company " + companyId));
    }

    private static void bindColumns(Params params, CompanyRecord company) throws SQLException {
        CompanySettings settings = company.settings();
        params.text(settings.legalName())
                .text(settings.functionalCurrency())
                .text(settings.zoneId())
                .text(settings.roundingMode())
                .name(settings.vatRounding())
                .optionalText(settings.vkn())
                .optionalText(settings.mersis())
                .text(settings.calendarId());
        Stamps.bind(params, company.lastWrite());
    }

    private void insertAccounts(Connection connection, CompanyRecord company) throws SQLException {
        List<BankAccount> accounts = company.settings().bankAccounts();
        try (PreparedStatement statement = Sql.prepare(connection, insertAccountSql)) {
            Params params = new Params(statement);
            for (int i = 0; i < accounts.size(); i++) {
                BankAccount account = accounts.get(i);
                params.restart()
                        .uuid(company.companyId())
                        .integer(i)
                        .text(account.iban())
                        .text(account.bankName())
                        .text(account.currency());
                statement.addBatch();
            }
            Sql.executeBatch(statement, accounts.size());
        }
    }

    private CompanyRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id");
        UUID companyId = row.uuid("company_id");
        long version = row.longValue("version");
        String legalName = row.text("legal_name");
        String currency = row.currency("functional_currency");
        String zoneId = row.text("zone_id");
        String roundingMode = row.text("rounding_mode");
        VatRounding vatRounding = row.enumValue("vat_rounding", VatRounding.class);
        Optional<String> vkn = row.optionalText("vkn");
        Optional<String> mersis = row.optionalText("mersis");
        String calendarId = row.text("calendar_id");
        WriteStamp lastWrite = Stamps.read(row, "last_write_");

        String[] ibans = SqlArrays.strings(rows, "ibans");
        String[] bankNames = SqlArrays.strings(rows, "bank_names");
        String[] currencies = SqlArrays.strings(rows, "currencies");

        return row.build(
                () -> {
                    List<BankAccount> accounts = new ArrayList<>();
                    for (int i = 0; i < ibans.length; i++) {
                        accounts.add(new BankAccount(ibans[i], bankNames[i], currencies[i]));
                    }
                    CompanySettings settings =
                            new CompanySettings(
                                    legalName,
                                    currency,
                                    zoneId,
                                    roundingMode,
                                    vatRounding,
                                    vkn,
                                    mersis,
                                    accounts,
                                    calendarId);
                    return new CompanyRecord(companyId, version, settings, lastWrite);
                });
    }

    private static CompanyRecord withMicros(CompanyRecord company) {
        WriteStamp stamp = Stamps.micros(company.lastWrite());
        return stamp.equals(company.lastWrite())
                ? company
                : new CompanyRecord(
                        company.companyId(), company.version(), company.settings(), stamp);
    }
}
