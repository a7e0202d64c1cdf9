package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Counts the company reads, counterparty reads and commits of a statement import through the engine
 * on PostgreSQL, so that a read or a transaction that a booked line does not need shows up as a
 * failure.
 */
class ImportRoundTripsOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** Customers whose invoices the lines quote. A line also names the first of them. */
    private static final int CUSTOMERS = 3;

    /** Invoices per customer that a line pays by quoting its number. */
    private static final int QUOTED_PER_CUSTOMER = 2;

    private static final int BOOKED = CUSTOMERS * QUOTED_PER_CUSTOMER;

    private final CountingDataSource counting = new CountingDataSource(DATABASE.dataSource());
    private final Stores stores = JdbcStores.create(counting, DATABASE.options());
    private final Tahsilat engine =
            PostgresFixture.engine(stores, Instant.parse("2026-03-02T09:00:00Z"));
    private final CompanyId companyId = CompanyId.random();
    private StatementImport statement;

    /**
     * Registers the customers with two quoted invoices each, and an unquoted one for the first,
     * which a line pays by the customer's name alone, so the import proposes it without booking.
     */
    @BeforeEach
    void registerInvoicesAndStatement() {
        PostgresFixture.registerCompany(engine, companyId, RoundingMode.HALF_UP);
        List<BankLine> lines = new ArrayList<>();
        Counterparty named = null;
        for (int c = 0; c < CUSTOMERS; c++) {
            Counterparty customer =
                    PostgresFixture.registerCustomer(engine, companyId, "Customer " + c + " Ltd.");
            if (named == null) {
                named = customer;
            }
            for (int i = 0; i < QUOTED_PER_CUSTOMER; i++) {
                String number = "INV-" + c + "-" + i;
                String amount = (1000 + 100 * c + i) + ".00";
                issue(customer, number, amount);
                lines.add(line("Fatura " + number, amount, "R" + c + i).build());
            }
        }
        issue(named, "INV-NAMED", "777.00");
        lines.add(line("Havale", "777.00", "RNAMED").counterpartyName(named.name()).build());
        statement = new StatementImport(companyId, "STMT-1", lines);
        counting.reset();
    }

    private void issue(Counterparty customer, String number, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(DAY)
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "Boya",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(PostgresFixture.CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
    }

    private static BankLine.Builder line(String text, String amount, String reference) {
        return BankLine.builder()
                .accountId(ACCOUNT)
                .bookingDate(DAY)
                .amount(Money.of(new BigDecimal(amount), "TRY"))
                .remittanceText(text)
                .accountServicerReference(reference);
    }

    @Test
    void importBooksQuotedAndQueuesNamed() {
        ReconciliationResult result = engine.reconciliation().importStatement(statement);

        assertThat(result.booked()).hasSize(BOOKED);
        assertThat(result.suggested()).hasSize(1);
    }

    @Test
    void bookedLineCommitsOnce() {
        engine.reconciliation().importStatement(statement);

        // One transaction per booked line and one that queues the proposed line. Reads outside a
        // transaction run in autocommit mode and commit nothing.
        assertThat(counting.commits()).isEqualTo(BOOKED + 1);
    }

    @Test
    void bookedLineReadsCompanyOnce() {
        engine.reconciliation().importStatement(statement);

        // The import checks the company once, and each booked line reads it in its transaction.
        assertThat(counting.executions(sql -> sql.contains("company_bank_account")))
                .isEqualTo(1 + BOOKED);
    }

    @Test
    void candidateOwnersReadInOneStatement() {
        engine.reconciliation().importStatement(statement);

        // The name look-up reads the named customer. The owners of the other candidates are read
        // with one statement, and each booked line checks its counterparty in its transaction.
        assertThat(counting.executions(sql -> sql.contains("counterparty c WHERE")))
                .isEqualTo(1 + 1 + BOOKED);
        assertThat(counting.executions(sql -> sql.contains("c.id = ANY(?)"))).isEqualTo(1);
    }
}
