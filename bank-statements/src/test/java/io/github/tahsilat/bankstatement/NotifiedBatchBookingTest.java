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
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BatchBooking;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.AlreadyBookedLine;
import io.github.tahsilat.service.reconciliation.BookedLine;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A camt.054 notification splits a batch credit into its two transactions, and the camt.053
 * statement of the day books the same batch as one entry. As in real files, only the statement
 * carries the bank's reference (AcctSvcrRef), and the notification gives the booking date as a
 * date-time. The transactions pay INV-1 (300.00 EUR, end-to-end id E2E-1) and INV-2 (200.00 EUR,
 * E2E-2), 500.00 EUR in all.
 */
class NotifiedBatchBookingTest {

    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();
    private static final InvoiceContext CONTEXT =
            new InvoiceContext(RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, ISTANBUL);

    private static final String TRANSACTIONS =
            transaction("300.00", "E2E-1", "Fatura INV-1")
                    + transaction("200.00", "E2E-2", "Fatura INV-2");

    private final Stores stores = InMemoryStores.create();
    private final Tahsilat engine =
            Tahsilat.builder()
                    .stores(stores)
                    .clock(Clock.fixed(Instant.parse("2024-04-01T06:00:00Z"), ZoneOffset.UTC))
                    .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                    .build();
    private final CompanyId companyId = CompanyId.random();
    private final Invoice first;
    private final Invoice second;

