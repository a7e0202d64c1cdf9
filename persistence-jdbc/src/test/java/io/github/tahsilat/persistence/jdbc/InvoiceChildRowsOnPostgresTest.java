package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.Direction;
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
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invoice updates that rewrite only the child tables whose rows change. The tests tell a rewritten
 * row from a kept one by its {@code xmin}, the id of the transaction that inserted it.
 */
class InvoiceChildRowsOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final WriteStamp STAMP =
            new WriteStamp(Actor.system("import"), Instant.parse("2026-03-02T10:15:30Z"));
    private static final WriteStamp PAID_STAMP =
            new WriteStamp(Actor.system("bank"), Instant.parse("2026-03-20T08:00:00Z"));
    private static final List<String> CHILD_TABLES =
            List.of(
                    "invoice_line",
                    "invoice_vat_total",
                    "invoice_withholding_total",
                    "invoice_installment",
                    "invoice_installment_discount");

    private Stores stores;
    private InvoiceStore invoices;
    private UUID company;

    @BeforeEach
    void createStores() {
        stores = DATABASE.stores();
        invoices = stores.invoices();
        company = UUID.randomUUID();
    }

    @Test
    void paymentAfterReadKeepsEveryChildRow() throws SQLException {
        InvoiceRecord stored = invoices.insert(company, invoice("INV-1"));
        Map<String, List<String>> before = childRowVersions(stored.id());

        InvoiceRecord updated =
                stores.transactions()
                        .inTransaction(
                                () -> {
                                    InvoiceRecord read = invoices.find(company, stored.id()).get();
                                    return invoices.update(company, partlyPaid(read, "700.00"));
                                });

        assertThat(childRowVersions(stored.id())).isEqualTo(before);
        InvoiceRecord reread = invoices.find(company, stored.id()).get();
        assertThat(reread).isEqualTo(updated);
        assertThat(reread.outstanding()).isEqualByComparingTo("700.00");
        assertThat(reread.lines()).isEqualTo(stored.lines());
        assertThat(reread.totals()).isEqualTo(stored.totals());
        assertThat(reread.computedTotals()).isEqualTo(stored.computedTotals());
        assertThat(reread.schedule()).isEqualTo(stored.schedule());
    }

    @Test
    void changedScheduleRewritesOnlyInstallments() throws SQLException {
        InvoiceRecord stored = invoices.insert(company, invoice("INV-2"));
        Map<String, List<String>> before = childRowVersions(stored.id());
        List<Installment> schedule =
                List.of(
                        new Installment(
                                1, ISSUED.plusDays(45), new BigDecimal("1100.00"), List.of()));

        stores.transactions()
                .inTransaction(
                        () -> {
                            InvoiceRecord read = invoices.find(company, stored.id()).get();
                            return invoices.update(company, withSchedule(read, schedule));
                        });

        Map<String, List<String>> after = childRowVersions(stored.id());
        assertThat(after.get("invoice_line")).isEqualTo(before.get("invoice_line"));
        assertThat(after.get("invoice_vat_total")).isEqualTo(before.get("invoice_vat_total"));
        assertThat(after.get("invoice_withholding_total"))
                .isEqualTo(before.get("invoice_withholding_total"));
        assertThat(after.get("invoice_installment"))
                .hasSize(1)
                .doesNotContainAnyElementsOf(before.get("invoice_installment"));
        assertThat(after.get("invoice_installment_discount")).isEmpty();
        InvoiceRecord reread = invoices.find(company, stored.id()).get();
        assertThat(reread.schedule()).isEqualTo(schedule);
        assertThat(reread.lines()).isEqualTo(stored.lines());
    }

    @Test
    void changedLinesRewriteLinesAndBreakdowns() throws SQLException {
        InvoiceRecord stored = invoices.insert(company, invoice("INV-3"));
        Map<String, List<String>> before = childRowVersions(stored.id());
        InvoiceLine line =
                new InvoiceLine(
                        "Keten kumaş",
                        new BigDecimal("2.000"),
                        new BigDecimal("500.000000"),
                        new BigDecimal("0.00"),
                        new BigDecimal("20.00"),
                        Optional.of(new Withholding("616", 5, 10)));

        stores.transactions()
                .inTransaction(
                        () -> {
                            InvoiceRecord read = invoices.find(company, stored.id()).get();
                            return invoices.update(company, withLines(read, List.of(line)));
                        });

        Map<String, List<String>> after = childRowVersions(stored.id());
        assertThat(after.get("invoice_line"))
                .hasSize(1)
                .doesNotContainAnyElementsOf(before.get("invoice_line"));
        assertThat(after.get("invoice_vat_total"))
                .hasSize(2)
                .doesNotContainAnyElementsOf(before.get("invoice_vat_total"));
        assertThat(after.get("invoice_installment")).isEqualTo(before.get("invoice_installment"));
        assertThat(after.get("invoice_installment_discount"))
                .isEqualTo(before.get("invoice_installment_discount"));
        InvoiceRecord reread = invoices.find(company, stored.id()).get();
        assertThat(reread.lines()).containsExactly(line);
        assertThat(reread.totals()).isEqualTo(stored.totals());
        assertThat(reread.computedTotals()).isEqualTo(stored.computedTotals());
    }

    @Test
    void updateWithoutReadRewritesChildren() throws SQLException {
        InvoiceRecord stored = invoices.insert(company, invoice("INV-4"));
        Map<String, List<String>> before = childRowVersions(stored.id());

        InvoiceRecord updated = invoices.update(company, partlyPaid(stored, "100.00"));

        Map<String, List<String>> after = childRowVersions(stored.id());
        assertThat(after.get("invoice_line"))
                .doesNotContainAnyElementsOf(before.get("invoice_line"));
        assertThat(after.get("invoice_installment"))
                .doesNotContainAnyElementsOf(before.get("invoice_installment"));
        assertThat(invoices.find(company, stored.id())).contains(updated);
    }

    @Test
    void secondUpdateInTransactionKeepsWrittenRows() throws SQLException {
        InvoiceRecord stored = invoices.insert(company, invoice("INV-5"));
        List<Installment> schedule =
                List.of(
                        new Installment(
                                1, ISSUED.plusDays(60), new BigDecimal("1100.00"), List.of()));

        InvoiceRecord updated =
                stores.transactions()
                        .inTransaction(
                                () -> {
                                    InvoiceRecord read = invoices.find(company, stored.id()).get();
                                    InvoiceRecord first =
                                            invoices.update(company, withSchedule(read, schedule));
                                    return invoices.update(company, partlyPaid(first, "0.00"));
                                });

        InvoiceRecord reread = invoices.find(company, stored.id()).get();
        assertThat(reread).isEqualTo(updated);
        assertThat(reread.version()).isEqualTo(3);
        assertThat(reread.schedule()).isEqualTo(schedule);
        assertThat(reread.lines()).isEqualTo(stored.lines());
    }

    @Test
    void failedTransactionLeavesInvoiceUnchanged() throws SQLException {
        InvoiceRecord stored = invoices.insert(company, invoice("INV-6"));
        Map<String, List<String>> before = childRowVersions(stored.id());
        List<Installment> schedule =
                List.of(
                        new Installment(
                                1, ISSUED.plusDays(60), new BigDecimal("1100.00"), List.of()));

        assertThatThrownBy(
                        () ->
                                stores.transactions()
                                        .inTransaction(
                                                () -> {
                                                    InvoiceRecord read =
                                                            invoices.find(company, stored.id())
                                                                    .get();
                                                    invoices.update(
                                                            company,
                                                            withSchedule(
                                                                    partlyPaid(read, "0.00"),
                                                                    schedule));
                                                    throw new IllegalStateException(
                                                            "bank entry rejected");
                                                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bank entry rejected");

        assertThat(invoices.find(company, stored.id())).contains(stored);
        assertThat(childRowVersions(stored.id())).isEqualTo(before);
    }

    @Test
    void staleReadStillFailsTheUpdate() {
        InvoiceRecord stored = invoices.insert(company, invoice("INV-7"));
        invoices.update(company, partlyPaid(stored, "900.00"));

        assertThatThrownBy(
                        () ->
                                stores.transactions()
                                        .inTransaction(
                                                () ->
                                                        invoices.update(
                                                                company,
                                                                partlyPaid(stored, "800.00"))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(invoices.find(company, stored.id()).get().outstanding())
                .isEqualByComparingTo("900.00");
    }

    /** Returns the {@code xmin} of each child row of the invoice, in physical order, by table. */
    private Map<String, List<String>> childRowVersions(UUID invoiceId) throws SQLException {
        Map<String, List<String>> versions = new TreeMap<>();
        String prefix = DATABASE.options().tablePrefix();
        try (Connection connection = DATABASE.dataSource().getConnection()) {
            for (String table : CHILD_TABLES) {
                String sql =
                        "SELECT xmin::text FROM "
                                + prefix
                                + table
                                + " WHERE company_id = ? AND invoice_id = ? ORDER BY ctid";
                List<String> rows = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setObject(1, company);
                    statement.setObject(2, invoiceId);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            rows.add(result.getString(1));
                        }
                    }
                }
                versions.put(table, rows);
            }
        }
        return versions;
    }

    /**
     * Returns an open receivable of 1,200.00 TRY gross, 1,100.00 receivable after withholding, with
     * one line, VAT and withholding breakdowns, computed totals and two installments.
     */
    private InvoiceRecord invoice(String number) {
        InvoiceLine line =
                new InvoiceLine(
                        "Pamuklu kumaş",
                        new BigDecimal("1.500"),
                        new BigDecimal("666.666700"),
                        new BigDecimal("0.00"),
                        new BigDecimal("20.00"),
                        Optional.of(new Withholding("616", 5, 10)));
        InvoiceTotals totals =
                new InvoiceTotals(
                        new BigDecimal("1000.00"),
                        List.of(
                                new VatTotal(
                                        new BigDecimal("20.00"),
                                        new BigDecimal("1000.00"),
                                        new BigDecimal("200.00"))),
                        new BigDecimal("1200.00"),
                        new BigDecimal("100.00"),
                        List.of(new WithholdingTotal("616", 5, 10, new BigDecimal("100.00"))),
                        new BigDecimal("1100.00"));
        List<Installment> schedule =
                List.of(
                        new Installment(
                                1,
                                ISSUED.plusDays(30),
                                new BigDecimal("600.00"),
                                List.of(
                                        new EarlyPaymentDiscount(
                                                new BigDecimal("2.0"),
                                                ISSUED.plusDays(10),
                                                new BigDecimal("12.00")))),
                        new Installment(
                                2, ISSUED.plusDays(60), new BigDecimal("500.00"), List.of()));
        return new InvoiceRecord(
                company,
                UUID.randomUUID(),
                0,
                Direction.RECEIVABLE,
                number,
                UUID.randomUUID(),
                "TRY",
                ISSUED,
                ISSUED.plusDays(30),
                PriceBasis.VAT_EXCLUSIVE,
                List.of(line),
                schedule,
                totals,
                Optional.of(totals),
                new BigDecimal("1100.00"),
                new BigDecimal("0.00"),
                new BigDecimal("0.00"),
                new BigDecimal("0.00"),
                InvoiceStatus.OPEN,
                Optional.empty(),
                Optional.empty(),
                Optional.of("NET30"),
                0,
                Optional.empty(),
                Optional.empty(),
                STAMP);
    }

    /** Returns a copy with {@code outstanding} left and the rest of 1,100.00 settled. */
    private static InvoiceRecord partlyPaid(InvoiceRecord invoice, String outstanding) {
        BigDecimal left = new BigDecimal(outstanding);
        boolean paid = left.signum() == 0;
        return copy(
                invoice,
                invoice.lines(),
                invoice.schedule(),
                left,
                invoice.totals().receivable().subtract(left),
                paid ? InvoiceStatus.PAID : InvoiceStatus.OPEN,
                paid ? Optional.of(ISSUED.plusDays(18)) : Optional.empty());
    }

    private static InvoiceRecord withSchedule(InvoiceRecord invoice, List<Installment> schedule) {
        return copy(
                invoice,
                invoice.lines(),
                schedule,
                invoice.outstanding(),
                invoice.settled(),
                invoice.status(),
                invoice.closedOn());
    }

    private static InvoiceRecord withLines(InvoiceRecord invoice, List<InvoiceLine> lines) {
        return copy(
                invoice,
                lines,
                invoice.schedule(),
                invoice.outstanding(),
                invoice.settled(),
                invoice.status(),
                invoice.closedOn());
    }

    private static InvoiceRecord copy(
            InvoiceRecord invoice,
            List<InvoiceLine> lines,
            List<Installment> schedule,
            BigDecimal outstanding,
            BigDecimal settled,
            InvoiceStatus status,
            Optional<LocalDate> closedOn) {
        return new InvoiceRecord(
                invoice.companyId(),
                invoice.id(),
                invoice.version(),
                invoice.direction(),
                invoice.number(),
                invoice.counterpartyId(),
                invoice.currency(),
                invoice.issueDate(),
                invoice.dueDate(),
                invoice.priceBasis(),
                lines,
                schedule,
                invoice.totals(),
                invoice.computedTotals(),
                outstanding,
                settled,
                invoice.credited(),
                invoice.writtenOff(),
                status,
                closedOn,
                invoice.dispute(),
                invoice.termsNotation(),
                invoice.lastDunningLevel(),
                invoice.externalReference(),
                invoice.idempotencyKey(),
                PAID_STAMP);
    }
}
