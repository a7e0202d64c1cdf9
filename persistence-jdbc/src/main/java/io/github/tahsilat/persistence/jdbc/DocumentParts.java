package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.record.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.VatTotal;
import io.github.tahsilat.persistence.spi.record.Withholding;
import io.github.tahsilat.persistence.spi.record.WithholdingTotal;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The child rows that invoices and credit documents share: lines, and the VAT and withholding
 * breakdowns of their totals. One instance serves one parent table, such as {@code invoice} with
 * {@code invoice_line}, {@code invoice_vat_total} and {@code invoice_withholding_total}.
 *
 * <p>Thread-safe: it holds only SQL text.
 */
final class DocumentParts {

    /** The children of one document, as read. */
    record Parts(
            List<InvoiceLine> lines,
            List<VatTotal> vat,
            List<WithholdingTotal> withholdings,
            List<VatTotal> computedVat,
            List<WithholdingTotal> computedWithholdings) {

        static final Parts NONE = new Parts(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private final String parentColumn;
    private final String lineTable;
    private final String vatTable;
    private final String withholdingTable;
    private final String insertLineSql;
    private final String insertVatSql;
    private final String insertWithholdingSql;
    private final String deleteSql;
    private final String selectLinesSql;
    private final String selectBreakdownsSql;

    /**
     * Creates the SQL for one parent.
     *
     * @param parentTable the parent table with its prefix, such as {@code tahsilat_invoice}
     * @param parentColumn the children's column that contains the parent id, such as {@code
     *     invoice_id}
     */
    DocumentParts(String parentTable, String parentColumn) {
        this.lineTable = parentTable + "_line";
        this.vatTable = parentTable + "_vat_total";
        this.withholdingTable = parentTable + "_withholding_total";
        this.insertLineSql =
                Sql.insert(
                        lineTable,
                        List.of(
                                "company_id",
                                parentColumn,
                                "position",
                                "description",
                                "quantity",
                                "unit_price",
                                "discount_percent",
                                "discount_amount",
                                "vat_percent",
                                "withholding_code",
                                "withholding_numerator",
                                "withholding_denominator"));
        this.insertVatSql =
                Sql.insert(
                        vatTable,
                        List.of(
                                "company_id",
                                parentColumn,
                                "computed",
                                "position",
                                "rate_percent",
                                "base",
                                "amount"));
        this.insertWithholdingSql =
                Sql.insert(
                        withholdingTable,
                        List.of(
                                "company_id",
                                parentColumn,
                                "computed",
                                "position",
                                "code",
                                "numerator",
                                "denominator",
                                "amount"));
        String where = " WHERE company_id = ? AND " + parentColumn + " = ?";
        this.deleteSql =
                "WITH lines AS (DELETE FROM "
                        + lineTable
                        + where
                        + "), vat AS (DELETE FROM "
                        + vatTable
                        + where
                        + ") DELETE FROM "
                        + withholdingTable
                        + where;
        String whereAny =
                " WHERE company_id = ? AND "
                        + parentColumn
                        + " = ANY(?) ORDER BY "
                        + parentColumn
                        + ", ";
        this.selectLinesSql = "SELECT * FROM " + lineTable + whereAny + "position";
        String parentAny = " WHERE company_id = ? AND " + parentColumn + " = ANY(?)";
        // One statement reads both breakdowns: each row carries the other table's columns as NULL.
        this.selectBreakdownsSql =
                "SELECT company_id, "
                        + parentColumn
                        + ", 'vat' AS breakdown, computed, position, rate_percent, base,"
                        + " NULL::text AS code, NULL::integer AS numerator,"
                        + " NULL::integer AS denominator, amount FROM "
                        + vatTable
                        + parentAny
                        + " UNION ALL SELECT company_id, "
                        + parentColumn
                        + ", 'withholding', computed, position, NULL::numeric, NULL::numeric,"
                        + " code, numerator, denominator, amount FROM "
                        + withholdingTable
                        + parentAny
                        + " ORDER BY "
                        + parentColumn
                        + ", breakdown, computed, position";
        this.parentColumn = parentColumn;
    }

    /** Inserts the lines and the breakdowns of {@code totals} and {@code computed}, in batches. */
    void insert(
            Connection connection,
            UUID companyId,
            UUID parentId,
            List<InvoiceLine> lines,
            Optional<InvoiceTotals> totals,
            Optional<InvoiceTotals> computed)
            throws SQLException {
        insertLines(connection, companyId, parentId, lines);
        List<VatTotal> vat = totals.map(InvoiceTotals::vat).orElse(List.of());
        List<VatTotal> computedVat = computed.map(InvoiceTotals::vat).orElse(List.of());
        if (!vat.isEmpty() || !computedVat.isEmpty()) {
            try (PreparedStatement statement = Sql.prepare(connection, insertVatSql)) {
                addVat(statement, companyId, parentId, false, vat);
                addVat(statement, companyId, parentId, true, computedVat);
                statement.executeBatch();
            }
        }
        List<WithholdingTotal> withholdings =
                totals.map(InvoiceTotals::withholdings).orElse(List.of());
        List<WithholdingTotal> computedWithholdings =
                computed.map(InvoiceTotals::withholdings).orElse(List.of());
        if (!withholdings.isEmpty() || !computedWithholdings.isEmpty()) {
            try (PreparedStatement statement = Sql.prepare(connection, insertWithholdingSql)) {
                addWithholdings(statement, companyId, parentId, false, withholdings);
                addWithholdings(statement, companyId, parentId, true, computedWithholdings);
                statement.executeBatch();
            }
        }
    }

    /** Deletes every child row of the document, in one statement. */
    void delete(Connection connection, UUID companyId, UUID parentId) throws SQLException {
        try (PreparedStatement statement = Sql.prepare(connection, deleteSql)) {
            new Params(statement)
                    .uuid(companyId)
                    .uuid(parentId)
                    .uuid(companyId)
                    .uuid(parentId)
                    .uuid(companyId)
                    .uuid(parentId);
            statement.executeUpdate();
        }
    }

    /** Reads the children of the documents, by document id; a document without any is absent. */
    Map<UUID, Parts> read(Connection connection, UUID companyId, Collection<UUID> parentIds)
            throws SQLException {
        Map<UUID, Builder> builders = new HashMap<>();
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        try (PreparedStatement statement =
                        select(connection, selectLinesSql, companyId, parentIds);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Row row = new Row(rows, lineTable, "company_id", parentColumn, "position");
                builder(builders, row).lines.add(readLine(row));
            }
        }
        try (PreparedStatement statement = Sql.prepare(connection, selectBreakdownsSql)) {
            Array ids = Sql.uuidArray(connection, parentIds);
            statement.setObject(1, companyId);
            statement.setArray(2, ids);
            statement.setObject(3, companyId);
            statement.setArray(4, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    readBreakdown(builders, rows);
                }
            }
        }
        Map<UUID, Parts> parts = new HashMap<>();
        builders.forEach((id, builder) -> parts.put(id, builder.build()));
        return parts;
    }

