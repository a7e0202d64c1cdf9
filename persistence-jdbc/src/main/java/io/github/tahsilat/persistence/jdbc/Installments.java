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
    private final String childColumns;

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
        this.childColumns =
                ", (SELECT array_agg(ARRAY[position::text, number::text,"
                        + " (due_date - DATE '1970-01-01')::text, amount::text] ORDER BY position)"
                        + DocumentParts.childRows(installmentTable, "invoice_id")
                        + " AS installment_rows, (SELECT array_agg(ARRAY[installment_position::text,"
                        + " percent::text, (last_day - DATE '1970-01-01')::text, amount::text]"
                        + " ORDER BY installment_position, position)"
                        + DocumentParts.childRows(discountTable, "invoice_id")
                        + " AS discount_rows";
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

    /**
     * Returns the select-list subqueries that add the schedule of the invoice row aliased {@code
     * parent} to a query, as the arrays that {@link #readJoined} reads: a two-dimensional {@code
     * text[]} of installments and one of discounts. Dates arrive as days since 1970-01-01 and
     * amounts as text, so they keep their exact value and scale.
     */
    String childColumns() {
        return childColumns;
    }

    /**
     * Reads the schedule of the current row of a query that {@link #childColumns} extended.
     *
     * @param invoiceKey the invoice's key columns, for messages
     */
    List<Installment> readJoined(ResultSet rows, String... invoiceKey) throws SQLException {
        Row discountRow = new Row(rows, discountTable, invoiceKey);
        Map<String, List<EarlyPaymentDiscount>> discounts = new HashMap<>();
        for (String[] discount : SqlArrays.rows(rows, "discount_rows")) {
            EarlyPaymentDiscount value =
                    discountRow.build(
                            () ->
                                    new EarlyPaymentDiscount(
                                            new BigDecimal(discount[1]),
                                            epochDay(discount[2]),
                                            new BigDecimal(discount[3])));
            discounts.computeIfAbsent(discount[0], position -> new ArrayList<>()).add(value);
        }

        Row installmentRow = new Row(rows, installmentTable, invoiceKey);
        List<Installment> schedule = new ArrayList<>();
        for (String[] installment : SqlArrays.rows(rows, "installment_rows")) {
            List<EarlyPaymentDiscount> own = discounts.getOrDefault(installment[0], List.of());
            schedule.add(
                    installmentRow.build(
                            () ->
                                    new Installment(
                                            Integer.parseInt(installment[1]),
                                            epochDay(installment[2]),
                                            new BigDecimal(installment[3]),
                                            own)));
        }
        return schedule;
    }

    private static LocalDate epochDay(String days) {
        return LocalDate.ofEpochDay(Long.parseLong(days));
    }
}
