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
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BatchBooking;
import io.github.tahsilat.reconciliation.ManualMatch;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.AlreadyBookedLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementApplier;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * PostFinance's camt.054 notification of 2016-05-27 splits a batch credit of 620.00 CHF (bank
 * reference 20160527007602769947016000000012, {@code NbOfTxs} 8) into eight transactions of 50.00,
 * 20.00, 100.00, 100.00, 30.00, 50.00, 20.00 and 250.00 CHF, each with its own bank reference. Its
 * camt.053 example statement books the same entry with the same eight transactions. A person books
 * each notified transaction against an invoice of its amount, then the statement is imported: as
 * the file is, and with the batch entry's transactions removed, as banks that report a batch total
 * with its count only do.
 */
class NotifiedBatchSamplesTest {

    private static final String NOTIFICATION = "postfinance-ch-camt054v04-es-batch.xml";
    private static final String STATEMENT = "postfinance-ch-camt053v04-example.xml";
    private static final String NOTIFICATION_ID = "20160527375204000015643";
    private static final String BATCH_REFERENCE = "20160527007602769947016000000012";
    private static final LocalDate DAY = LocalDate.of(2016, 5, 27);
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();
    private static final InvoiceContext CONTEXT =
            new InvoiceContext(RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, ZURICH);
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2016-05-30T06:00:00Z"), ZoneOffset.UTC);

    private final Stores stores = InMemoryStores.create();
    private final Tahsilat engine =
            Tahsilat.builder()
                    .stores(stores)
                    .clock(CLOCK)
                    .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                    .build();
    private final CompanyId companyId = CompanyId.random();
    private final Counterparty customer;

    NotifiedBatchSamplesTest() {
        engine.companies()
                .register(
                        Company.builder()
                                .id(companyId)
                                .legalName("Robert Schneider SA")
                                .settings(
                                        new CompanySettings(
                                                Monetary.getCurrency("CHF"),
                                                ZURICH,
                                                RoundingMode.HALF_UP,
                                                VatRounding.PER_LINE,
                                                CALENDAR))
                                .vkn(new Vkn("4540536920"))
                                .build());
        customer =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Muster Kunden")
                        .build();
        engine.counterparties().register(customer);
    }