    /** Adds the VAT or withholding row of {@code rows} to its document's builder. */
    private void readBreakdown(Map<UUID, Builder> builders, ResultSet rows) throws SQLException {
        boolean vat = rows.getString("breakdown").equals("vat");
        Row row =
                new Row(
                        rows,
                        vat ? vatTable : withholdingTable,
                        "company_id",
                        parentColumn,
                        "computed",
                        "position");
        Builder builder = builder(builders, row);
        boolean computed = row.bool("computed");
        if (vat) {
            (computed ? builder.computedVat : builder.vat).add(readVat(row));
        } else {
            (computed ? builder.computedWithholdings : builder.withholdings)
                    .add(readWithholding(row));
        }
    }

    /** Sets the four total columns, or four NULLs when {@code totals} is empty. */
    static void bindTotals(Params params, Optional<InvoiceTotals> totals) throws SQLException {
        params.optionalDecimal(totals.map(InvoiceTotals::net), "net")
                .optionalDecimal(totals.map(InvoiceTotals::gross), "gross")
                .optionalDecimal(totals.map(InvoiceTotals::withheld), "withheld")
                .optionalDecimal(totals.map(InvoiceTotals::receivable), "receivable");
    }

    /** The four amounts of a document's totals, read before their breakdowns. */
    record Amounts(BigDecimal net, BigDecimal gross, BigDecimal withheld, BigDecimal receivable) {

        /** Returns the totals with their breakdowns. */
        InvoiceTotals with(List<VatTotal> vat, List<WithholdingTotal> withholdings) {
            return new InvoiceTotals(net, vat, gross, withheld, withholdings, receivable);
        }
    }

    /**
     * Reads the four total columns that start with {@code prefix}, such as {@code totals_net};
     * empty when the net amount is NULL.
     */
    static Optional<Amounts> readAmounts(Row row, String prefix) throws SQLException {
        Optional<BigDecimal> net = row.optionalDecimal(prefix + "net");
        if (net.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Amounts(
                        net.get(),
                        row.decimal(prefix + "gross"),
                        row.decimal(prefix + "withheld"),
                        row.decimal(prefix + "receivable")));
    }

    private Builder builder(Map<UUID, Builder> builders, Row row) throws SQLException {
        return builders.computeIfAbsent(row.uuid(parentColumn), id -> new Builder());
    }

