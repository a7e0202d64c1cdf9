package io.github.tahsilat.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.bankstatement.reconciliation.BankLineMapper;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.StoredPayment;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * Reads statements, books them against invoices made for them, and imports them again.
 *
 * <p>The Nordea camt.053 sample has six booked entries on 2019-05-08: credits of 10,000.00 EUR with
 * the Finnish reference 00000000000000001245 and of 100.50 EUR with free text only, and four debits
 * of 700.50, 300.00, 400.00 and 100.00 EUR. Invoice 1245 of 10,000.00 EUR is named by the
 * reference, so its line books. Invoice INV-2 of 100.50 EUR fits the second credit by amount only,
 * so that line stays a suggestion. The debits reverse no payment of the company.
 */
class StatementBookingTest {

    private static final String FILE = "nordea-fi-camt053v02-example.xml";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();
    private static final InvoiceContext CONTEXT =
            new InvoiceContext(RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, HELSINKI);

    private final Stores stores = InMemoryStores.create();
    private final Tahsilat engine =
            Tahsilat.builder()
                    .stores(stores)
                    .clock(Clock.fixed(Instant.parse("2019-05-09T06:00:00Z"), ZoneOffset.UTC))
                    .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                    .build();
    private final CompanyId companyId = CompanyId.random();

    private Counterparty register() {
        engine.companies()
                .register(
                        Company.builder()
                                .id(companyId)
                                .legalName("Test Company Oy")
                                .settings(
                                        new CompanySettings(
                                                Monetary.getCurrency("EUR"),
                                                HELSINKI,
                                                RoundingMode.HALF_UP,
                                                VatRounding.PER_LINE,
                                                CALENDAR))
                                .vkn(new Vkn("4540536920"))
                                .build());
        Counterparty customer =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Asiakas Oy")
                        .build();
        engine.counterparties().register(customer);
        return customer;
    }