    private Invoice issue(String number, MonetaryAmount amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(LocalDate.of(2016, 5, 1))
                        .currency("CHF")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "Ware",
                                        BigDecimal.ONE,
                                        amount.getNumber().numberValue(BigDecimal.class),
                                        BigDecimal.ZERO))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    /** Books each notified transaction against a new invoice of its amount, as a person would. */
    private List<Invoice> bookNotificationByHand() {
        Statement notification = SharedData.read("camt053", NOTIFICATION).get(0);
        assertThat(notification.header().statementId()).isEqualTo(NOTIFICATION_ID);
        List<BankLine> lines = BankLineMapper.map(notification);
        List<BankEntryKey> keys = BankEntryKey.forStatement(lines);
        StatementApplier applier = engine.reconciliation().applier(companyId, NOTIFICATION_ID);
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Invoice invoice = issue("ES-" + (i + 1), lines.get(i).amount());
            invoices.add(invoice);
            ManualMatch match =
                    ManualMatch.by(
                            Actor.user("clerk-3"),
                            CLOCK,
                            keys.get(i),
                            Map.of(invoice.id(), lines.get(i).amount()));
            assertThat(applier.apply(lines.get(i), match)).isTrue();
        }
        return invoices;
    }

    private ReconciliationResult importStatement(String xml) {
        Statement statement = CamtXml.read(xml).get(0);
        return engine.reconciliation()
                .importStatement(
                        new StatementImport(
                                companyId,
                                statement.header().statementId(),
                                BankLineMapper.map(statement)));
    }

    private static String statementText() throws IOException {
        return Files.readString(SharedData.file("camt053", STATEMENT), StandardCharsets.UTF_8);
    }

    /** Removes the transactions of the batch entry, leaving its total and {@code NbOfTxs}. */
    private static String withBatchTotalOnly(String xml) {
        int entry = xml.indexOf("<AcctSvcrRef>" + BATCH_REFERENCE + "</AcctSvcrRef>");
        int first = xml.indexOf("<TxDtls>", entry);
        int end = xml.indexOf("</NtryDtls>", entry);
        int last = xml.lastIndexOf("</TxDtls>", end) + "</TxDtls>".length();
        assertThat(entry).isPositive();
        assertThat(first).isBetween(entry, end);
        return xml.substring(0, first) + xml.substring(last);
    }

    private long paymentsRecorded() {
        return stores.events().readAfter(companyId.value(), 0, 10_000).items().stream()
                .filter(event -> event.type().equals(EventTypes.PAYMENT_RECORDED))
                .count();
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

    private static List<AlreadyBookedLine> ofDay(ReconciliationResult result) {
        return result.alreadyBooked().stream()
                .filter(line -> line.line().bookingDate().equals(DAY))
                .filter(line -> line.line().amount().isPositive())
                .toList();
    }

    @Test
    void notificationMapsToEightLines() {
        List<BankLine> lines = BankLineMapper.map(SharedData.read("camt053", NOTIFICATION).get(0));

        assertThat(lines).hasSize(8);
        assertThat(lines)
                .extracting(line -> line.amount().getNumber().numberValue(BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("50.00"),
                        new BigDecimal("20.00"),
                        new BigDecimal("100.00"),
                        new BigDecimal("100.00"),
                        new BigDecimal("30.00"),
                        new BigDecimal("50.00"),
                        new BigDecimal("20.00"),
                        new BigDecimal("250.00"));
        assertThat(lines).allSatisfy(line -> assertThat(line.batch()).isEmpty());
        assertThat(lines.get(0).accountServicerReference()).contains("160527CH00T2UENT");
    }

    @Nested
    class StatementWithTransactions {

        @Test
        void notifiedTransactionsBookOnce() throws IOException {
            List<Invoice> invoices = bookNotificationByHand();

            ReconciliationResult stated = importStatement(statementText());

            List<AlreadyBookedLine> notified =
                    stated.alreadyBooked().stream()
                            .filter(line -> line.reason().contains(NOTIFICATION_ID))
                            .toList();
            assertThat(notified).hasSize(8);
            assertThat(notified)
                    .allSatisfy(
                            line ->
                                    assertThat(line.reason())
                                            .startsWith("booked as payment ")
                                            .contains(
                                                    "from statement "
                                                            + NOTIFICATION_ID
                                                            + " by clerk-3"));
            assertThat(stated.booked()).isEmpty();
            assertThat(paymentsRecorded()).isEqualTo(8);
            assertThat(invoices).allSatisfy(i -> assertThat(outstanding(i)).isZero());
        }
    }

    @Nested
    class StatementWithBatchTotalOnly {

        @Test
        void totalMapsToOneBatchLine() throws IOException {
            List<BankLine> batchLines =
                    BankLineMapper.map(CamtXml.read(withBatchTotalOnly(statementText())).get(0))
                            .stream()
                            .filter(line -> line.batch().isPresent())
                            .toList();

            assertThat(batchLines).hasSize(1);
            BankLine total = batchLines.get(0);
            assertThat(total.amount()).isEqualTo(Money.of(new BigDecimal("620.00"), "CHF"));
            assertThat(total.accountServicerReference()).contains(BATCH_REFERENCE);
            assertThat(total.bookingDate()).isEqualTo(DAY);
            assertThat(total.batch()).contains(BatchBooking.ofCount(8));
        }

        @Test
        void totalSettledByNotification() throws IOException {
            List<Invoice> invoices = bookNotificationByHand();

            ReconciliationResult stated = importStatement(withBatchTotalOnly(statementText()));

            List<AlreadyBookedLine> settled =
                    stated.alreadyBooked().stream()
                            .filter(line -> line.line().batch().isPresent())
                            .toList();
            assertThat(settled).hasSize(1);
            assertThat(settled.get(0).line().accountServicerReference()).contains(BATCH_REFERENCE);
            assertThat(settled.get(0).reason())
                    .startsWith(
                            "settled by "
                                    + NOTIFICATION_ID
                                    + ", which booked the batch's 8 transactions of CHF 620.00"
                                    + " in total one by one: payment ");
            assertThat(settled.get(0).reason().split("payment ", -1)).hasSize(9);
            assertThat(ofDay(stated)).hasSize(1);
            assertThat(stated.booked()).isEmpty();
            assertThat(stated.unmatched())
                    .noneSatisfy(
                            line ->
                                    assertThat(line.line().accountServicerReference())
                                            .isEqualTo(Optional.of(BATCH_REFERENCE)));
            assertThat(paymentsRecorded()).isEqualTo(8);
            assertThat(invoices).allSatisfy(i -> assertThat(outstanding(i)).isZero());
        }

        @Test
        void totalWithoutNotificationNotSettled() throws IOException {
            ReconciliationResult stated = importStatement(withBatchTotalOnly(statementText()));

            assertThat(stated.alreadyBooked()).isEmpty();
            assertThat(paymentsRecorded()).isZero();
        }
    }
}