    private static PreparedStatement select(
            Connection connection, String sql, UUID companyId, Collection<UUID> parentIds)
            throws SQLException {
        PreparedStatement statement = Sql.prepare(connection, sql);
        try {
            statement.setObject(1, companyId);
            statement.setArray(2, Sql.uuidArray(connection, parentIds));
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private void insertLines(
            Connection connection, UUID companyId, UUID parentId, List<InvoiceLine> lines)
            throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = Sql.prepare(connection, insertLineSql)) {
            Params params = new Params(statement);
            for (int i = 0; i < lines.size(); i++) {
                InvoiceLine line = lines.get(i);
                Optional<Withholding> withholding = line.withholding();
                params.restart()
                        .uuid(companyId)
                        .uuid(parentId)
                        .integer(i)
                        .text(line.description())
                        .decimal(line.quantity(), "quantity")
                        .decimal(line.unitPrice(), "unitPrice")
                        .decimal(line.discountPercent(), "discountPercent")
                        .optionalDecimal(line.discountAmount(), "discountAmount")
                        .decimal(line.vatPercent(), "vatPercent")
                        .optionalText(withholding.map(Withholding::code))
                        .optionalInteger(withholding.map(Withholding::numerator))
                        .optionalInteger(withholding.map(Withholding::denominator));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void addVat(
            PreparedStatement statement,
            UUID companyId,
            UUID parentId,
            boolean computed,
            List<VatTotal> vat)
            throws SQLException {
        Params params = new Params(statement);
        for (int i = 0; i < vat.size(); i++) {
            VatTotal total = vat.get(i);
            params.restart()
                    .uuid(companyId)
                    .uuid(parentId)
                    .bool(computed)
                    .integer(i)
                    .decimal(total.ratePercent(), "ratePercent")
                    .decimal(total.base(), "base")
                    .decimal(total.amount(), "amount");
            statement.addBatch();
        }
    }

    private static void addWithholdings(
            PreparedStatement statement,
            UUID companyId,
            UUID parentId,
            boolean computed,
            List<WithholdingTotal> withholdings)
            throws SQLException {
        Params params = new Params(statement);
        for (int i = 0; i < withholdings.size(); i++) {
            WithholdingTotal total = withholdings.get(i);
            params.restart()
                    .uuid(companyId)
                    .uuid(parentId)
                    .bool(computed)
                    .integer(i)
                    .text(total.code())
                    .integer(total.numerator())
                    .integer(total.denominator())
                    .decimal(total.amount(), "amount");
            statement.addBatch();
        }
    }

    private static InvoiceLine readLine(Row row) throws SQLException {
        String description = row.text("description");
        BigDecimal quantity = row.decimal("quantity");
        BigDecimal unitPrice = row.decimal("unit_price");
        BigDecimal discountPercent = row.decimal("discount_percent");
        Optional<BigDecimal> discountAmount = row.optionalDecimal("discount_amount");
        BigDecimal vatPercent = row.decimal("vat_percent");
        Optional<String> code = row.optionalText("withholding_code");
        Optional<Integer> numerator = row.optionalInt("withholding_numerator");
        Optional<Integer> denominator = row.optionalInt("withholding_denominator");
        return row.build(
                () ->
                        new InvoiceLine(
                                description,
                                quantity,
                                unitPrice,
                                discountPercent,
                                discountAmount,
                                vatPercent,
                                code.map(
                                        text ->
                                                new Withholding(
                                                        text,
                                                        numerator.orElseThrow(),
                                                        denominator.orElseThrow()))));
    }

    private static VatTotal readVat(Row row) throws SQLException {
        BigDecimal rate = row.decimal("rate_percent");
        BigDecimal base = row.decimal("base");
        BigDecimal amount = row.decimal("amount");
        return row.build(() -> new VatTotal(rate, base, amount));
    }

    private static WithholdingTotal readWithholding(Row row) throws SQLException {
        String code = row.text("code");
        int numerator = row.intValue("numerator");
        int denominator = row.intValue("denominator");
        BigDecimal amount = row.decimal("amount");
        return row.build(() -> new WithholdingTotal(code, numerator, denominator, amount));
    }

    /** Collects one document's children while they are read. */
    private static final class Builder {
        final List<InvoiceLine> lines = new ArrayList<>();
        final List<VatTotal> vat = new ArrayList<>();
        final List<WithholdingTotal> withholdings = new ArrayList<>();
        final List<VatTotal> computedVat = new ArrayList<>();
        final List<WithholdingTotal> computedWithholdings = new ArrayList<>();

        Parts build() {
            return new Parts(lines, vat, withholdings, computedVat, computedWithholdings);
        }
    }
}