    private Invoice issue(Counterparty customer, String number, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(LocalDate.of(2019, 4, 30))
                        .currency("EUR")
                        .terms(PaymentTermsNotation.parse("NET 14"))
                        .line(
                                InvoiceLine.of(
                                        "Consulting",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private BigDecimal outstanding(Invoice invoice) {
        return engine.invoices()
                .find(companyId, invoice.id())
                .orElseThrow()
                .invoice()
                .outstanding()
                .getNumber()
                .numberValue(BigDecimal.class);
    }

    @Test
    void sampleImportedTwiceBooksOnce() {
        Statement statement = SharedData.read("camt053", FILE).get(0);
        Counterparty customer = register();
        Invoice referenced = issue(customer, "1245", "10000.00");
        Invoice byAmount = issue(customer, "INV-2", "100.50");
        List<BankLine> lines = BankLineMapper.map(statement);
        StatementImport request =
                new StatementImport(companyId, statement.header().statementId(), lines);

        ReconciliationResult first = engine.reconciliation().importStatement(request);
        ReconciliationResult second = engine.reconciliation().importStatement(request);

        assertThat(lines).hasSize(6);
        assertThat(first.booked()).hasSize(1);
        assertThat(first.suggested()).hasSize(1);
        assertThat(first.reversalsForReview()).hasSize(4);
        assertThat(first.unmatched()).isEmpty();
        assertThat(first.alreadyBooked()).isEmpty();
        assertThat(second.booked()).isEmpty();
        assertThat(second.alreadyBooked()).hasSize(1);
        assertThat(second.suggested()).hasSize(1);
        assertThat(second.reversalsForReview()).hasSize(4);
        assertThat(outstanding(referenced)).isEqualByComparingTo("0.00");
        assertThat(outstanding(byAmount)).isEqualByComparingTo("100.50");

        PaymentId paymentId = first.booked().get(0).paymentId();
        StoredPayment payment = engine.payments().find(companyId, paymentId).orElseThrow();
        assertThat(payment.payment().amount().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("10000.00");
        assertThat(payment.payment().valueDate()).isEqualTo(LocalDate.of(2019, 5, 8));
        List<BankEntryRecord> entries =
                stores.bankEntries().ofStatement(companyId.value(), "2019-05-09-04.44.12-EUR0574");
        assertThat(entries)
                .extracting(BankEntryRecord::entryKey)
                .containsExactlyInAnyOrder(
                        "ref:FI8529501800030574:1905082588CEAA0001",
                        first.booked().get(0).key().contentKey() + "+ref");
        assertThat(entries)
                .allSatisfy(
                        entry -> {
                            assertThat(entry.decision()).isEqualTo(BankEntryDecision.BOOKED);
                            assertThat(entry.paymentId()).contains(paymentId.value());
                            assertThat(entry.amountMinor()).isEqualTo(1_000_000);
                            assertThat(entry.currency()).isEqualTo("EUR");
                        });
    }

    /**
     * Returns a camt.052 intraday report or a camt.053 statement, both version 08, with one entry
     * of 640.00 EUR paying INV-1. As in real files, the report gives the booking date as a
     * date-time and no bank reference, while the statement gives a date and the reference.
     */
    private static String document(boolean intraday) {
        String bookingDate =
                intraday
                        ? "<BookgDt><DtTm>2024-03-31T10:15:00+03:00</DtTm></BookgDt>"
                        : "<BookgDt><Dt>2024-03-31</Dt></BookgDt>";
        String details =
                "<ValDt><Dt>2024-03-31</Dt></ValDt>"
                        + (intraday ? "" : "<AcctSvcrRef>2024033100042</AcctSvcrRef>")
                        + "<NtryDtls><TxDtls><Refs><EndToEndId>E2E-77</EndToEndId></Refs>"
                        + "<RmtInf><Ustrd>Fatura INV-1</Ustrd></RmtInf></TxDtls></NtryDtls>";
        String xml =
                CamtXml.statement(
                        "08",
                        "",
                        CamtXml.entry(
                                new BigDecimal("640.00"),
                                "<Sts><Cd>BOOK</Cd></Sts>",
                                bookingDate,
                                details));
        if (!intraday) {
            return xml;
        }
        return xml.replace("camt.053", "camt.052")
                .replace("BkToCstmrStmt", "BkToCstmrAcctRpt")
                .replace("Stmt>", "Rpt>")
                .replace("<Id>STMT-1</Id>", "<Id>RPT-1</Id>");
    }

    @Test
    void intradayReportThenStatementBookOnce() {
        Counterparty customer = register();
        Invoice invoice = issue(customer, "INV-1", "640.00");
        Statement report = CamtXml.read(document(true)).get(0);
        Statement statement = CamtXml.read(document(false)).get(0);

        ReconciliationResult first =
                engine.reconciliation()
                        .importStatement(
                                new StatementImport(
                                        companyId, "RPT-1", BankLineMapper.map(report)));
        ReconciliationResult second =
                engine.reconciliation()
                        .importStatement(
                                new StatementImport(
                                        companyId, "STMT-1", BankLineMapper.map(statement)));

        assertThat(first.booked()).hasSize(1);
        assertThat(second.booked()).isEmpty();
        assertThat(second.alreadyBooked()).hasSize(1);
        assertThat(second.alreadyBooked().get(0).reason()).contains("from statement RPT-1");
        assertThat(outstanding(invoice)).isEqualByComparingTo("0.00");
        assertThat(stores.bankEntries().ofStatement(companyId.value(), "RPT-1")).hasSize(1);
        assertThat(stores.bankEntries().ofStatement(companyId.value(), "STMT-1")).isEmpty();
        assertThat(
                        stores.bankEntries()
                                .ofAccount(
                                        companyId.value(),
                                        "TR330006100519786457841326",
                                        LocalDate.of(2024, 3, 31),
                                        LocalDate.of(2024, 3, 31)))
                .singleElement()
                .satisfies(
                        entry ->
                                assertThat(entry.paymentId())
                                        .contains(first.booked().get(0).paymentId().value()));
    }
}
