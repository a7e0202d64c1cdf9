package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.record.EarlyPaymentDiscount;
import io.github.tahsilat.persistence.spi.record.Installment;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An invoice's due schedule: installments in {@code invoice_installment} and their early payment
 * discounts in {@code invoice_installment_discount}.
 *
 * <p>Thread-safe: it holds only SQL text.
 */
final class Installments {

    private final String installmentTable;
    private final String discountTable;
    private final String insertInstallmentSql;
    private final String insertDiscountSql;
    private final String deleteSql;
    private final String selectInstallmentsSql;
    private final String selectDiscountsSql;

    /** Creates the SQL for the invoice table with its prefix. */
    Installments(String invoiceTable) {
        this.installmentTable = invoiceTable + "_installment";
        this.discountTable = invoiceTable + "_installment_discount";
        this.insertInstallmentSql =
                Sql.insert(
                        installmentTable,
                        List.of(
                                "company_id",
                                "invoice_id",
                                "position",
                                "number",
                                "due_date",
                                "amount"));
        this.insertDiscountSql =
                Sql.insert(
                        discountTable,
                        List.of(
                                "company_id",
                                "invoice_id",
                                "installment_position",
                                "position",
                                "percent",
                                "last_day",
                                "amount"));
        // Deleting an installment deletes its discounts by the cascading foreign key.
        this.deleteSql =
                "DELETE FROM " + installmentTable + " WHERE company_id = ? AND invoice_id = ?";
        this.selectInstallmentsSql =
                "SELECT * FROM "
                        + installmentTable
                        + " WHERE company_id = ? AND invoice_id = ANY(?)"
                        + " ORDER BY invoice_id, position";
        this.selectDiscountsSql =
                "SELECT * FROM "
                        + discountTable
                        + " WHERE company_id = ? AND invoice_id = ANY(?)"
                        + " ORDER BY invoice_id, installment_position, position";
    }

    /** Inserts the schedule in two batches: the installments, then their discounts. */
    void insert(Connection connection, UUID companyId, UUID invoiceId, List<Installment> schedule)
            throws SQLException {
        if (schedule.isEmpty()) {
            return;
        }
        int discounts = 0;
        try (PreparedStatement statement = Sql.prepare(connection, insertInstallmentSql)) {
            Params params = new Params(statement);
            for (int i = 0; i < schedule.size(); i++) {
                Installment installment = schedule.get(i);
                params.restart()
                        .uuid(companyId)
                        .uuid(invoiceId)
                        .integer(i)
                        .integer(installment.number())
                        .date(installment.dueDate())
                        .decimal(installment.amount(), "installment amount");
                statement.addBatch();
                discounts += installment.discounts().size();
            }
            statement.executeBatch();
        }
        if (discounts == 0) {
            return;
        }
        try (PreparedStatement statement = Sql.prepare(connection, insertDiscountSql)) {
            Params params = new Params(statement);
            for (int i = 0; i < schedule.size(); i++) {
                List<EarlyPaymentDiscount> list = schedule.get(i).discounts();
                for (int j = 0; j < list.size(); j++) {
                    EarlyPaymentDiscount discount = list.get(j);
                    params.restart()
                            .uuid(companyId)
                            .uuid(invoiceId)
                            .integer(i)
                            .integer(j)
                            .decimal(discount.percent(), "discount percent")
                            .date(discount.lastDay())
                            .decimal(discount.amount(), "discount amount");
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }

    void delete(Connection connection, UUID companyId, UUID invoiceId) throws SQLException {
        try (PreparedStatement statement = Sql.prepare(connection, deleteSql)) {
            new Params(statement).uuid(companyId).uuid(invoiceId);
            statement.executeUpdate();
        }
    }

    /** Reads the schedules of the invoices, by invoice id; an invoice without one is absent. */
    Map<UUID, List<Installment>> read(
            Connection connection, UUID companyId, Collection<UUID> invoiceIds)
            throws SQLException {
        Map<InstallmentKey, List<EarlyPaymentDiscount>> discounts = new HashMap<>();
        try (PreparedStatement statement = Sql.prepare(connection, selectDiscountsSql)) {
            statement.setObject(1, companyId);
            statement.setArray(2, Sql.uuidArray(connection, invoiceIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Row row =
                            new Row(
                                    rows,
                                    discountTable,
                                    "company_id",
                                    "invoice_id",
                                    "installment_position",
                                    "position");
                    InstallmentKey key =
                            new InstallmentKey(
                                    row.uuid("invoice_id"), row.intValue("installment_position"));
                    BigDecimal percent = row.decimal("percent");
                    LocalDate lastDay = row.date("last_day");
                    BigDecimal amount = row.decimal("amount");
                    discounts
                            .computeIfAbsent(key, k -> new ArrayList<>())
                            .add(
                                    row.build(
                                            () ->
                                                    new EarlyPaymentDiscount(
                                                            percent, lastDay, amount)));
                }
            }
        }
        Map<UUID, List<Installment>> schedules = new HashMap<>();
        try (PreparedStatement statement = Sql.prepare(connection, selectInstallmentsSql)) {
            statement.setObject(1, companyId);
            statement.setArray(2, Sql.uuidArray(connection, invoiceIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Row row =
                            new Row(rows, installmentTable, "company_id", "invoice_id", "position");
                    UUID invoiceId = row.uuid("invoice_id");
                    int position = row.intValue("position");
                    int number = row.intValue("number");
                    LocalDate dueDate = row.date("due_date");
                    BigDecimal amount = row.decimal("amount");
                    List<EarlyPaymentDiscount> own =
                            discounts.getOrDefault(
                                    new InstallmentKey(invoiceId, position), List.of());
                    schedules
                            .computeIfAbsent(invoiceId, id -> new ArrayList<>())
                            .add(row.build(() -> new Installment(number, dueDate, amount, own)));
                }
            }
        }
        return schedules;
    }

    private record InstallmentKey(UUID invoiceId, int position) {}
}