    NotifiedBatchBookingTest() {
        engine.companies()
                .register(
                        Company.builder()
                                .id(companyId)
                                .legalName("Örnek Tekstil A.Ş.")
                                .settings(
                                        new CompanySettings(
                                                Monetary.getCurrency("EUR"),
                                                ISTANBUL,
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
                        .name("Ege Boya Ltd.")
                        .build();
        engine.counterparties().register(customer);
        first = issue(customer, "INV-1", "300.00");
        second = issue(customer, "INV-2", "200.00");
    }

    private Invoice issue(Counterparty customer, String number, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(LocalDate.of(2024, 3, 1))
                        .currency("EUR")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "Boya",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private static String transaction(String amount, String endToEndId, String text) {
        return "<TxDtls><Refs><EndToEndId>"
                + endToEndId
                + "</EndToEndId></Refs><Amt Ccy=\"EUR\">"
                + amount
                + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><RmtInf><Ustrd>"
                + text
                + "</Ustrd></RmtInf></TxDtls>";
    }

    /** Returns the camt.054 notification: the batch split, no AcctSvcrRef, a date-time. */
    private static String notification() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\">\n"
                + "<BkToCstmrDbtCdtNtfctn>\n"
                + "<GrpHdr><MsgId>NTF-MSG</MsgId><CreDtTm>2024-03-31T10:16:00+03:00</CreDtTm>"
                + "</GrpHdr>\n"
                + "<Ntfctn><Id>NTF-1</Id><CreDtTm>2024-03-31T10:16:00+03:00</CreDtTm>\n"
                + "<Acct><Id><IBAN>"
                + ACCOUNT
                + "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
                + "<Ntry><Amt Ccy=\"EUR\">500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<Sts><Cd>BOOK</Cd></Sts>"
                + "<BookgDt><DtTm>2024-03-31T10:15:00+03:00</DtTm></BookgDt>"
                + "<ValDt><Dt>2024-03-31</Dt></ValDt>"
                + "<NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>"
                + TRANSACTIONS
                + "</NtryDtls></Ntry>\n"
                + "</Ntfctn>\n</BkToCstmrDbtCdtNtfctn>\n</Document>\n";
    }

    /**
     * Returns the camt.053 statement: the batch as one entry with the bank's reference, with its
     * transactions when {@code withTransactions}, else with the batch count only.
     */
    private static String statement(boolean withTransactions) {
        String details =
                "<ValDt><Dt>2024-03-31</Dt></ValDt>"
                        + "<AcctSvcrRef>2024033100077</AcctSvcrRef>"
                        + "<NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>"
                        + (withTransactions ? TRANSACTIONS : "")
                        + "</NtryDtls>";
        return CamtXml.statement(
                "08",
                "",
                CamtXml.entry(
                        new BigDecimal("500.00"),
                        "<Sts><Cd>BOOK</Cd></Sts>",
                        "<BookgDt><Dt>2024-03-31</Dt></BookgDt>",
                        details));
    }

    private ReconciliationResult importDocument(String statementId, String xml) {
        List<BankLine> lines = BankLineMapper.map(CamtXml.read(xml).get(0));
        return engine.reconciliation()
                .importStatement(new StatementImport(companyId, statementId, lines));
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

    private long paymentsRecorded() {
        return stores.events().readAfter(companyId.value(), 0, 10_000).items().stream()
                .filter(event -> event.type().equals(EventTypes.PAYMENT_RECORDED))
                .count();
    }

    private List<BankEntryRecord> entriesOfTheDay() {
        LocalDate day = LocalDate.of(2024, 3, 31);
        return stores.bankEntries().ofAccount(companyId.value(), ACCOUNT, day, day);
    }

    private void assertNotificationBookedBoth(ReconciliationResult notified) {
        assertThat(notified.booked()).hasSize(2);
        assertThat(notified.booked())
                .extracting(BookedLine::line)
                .extracting(line -> line.amount().getNumber().numberValue(BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("300.00"), new BigDecimal("200.00"));
        assertThat(notified.booked())
                .extracting(booked -> booked.line().bookingDate())
                .containsOnly(LocalDate.of(2024, 3, 31));
        assertThat(outstanding(first)).isEqualByComparingTo("0.00");
        assertThat(outstanding(second)).isEqualByComparingTo("0.00");
        assertThat(paymentsRecorded()).isEqualTo(2);
    }

    @Nested
    class StatementWithTransactions {

        @Test
        void notifiedBatchBooksOnce() {
            ReconciliationResult notified = importDocument("NTF-1", notification());
            ReconciliationResult stated = importDocument("STMT-1", statement(true));

            assertNotificationBookedBoth(notified);
            assertThat(stated.booked()).isEmpty();
            assertThat(stated.suggested()).isEmpty();
            assertThat(stated.unmatched()).isEmpty();
            assertThat(stated.alreadyBooked()).hasSize(2);
            assertThat(stated.alreadyBooked())
                    .allSatisfy(line -> assertThat(line.reason()).contains("from statement NTF-1"));
            assertThat(paymentsRecorded()).isEqualTo(2);
            assertThat(entriesOfTheDay()).hasSize(2);
            assertThat(stores.bankEntries().ofStatement(companyId.value(), "STMT-1")).isEmpty();
        }

        @Test
        void statementImportedTwiceBooksOnce() {
            importDocument("NTF-1", notification());
            importDocument("STMT-1", statement(true));

            ReconciliationResult again = importDocument("STMT-1", statement(true));

            assertThat(again.booked()).isEmpty();
            assertThat(again.alreadyBooked()).hasSize(2);
            assertThat(paymentsRecorded()).isEqualTo(2);
            assertThat(outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(outstanding(second)).isEqualByComparingTo("0.00");
        }
    }

    @Nested
    class StatementWithBatchTotalOnly {

        @Test
        void batchTotalSettledByNotification() {
            ReconciliationResult notified = importDocument("NTF-1", notification());
            ReconciliationResult stated = importDocument("STMT-1", statement(false));

            assertNotificationBookedBoth(notified);
            assertThat(stated.booked()).isEmpty();
            assertThat(stated.suggested()).isEmpty();
            assertThat(stated.unmatched()).isEmpty();
            assertThat(stated.alreadyBooked()).hasSize(1);
            AlreadyBookedLine total = stated.alreadyBooked().get(0);
            assertThat(total.line().batch()).contains(BatchBooking.ofCount(2));
            assertThat(total.line().amount().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo("500.00");
            assertThat(total.reason())
                    .startsWith(
                            "settled by NTF-1, which booked the batch's 2 transactions of EUR"
                                    + " 500.00 in total one by one: payment ")
                    .contains("payment " + paymentOf(notified, "300.00"))
                    .contains("payment " + paymentOf(notified, "200.00"));
            assertThat(paymentsRecorded()).isEqualTo(2);
            assertThat(entriesOfTheDay()).hasSize(2);
            assertThat(stores.bankEntries().ofStatement(companyId.value(), "STMT-1")).isEmpty();
        }

        @Test
        void settledTotalImportedTwiceBooksNothing() {
            importDocument("NTF-1", notification());
            importDocument("STMT-1", statement(false));

            ReconciliationResult again = importDocument("STMT-1", statement(false));

            assertThat(again.alreadyBooked()).hasSize(1);
            assertThat(again.alreadyBooked().get(0).reason()).startsWith("settled by NTF-1,");
            assertThat(again.unmatched()).isEmpty();
            assertThat(paymentsRecorded()).isEqualTo(2);
        }

        @Test
        void totalWithoutNotificationStaysUnmatched() {
            ReconciliationResult stated = importDocument("STMT-1", statement(false));

            assertThat(stated.alreadyBooked()).isEmpty();
            assertThat(stated.booked()).isEmpty();
            assertThat(stated.unmatched()).hasSize(1);
            assertThat(paymentsRecorded()).isZero();
        }

        private String paymentOf(ReconciliationResult notified, String amount) {
            return notified.booked().stream()
                    .filter(
                            booked ->
                                    booked.line()
                                                    .amount()
                                                    .getNumber()
                                                    .numberValue(BigDecimal.class)
                                                    .compareTo(new BigDecimal(amount))
                                            == 0)
                    .findFirst()
                    .orElseThrow()
                    .paymentId()
                    .toString();
        }
    }
}
