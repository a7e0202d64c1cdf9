package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.record.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.VatTotal;
import io.github.tahsilat.persistence.spi.record.Withholding;
import io.github.tahsilat.persistence.spi.record.WithholdingTotal;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
            List<WithholdingTotal> computedWithholdings) {}

    private final String lineTable;
    private final String vatTable;
    private final String withholdingTable;
    private final String insertLineSql;
    private final String insertVatSql;
    private final String insertWithholdingSql;
    private final String deleteSql;
    private final String childColumns;

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
        this.childColumns = childColumns(parentColumn);
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

    /**
     * Returns the select-list subqueries that add the children of the row aliased {@code parent} to
     * a query, as the arrays that {@link #readJoined} reads. Each subquery returns one
     * two-dimensional {@code text[]} with a row per child in position order, or NULL when the
     * document has no such child.
     */
    String childColumns() {
        return childColumns;
    }

    private String childColumns(String parentColumn) {
        return ", (SELECT array_agg(ARRAY[description, quantity::text, unit_price::text,"
                + " discount_percent::text, discount_amount::text, vat_percent::text,"
                + " withholding_code, withholding_numerator::text, withholding_denominator::text]"
                + " ORDER BY position)"
                + childRows(lineTable, parentColumn)
                + " AS line_rows, (SELECT array_agg(ARRAY[computed::text, rate_percent::text,"
                + " base::text, amount::text] ORDER BY computed, position)"
                + childRows(vatTable, parentColumn)
                + " AS vat_rows, (SELECT array_agg(ARRAY[computed::text, code, numerator::text,"
                + " denominator::text, amount::text] ORDER BY computed, position)"
                + childRows(withholdingTable, parentColumn)
                + " AS withholding_rows";
    }

    /**
     * Returns a query that reads the rows of {@code parentQuery} with the columns that {@code
     * childColumns} add, in the order of the parent query's last ORDER BY clause.
     *
     * <p>The parent query runs as a subquery, so that its LIMIT applies before the child subqueries
     * run. Its ORDER BY is repeated outside, because SQL does not keep a subquery's order.
     * PostgreSQL 14 plans no second sort for it, because the subquery's output is sorted.
     *
     * @param parentQuery a {@code SELECT *} of the parent table, optionally ending in {@code ORDER
     *     BY <columns>} and {@code LIMIT ?}
     */
    static String withChildren(String parentQuery, String childColumns) {
        String sql = "SELECT parent.*" + childColumns + " FROM (" + parentQuery + ") AS parent";
        int order = parentQuery.lastIndexOf(" ORDER BY ");
        if (order < 0) {
            return sql;
        }
        int limit = parentQuery.indexOf(" LIMIT ", order);
        return sql + parentQuery.substring(order, limit < 0 ? parentQuery.length() : limit);
    }

    /**
     * Returns the FROM and WHERE clauses of a subquery over the children of the row aliased {@code
     * parent}, closed by its parenthesis.
     */
    static String childRows(String childTable, String parentColumn) {
        return " FROM "
                + childTable
                + " AS child WHERE child.company_id = parent.company_id AND child."
                + parentColumn
                + " = parent.id)";
    }

    /**
     * Reads the children of the current row of a query that {@link #childColumns} extended. Numbers
     * arrive as text, so they keep the scale that they were stored with.
     *
     * @param parentKey the parent's key columns, for messages
     */
    Parts readJoined(ResultSet rows, String... parentKey) throws SQLException {
        Row lineRow = new Row(rows, lineTable, parentKey);
        List<InvoiceLine> lines = new ArrayList<>();
        for (String[] line : SqlArrays.rows(rows, "line_rows")) {
            lines.add(lineRow.build(() -> line(line)));
        }

        Row vatRow = new Row(rows, vatTable, parentKey);
        List<VatTotal> vat = new ArrayList<>();
        List<VatTotal> computedVat = new ArrayList<>();
        for (String[] total : SqlArrays.rows(rows, "vat_rows")) {
            VatTotal value =
                    vatRow.build(
                            () ->
                                    new VatTotal(
                                            new BigDecimal(total[1]),
                                            new BigDecimal(total[2]),
                                            new BigDecimal(total[3])));
            (computed(total[0]) ? computedVat : vat).add(value);
        }

        Row withholdingRow = new Row(rows, withholdingTable, parentKey);
        List<WithholdingTotal> withholdings = new ArrayList<>();
        List<WithholdingTotal> computedWithholdings = new ArrayList<>();
        for (String[] total : SqlArrays.rows(rows, "withholding_rows")) {
            WithholdingTotal value =
                    withholdingRow.build(
                            () ->
                                    new WithholdingTotal(
                                            total[1],
                                            Integer.parseInt(total[2]),
                                            Integer.parseInt(total[3]),
                                            new BigDecimal(total[4])));
            (computed(total[0]) ? computedWithholdings : withholdings).add(value);
        }
        return new Parts(lines, vat, withholdings, computedVat, computedWithholdings);
    }

    /** Returns whether a breakdown row is of the computed totals, from PostgreSQL's bool text. */
    private static boolean computed(String text) {
        return "true".equals(text);
    }

    /**
     * Builds a line from the array of {@link #childColumns}. A NULL in a NOT NULL column throws
     * NullPointerException or NumberFormatException, which {@link Row#build} reports.
     */
    private static InvoiceLine line(String[] columns) {
        Optional<Withholding> withholding = Optional.empty();
        if (columns[6] != null) {
            withholding =
                    Optional.of(
                            new Withholding(
                                    columns[6],
                                    Integer.parseInt(columns[7]),
                                    Integer.parseInt(columns[8])));
        }
        return new InvoiceLine(
                Objects.requireNonNull(columns[0], "description"),
                new BigDecimal(columns[1]),
                new BigDecimal(columns[2]),
                new BigDecimal(columns[3]),
                Optional.ofNullable(columns[4]).map(BigDecimal::new),
                new BigDecimal(columns[5]),
                withholding);
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
}
