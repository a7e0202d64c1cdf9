package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.Dispute;
import io.github.tahsilat.persistence.spi.record.EarlyPaymentDiscount;
import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.PriceBasis;
import io.github.tahsilat.persistence.spi.record.VatTotal;
import io.github.tahsilat.persistence.spi.record.Withholding;
import io.github.tahsilat.persistence.spi.record.WithholdingTotal;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invoices read with their child rows in one statement. Every read returns the records that were
 * written, with the same child rows as one query per child table, the way the store read them
 * before.
 */
class InvoiceReadsOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    /**
     * Reads per check: more than pgjdbc's default {@code prepareThreshold} of 5, so that the later
     * reads run as server-prepared statements, as they do under the fixture server's {@code
     * plan_cache_mode}, {@code force_custom_plan}.
     */
    private static final int READS = 7;

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final WriteStamp STAMP =
            new WriteStamp(Actor.system("import"), Instant.parse("2026-03-02T10:15:30.123456Z"));

    private InvoiceStore invoices;
    private UUID company;
    private UUID counterparty;

    @BeforeEach
    void createStores() {
        invoices = DATABASE.stores().invoices();
        company = UUID.randomUUID();
        counterparty = UUID.randomUUID();
    }

    @Test
    void readsByKeyReturnStoredRecords() {
        List<InvoiceRecord> stored = insertAll();

        for (int read = 0; read < READS; read++) {
            for (InvoiceRecord invoice : stored) {
                assertThat(invoices.find(company, invoice.id())).contains(invoice);
                assertThat(invoices.findByNumber(company, invoice.direction(), invoice.number()))
                        .contains(invoice);
                assertThat(invoices.findByIdempotencyKey(company, invoice.idempotencyKey().get()))
                        .contains(invoice);
                if (invoice.externalReference().isPresent()) {
                    assertThat(
                                    invoices.findByExternalReference(
                                            company, invoice.externalReference().get()))
                            .contains(invoice);
                }
            }
        }
    }

    @Test
    void candidateReadsReturnStoredRecords() {
        List<InvoiceRecord> stored = insertAll();
        List<InvoiceRecord> byDueDate = sortedByDueDate(stored);
        List<String> numberKeys =
                stored.stream()
                        .map(invoice -> MatchKeys.invoiceNumberKey(invoice.number()))
                        .toList();
        List<String> referenceKeys =
                List.of(MatchKeys.referenceKey("EXT-A"), MatchKeys.referenceKey("EXT-C"));

        for (int read = 0; read < READS; read++) {
            assertThat(invoices.openReceivablesByNumberKey(company, numberKeys))
                    .containsExactlyElementsOf(byDueDate);
            assertThat(invoices.openReceivablesByReferenceKey(company, referenceKeys))
                    .containsExactly(stored.get(2), stored.get(0));
            assertThat(invoices.openReceivablesByAmount(company, null, "TRY", 0, 1_000_000, 10))
                    .containsExactly(stored.get(1), stored.get(2), stored.get(0));
            assertThat(
                            invoices.openReceivablesByAmount(
                                    company, counterparty, "TRY", 0, 1_000_000, 2))
                    .containsExactly(stored.get(1), stored.get(2));
        }
    }

    @Test
    void pagedReadsReturnStoredRecords() {
        List<InvoiceRecord> stored = insertAll();

        for (int read = 0; read < READS; read++) {
            Page<InvoiceRecord> first =
                    invoices.openItemsOf(company, counterparty, PageRequest.first(1));
            Page<InvoiceRecord> second =
                    invoices.openItemsOf(
                            company, counterparty, PageRequest.after(first.next().get(), 1));

            assertThat(first.items()).containsExactly(stored.get(1));
            assertThat(second.items()).containsExactly(stored.get(2));
            assertThat(second.next()).isEmpty();
        }
    }

    @Test
    void childRowsMatchPerTableQueries() throws SQLException {
        List<InvoiceRecord> stored = insertAll();

        for (InvoiceRecord invoice : stored) {
            for (int read = 0; read < READS; read++) {
                InvoiceRecord joined = invoices.find(company, invoice.id()).get();

                assertThat(joined.lines()).isEqualTo(linesByTableQuery(invoice.id()));
                assertThat(joined.totals().vat()).isEqualTo(vatByTableQuery(invoice.id(), false));
                assertThat(joined.totals().withholdings())
                        .isEqualTo(withholdingsByTableQuery(invoice.id(), false));
                assertThat(joined.computedTotals().map(InvoiceTotals::vat).orElse(List.of()))
                        .isEqualTo(vatByTableQuery(invoice.id(), true));
                assertThat(
                                joined.computedTotals()
                                        .map(InvoiceTotals::withholdings)
                                        .orElse(List.of()))
                        .isEqualTo(withholdingsByTableQuery(invoice.id(), true));
                assertThat(joined.schedule()).isEqualTo(scheduleByTableQuery(invoice.id()));
            }
        }
    }

    @Test
    void sameIdInOtherCompanyKeepsItsChildren() {
        InvoiceRecord ours = invoices.insert(company, invoiceA());
        UUID otherCompany = UUID.randomUUID();
        InvoiceRecord theirs =
                invoices.insert(otherCompany, withCompany(invoiceB(), otherCompany, ours.id()));

        assertThat(invoices.find(company, ours.id())).contains(ours);
        assertThat(invoices.find(otherCompany, ours.id())).contains(theirs);
        assertThat(invoices.find(company, ours.id()).get().lines()).hasSize(3);
        assertThat(invoices.find(otherCompany, ours.id()).get().lines()).hasSize(1);
        assertThat(invoices.find(otherCompany, ours.id()).get().schedule()).isEmpty();
    }

    private List<InvoiceRecord> insertAll() {
        return List.of(
                invoices.insert(company, invoiceA()),
                invoices.insert(company, invoiceB()),
                invoices.insert(company, invoiceC()));
    }

    private static List<InvoiceRecord> sortedByDueDate(List<InvoiceRecord> records) {
        return records.stream()
                .sorted(
                        Comparator.comparing(InvoiceRecord::dueDate)
                                .thenComparing(InvoiceRecord::id))
                .toList();
    }

    /**
     * Returns an invoice with every kind of child row. It has three lines at three VAT rates, one
     * with withholding and one with a discount amount. The descriptions contain Turkish letters and
     * the characters that PostgreSQL quotes in array text. The printed and computed totals have
     * different breakdowns, and of three installments the first has two discounts and the second
     * none.
     */
    private InvoiceRecord invoiceA() {
        List<InvoiceLine> lines =
                List.of(
                        line(
                                "Keten kumaş, \"özel\" {set}",
                                "1.500",
                                "666.666700",
                                "0.00",
                                Optional.empty(),
                                "20.00",
                                Optional.empty()),
                        line(
                                "Ters\\bölü; NULL İĞÜŞÖÇ ığüşöç",
                                "2",
                                "100",
                                "0",
                                Optional.empty(),
                                "10",
                                Optional.of(new Withholding("616", 5, 10))),
                        line(
                                "NULL",
                                "0.001",
                                "12345.678901",
                                "0",
                                Optional.of("1.50"),
                                "1.0",
                                Optional.empty()));
        InvoiceTotals printed =
                new InvoiceTotals(
                        new BigDecimal("1200.01"),
                        List.of(
                                vat("20.00", "1000.00", "200.00"),
                                vat("10", "200", "20.0"),
                                vat("1.0", "0.01", "0.00")),
                        new BigDecimal("1420.01"),
                        new BigDecimal("10.00"),
                        List.of(
                                new WithholdingTotal("616", 5, 10, new BigDecimal("10.00")),
                                new WithholdingTotal("624", 2, 10, new BigDecimal("0"))),
                        new BigDecimal("1410.01"));
        InvoiceTotals computed =
                new InvoiceTotals(
                        new BigDecimal("1200.010"),
                        List.of(vat("20", "1000.000", "200.000"), vat("10.00", "200.00", "20.00")),
                        new BigDecimal("1420.010"),
                        new BigDecimal("10.000"),
                        List.of(new WithholdingTotal("616", 5, 10, new BigDecimal("10.000"))),
                        new BigDecimal("1410.010"));
        List<Installment> schedule =
                List.of(
                        new Installment(
                                1,
                                ISSUED.plusDays(30),
                                new BigDecimal("700.00"),
                                List.of(
                                        discount("2.0", ISSUED.plusDays(10), "14.00"),
                                        discount("1", ISSUED.plusDays(20), "7"))),
                        new Installment(2, ISSUED.plusDays(60), new BigDecimal("700"), List.of()),
                        new Installment(
                                3,
                                ISSUED.plusDays(90),
                                new BigDecimal("10.010"),
                                List.of(discount("0.5", ISSUED.plusDays(75), "0.05"))));
        return invoice(
                "INV-A1",
                ISSUED.plusDays(30),
                lines,
                schedule,
                printed,
                Optional.of(computed),
                "1410.01",
                Optional.of("EXT-A"),
                Optional.of(new Dispute("Miktar eksik", ISSUED.plusDays(5), Optional.empty())),
                UUID.randomUUID());
    }

    /** Returns an invoice with one line and no breakdowns, computed totals or installments. */
    private InvoiceRecord invoiceB() {
        List<InvoiceLine> lines =
                List.of(
                        line(
                                "Danışmanlık",
                                "1",
                                "250.00",
                                "0",
                                Optional.empty(),
                                "0",
                                Optional.empty()));
        InvoiceTotals printed =
                new InvoiceTotals(
                        new BigDecimal("250.00"),
                        List.of(),
                        new BigDecimal("250.00"),
                        new BigDecimal("0.00"),
                        List.of(),
                        new BigDecimal("250.00"));
        return invoice(
                "INV-B2",
                ISSUED.plusDays(10),
                lines,
                List.of(),
                printed,
                Optional.empty(),
                "250.00",
                Optional.empty(),
                Optional.empty(),
                counterparty);
    }

    /**
     * Returns an invoice with computed totals whose breakdowns are empty, VAT but no withholding,
     * and one installment without discounts.
     */
    private InvoiceRecord invoiceC() {
        List<InvoiceLine> lines =
                List.of(
                        line(
                                "Çamaşır makinesi",
                                "3",
                                "100.00",
                                "10.00",
                                Optional.empty(),
                                "20",
                                Optional.empty()),
                        line(
                                "Kargo",
                                "1",
                                "30.00",
                                "0",
                                Optional.of("30.00"),
                                "20",
                                Optional.empty()));
        InvoiceTotals printed =
                new InvoiceTotals(
                        new BigDecimal("270.00"),
                        List.of(vat("20", "270.00", "54.00")),
                        new BigDecimal("324.00"),
                        new BigDecimal("0.00"),
                        List.of(),
                        new BigDecimal("324.00"));
        InvoiceTotals computed =
                new InvoiceTotals(
                        new BigDecimal("270.00"),
                        List.of(),
                        new BigDecimal("270.00"),
                        new BigDecimal("0.00"),
                        List.of(),
                        new BigDecimal("270.00"));
        List<Installment> schedule =
                List.of(
                        new Installment(
                                1, ISSUED.plusDays(20), new BigDecimal("324.00"), List.of()));
        return invoice(
                "INV-C3",
                ISSUED.plusDays(20),
                lines,
                schedule,
                printed,
                Optional.of(computed),
                "324.00",
                Optional.of("EXT-C"),
                Optional.empty(),
                counterparty);
    }

    private InvoiceRecord invoice(
            String number,
            LocalDate dueDate,
            List<InvoiceLine> lines,
            List<Installment> schedule,
            InvoiceTotals printed,
            Optional<InvoiceTotals> computed,
            String outstanding,
            Optional<String> externalReference,
            Optional<Dispute> dispute,
            UUID counterpartyId) {
        BigDecimal amount = new BigDecimal(outstanding);
        return new InvoiceRecord(
                company,
                UUID.randomUUID(),
                0,
                Direction.RECEIVABLE,
                number,
                counterpartyId,
                "TRY",
                ISSUED,
                dueDate,
                PriceBasis.VAT_EXCLUSIVE,
                lines,
                schedule,
                printed,
                computed,
                amount,
                amount.subtract(amount),
                amount.subtract(amount),
                amount.subtract(amount),
                InvoiceStatus.OPEN,
                Optional.empty(),
                dispute,
                Optional.of("NET30"),
                0,
                externalReference,
                Optional.of("key-" + number),
                STAMP);
    }

    private static InvoiceRecord withCompany(InvoiceRecord invoice, UUID companyId, UUID id) {
        return new InvoiceRecord(
                companyId,
                id,
                invoice.version(),
                invoice.direction(),
                invoice.number(),
                invoice.counterpartyId(),
                invoice.currency(),
                invoice.issueDate(),
                invoice.dueDate(),
                invoice.priceBasis(),
                invoice.lines(),
                invoice.schedule(),
                invoice.totals(),
                invoice.computedTotals(),
                invoice.outstanding(),
                invoice.settled(),
                invoice.credited(),
                invoice.writtenOff(),
                invoice.status(),
                invoice.closedOn(),
                invoice.dispute(),
                invoice.termsNotation(),
                invoice.lastDunningLevel(),
                invoice.externalReference(),
                invoice.idempotencyKey(),
                invoice.lastWrite());
    }

    private static InvoiceLine line(
            String description,
            String quantity,
            String unitPrice,
            String discountPercent,
            Optional<String> discountAmount,
            String vatPercent,
            Optional<Withholding> withholding) {
        return new InvoiceLine(
                description,
                new BigDecimal(quantity),
                new BigDecimal(unitPrice),
                new BigDecimal(discountPercent),
                discountAmount.map(BigDecimal::new),
                new BigDecimal(vatPercent),
                withholding);
    }

    private static VatTotal vat(String rate, String base, String amount) {
        return new VatTotal(new BigDecimal(rate), new BigDecimal(base), new BigDecimal(amount));
    }

    private static EarlyPaymentDiscount discount(String percent, LocalDate lastDay, String amount) {
        return new EarlyPaymentDiscount(new BigDecimal(percent), lastDay, new BigDecimal(amount));
    }

    // The per-table queries below read the child rows as the store did before it joined them.

    private List<InvoiceLine> linesByTableQuery(UUID invoiceId) throws SQLException {
        List<InvoiceLine> lines = new ArrayList<>();
        try (Connection connection = DATABASE.dataSource().getConnection();
                ResultSet rows = childRows(connection, "invoice_line", "position", invoiceId)) {
            while (rows.next()) {
                Optional<Withholding> withholding =
                        Optional.ofNullable(rows.getString("withholding_code"))
                                .map(
                                        code ->
                                                new Withholding(
                                                        code,
                                                        intValue(rows, "withholding_numerator"),
                                                        intValue(rows, "withholding_denominator")));
                lines.add(
                        new InvoiceLine(
                                rows.getString("description"),
                                rows.getBigDecimal("quantity"),
                                rows.getBigDecimal("unit_price"),
                                rows.getBigDecimal("discount_percent"),
                                Optional.ofNullable(rows.getBigDecimal("discount_amount")),
                                rows.getBigDecimal("vat_percent"),
                                withholding));
            }
        }
        return lines;
    }

    private List<VatTotal> vatByTableQuery(UUID invoiceId, boolean computed) throws SQLException {
        List<VatTotal> vat = new ArrayList<>();
        try (Connection connection = DATABASE.dataSource().getConnection();
                ResultSet rows =
                        childRows(connection, "invoice_vat_total", "position", invoiceId)) {
            while (rows.next()) {
                if (rows.getBoolean("computed") == computed) {
                    vat.add(
                            new VatTotal(
                                    rows.getBigDecimal("rate_percent"),
                                    rows.getBigDecimal("base"),
                                    rows.getBigDecimal("amount")));
                }
            }
        }
        return vat;
    }

    private List<WithholdingTotal> withholdingsByTableQuery(UUID invoiceId, boolean computed)
            throws SQLException {
        List<WithholdingTotal> withholdings = new ArrayList<>();
        try (Connection connection = DATABASE.dataSource().getConnection();
                ResultSet rows =
                        childRows(connection, "invoice_withholding_total", "position", invoiceId)) {
            while (rows.next()) {
                if (rows.getBoolean("computed") == computed) {
                    withholdings.add(
                            new WithholdingTotal(
                                    rows.getString("code"),
                                    rows.getInt("numerator"),
                                    rows.getInt("denominator"),
                                    rows.getBigDecimal("amount")));
                }
            }
        }
        return withholdings;
    }

    private List<Installment> scheduleByTableQuery(UUID invoiceId) throws SQLException {
        List<Installment> schedule = new ArrayList<>();
        try (Connection connection = DATABASE.dataSource().getConnection()) {
            try (ResultSet rows =
                    childRows(connection, "invoice_installment", "position", invoiceId)) {
                while (rows.next()) {
                    schedule.add(
                            new Installment(
                                    rows.getInt("number"),
                                    rows.getObject("due_date", LocalDate.class),
                                    rows.getBigDecimal("amount"),
                                    discountsByTableQuery(
                                            connection, invoiceId, rows.getInt("position"))));
                }
            }
        }
        return schedule;
    }

    private List<EarlyPaymentDiscount> discountsByTableQuery(
            Connection connection, UUID invoiceId, int installmentPosition) throws SQLException {
        List<EarlyPaymentDiscount> discounts = new ArrayList<>();
        try (ResultSet rows =
                childRows(connection, "invoice_installment_discount", "position", invoiceId)) {
            while (rows.next()) {
                if (rows.getInt("installment_position") == installmentPosition) {
                    discounts.add(
                            new EarlyPaymentDiscount(
                                    rows.getBigDecimal("percent"),
                                    rows.getObject("last_day", LocalDate.class),
                                    rows.getBigDecimal("amount")));
                }
            }
        }
        return discounts;
    }

    /**
     * Returns the rows of the invoice in {@code table}, ordered by {@code order}. The result set
     * closes its statement when it is closed.
     */
    private ResultSet childRows(Connection connection, String table, String order, UUID invoiceId)
            throws SQLException {
        PreparedStatement statement =
                connection.prepareStatement(
                        "SELECT * FROM "
                                + DATABASE.options().tablePrefix()
                                + table
                                + " WHERE company_id = ? AND invoice_id = ? ORDER BY "
                                + order);
        statement.closeOnCompletion();
        statement.setObject(1, company);
        statement.setObject(2, invoiceId);
        return statement.executeQuery();
    }

    private static Integer intValue(ResultSet rows, String column) {
        try {
            return rows.getInt(column);
        } catch (SQLException e) {
            throw new IllegalStateException("failed to read " + column, e);
        }
    }
}
