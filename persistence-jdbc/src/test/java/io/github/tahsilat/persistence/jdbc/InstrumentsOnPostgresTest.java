package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.instrument.InstrumentReceipt;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.instrument.StoredInstrument;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Receives, clears, bounces and endorses cheques through the engine on PostgreSQL: the engine's
 * instrument scenarios, with the JDBC stores in place of the in-memory ones. Each test has a
 * company of its own in one database.
 */
class InstrumentsOnPostgresTest {

    @RegisterExtension static final FreshDatabase DATABASE = new FreshDatabase();

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 21);
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();
    private static final InvoiceContext CONTEXT =
            new InvoiceContext(RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, ISTANBUL);

    private final Stores stores = JdbcStores.create(DATABASE.dataSource(), DATABASE.options());
    private final Tahsilat engine =
            Tahsilat.builder()
                    .stores(stores)
                    .clock(Clock.fixed(Instant.parse("2025-10-21T09:00:00Z"), ZoneOffset.UTC))
                    .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                    .build();
    private final CompanyId companyId = CompanyId.random();
    private Counterparty customer;
    private Invoice older;
    private Invoice newer;

    @BeforeEach
    void issueTwoInvoices() {
        engine.companies()
                .register(
                        Company.builder()
                                .id(companyId)
                                .legalName("Anadolu Tekstil A.Ş.")
                                .settings(
                                        new CompanySettings(
                                                Monetary.getCurrency("TRY"),
                                                ISTANBUL,
                                                RoundingMode.HALF_EVEN,
                                                VatRounding.PER_LINE,
                                                CALENDAR))
                                .vkn(new Vkn("4540536920"))
                                .addBankAccount(
                                        new BankAccount(
                                                new Iban("TR330006100519786457841326"),
                                                "Ziraat Bankası",
                                                Monetary.getCurrency("TRY")))
                                .build());
        customer = counterparty(CounterpartyKind.CUSTOMER, "Ayşe Yılmaz");
        older = issued("INV-1", "1000.00", 60);
        newer = issued("INV-2", "500.00", 30);
    }

    private Counterparty counterparty(CounterpartyKind kind, String name) {
        Counterparty counterparty =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(kind)
                        .name(name)
                        .build();
        engine.counterparties().register(counterparty);
        return counterparty;
    }

    private static MonetaryAmount lira(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    private Invoice issued(String number, String amount, int daysAgo) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY.minusDays(daysAgo))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 10"))
                        .line(
                                InvoiceLine.of(
                                        "Pamuklu kumaş",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private InstrumentReceipt receive(InstrumentId id, String amount) {
        InstrumentRequest cheque =
                new InstrumentRequest(
                        id,
                        companyId,
                        customer.id(),
                        InstrumentKind.CHEQUE,
                        "ÇEK-0042",
                        "Ayşe Yılmaz, Ziraat Bankası Kadıköy",
                        TODAY,
                        TODAY.plusDays(60),
                        lira(amount));
        return engine.instruments().receive(cheque, List.of(), AllocationPolicy.defaults());
    }

    private Invoice stored(Invoice invoice) {
        return engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice();
    }

    private MonetaryAmount balance() {
        return engine.payments()
                .balance(
                        companyId,
                        customer.id(),
                        Monetary.getCurrency("TRY"),
                        TODAY.plusYears(1),
                        Instant.parse("2025-10-21T09:00:00Z"));
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    private int eventCount() {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().size();
    }

    @Nested
    class Receipt {

        @Test
        void receiptAllocatesOldestFirst() {
            InstrumentReceipt receipt = receive(InstrumentId.random(), "1200.00");

            List<ItemSettlement> settlements = receipt.allocation().settlements();
            assertThat(receipt.repeated()).isFalse();
            assertThat(receipt.instrument().status()).isEqualTo(InstrumentStatus.IN_PORTFOLIO);
            assertThat(settlements)
                    .extracting(ItemSettlement::invoiceId)
                    .containsExactly(older.id(), newer.id());
            assertThat(settlements.get(0).principal()).isEqualTo(lira("1000.00"));
            assertThat(settlements.get(1).principal()).isEqualTo(lira("200.00"));
            assertThat(balance()).isEqualTo(lira("300.00"));
            assertThat(events("InstrumentReceived")).hasSize(1);
        }

        @Test
        void coveredItemsStayUncollected() {
            receive(InstrumentId.random(), "1200.00");

            assertThat(stored(older).outstanding()).isEqualTo(lira("1000.00"));
            assertThat(stored(older).status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(stored(newer).outstanding()).isEqualTo(lira("500.00"));
        }

        @Test
        void paymentSkipsCoveredItems() {
            receive(InstrumentId.random(), "1200.00");

            PaymentReceipt receipt =
                    engine.payments()
                            .record(
                                    Payment.builder()
                                            .companyId(companyId)
                                            .counterpartyId(customer.id())
                                            .valueDate(TODAY)
                                            .amount(lira("350.00"))
                                            .actor("clerk-7")
                                            .build(),
                                    List.of(),
                                    AllocationPolicy.defaults());

            assertThat(receipt.allocation().settlements())
                    .extracting(ItemSettlement::invoiceId)
                    .containsExactly(newer.id());
            assertThat(receipt.allocation().unapplied()).isEqualTo(lira("50.00"));
            assertThat(balance()).isEqualTo(lira("-50.00"));
        }

        @Test
        void repeatedReceiptWritesNothing() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            int before = eventCount();

            InstrumentReceipt again = receive(id, "1200.00");

            assertThat(again.repeated()).isTrue();
            assertThat(eventCount()).isEqualTo(before);
            assertThat(balance()).isEqualTo(lira("300.00"));
        }
    }

    @Nested
    class Clearing {

        @Test
        void clearingSettlesCoveredItems() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            StoredInstrument cleared =
                    engine.instruments().clear(companyId, id, TODAY.plusDays(60));

            assertThat(cleared.status()).isEqualTo(InstrumentStatus.CLEARED);
            assertThat(stored(older).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(stored(newer).outstanding()).isEqualTo(lira("300.00"));
            assertThat(balance()).isEqualTo(lira("300.00"));
            assertThat(events("InvoicePaid")).hasSize(1);
            assertThat(events("InstrumentCleared")).hasSize(1);
        }

        @Test
        void repeatedClearingChangesNothing() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            StoredInstrument first = engine.instruments().clear(companyId, id, TODAY.plusDays(60));
            int before = eventCount();

            StoredInstrument again = engine.instruments().clear(companyId, id, TODAY.plusDays(61));

            assertThat(again).isEqualTo(first);
            assertThat(eventCount()).isEqualTo(before);
        }

        @Test
        void clearingSettlesCoveredCharges() {
            engine.charges()
                    .book(companyId, older.id(), ItemComponent.FEE, lira("20.00"), TODAY, "fee");
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            engine.instruments().clear(companyId, id, TODAY.plusDays(60));

            assertThat(engine.charges().openCharges(companyId, older.id()).fee())
                    .isEqualTo(lira("0.00"));
            assertThat(stored(older).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(stored(newer).outstanding()).isEqualTo(lira("320.00"));
        }
    }

    @Nested
    class Bounce {

        @ParameterizedTest
        @CsvSource({
            "0.00,   0.00, 1500.00, 1000.00, 500.00, 0.00",
            "400.00, 25.00, 1125.00, 600.00, 500.00, 25.00",
            "1199.99, 0.00, 300.01, 0.00, 300.01, 0.00",
        })
        void unpaidAmountMovesBackOntoItems(
                String paid,
                String fee,
                String customerBalance,
                String olderOutstanding,
                String newerOutstanding,
                String feeOpen) {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            StoredInstrument bounced =
                    engine.instruments()
                            .bounce(companyId, id, TODAY.plusDays(60), lira(paid), lira(fee));

            assertThat(bounced.status()).isEqualTo(InstrumentStatus.BOUNCED);
            assertThat(bounced.paidOnBounce()).isEqualTo(lira(paid));
            assertThat(balance()).isEqualTo(lira(customerBalance));
            assertThat(stored(older).outstanding()).isEqualTo(lira(olderOutstanding));
            assertThat(stored(newer).outstanding()).isEqualTo(lira(newerOutstanding));
            assertThat(engine.charges().openCharges(companyId, older.id()).fee())
                    .isEqualTo(lira(feeOpen));
        }

        @Test
        void bounceRaisesEventWithUnpaid() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            engine.instruments()
                    .bounce(companyId, id, TODAY.plusDays(60), lira("400.00"), lira("25.00"));

            EventRecord bounced = events("InstrumentBounced").get(0);
            assertThat(bounced.payload()).containsEntry("unpaid", "800.00");
            assertThat(bounced.payload()).containsEntry("paid", "400.00");
            assertThat(bounced.payload()).containsEntry("fee", "25.00");
        }

        @Test
        void repeatedBounceChangesNothing() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            StoredInstrument first =
                    engine.instruments()
                            .bounce(companyId, id, TODAY.plusDays(60), lira("0.00"), lira("0.00"));
            int before = eventCount();

            StoredInstrument again =
                    engine.instruments()
                            .bounce(companyId, id, TODAY.plusDays(60), lira("0.00"), lira("0.00"));

            assertThat(again).isEqualTo(first);
            assertThat(eventCount()).isEqualTo(before);
            assertThat(balance()).isEqualTo(lira("1500.00"));
        }
    }

    @Nested
    class Steps {

        private PaymentId endorsementPayment() {
            String id = events("InstrumentEndorsed").get(0).payload().get("paymentId");
            return new PaymentId(UUID.fromString(id));
        }

        @Test
        void endorsementPaysSupplier() {
            Counterparty supplier = counterparty(CounterpartyKind.BOTH, "Ege Boya Ltd.");
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            StoredInstrument endorsed =
                    engine.instruments().endorse(companyId, id, supplier.id(), TODAY.plusDays(1));

            Payment payment =
                    engine.payments().find(companyId, endorsementPayment()).orElseThrow().payment();
            assertThat(endorsed.status()).isEqualTo(InstrumentStatus.ENDORSED);
            assertThat(endorsed.holder()).isEqualTo(supplier.id().toString());
            assertThat(payment.counterpartyId()).isEqualTo(supplier.id());
            assertThat(payment.amount()).isEqualTo(lira("1200.00"));
            assertThat(balance()).isEqualTo(lira("300.00"));
        }

        @Test
        void bounceAfterEndorsementReversesPayment() {
            Counterparty supplier = counterparty(CounterpartyKind.BOTH, "Ege Boya Ltd.");
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            engine.instruments().endorse(companyId, id, supplier.id(), TODAY.plusDays(1));

            engine.instruments()
                    .bounce(companyId, id, TODAY.plusDays(60), lira("0.00"), lira("0.00"));

            assertThat(
                            engine.payments()
                                    .find(companyId, endorsementPayment())
                                    .orElseThrow()
                                    .reversedOn())
                    .contains(TODAY.plusDays(60));
            assertThat(balance()).isEqualTo(lira("1500.00"));
        }

        @Test
        void bankStepsAndReturn() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            StoredInstrument atBank =
                    engine.instruments()
                            .handToBank(
                                    companyId,
                                    id,
                                    InstrumentStatus.AT_BANK_FOR_COLLECTION,
                                    "Ziraat Bankası",
                                    TODAY.plusDays(1));
            StoredInstrument again =
                    engine.instruments()
                            .handToBank(
                                    companyId,
                                    id,
                                    InstrumentStatus.AT_BANK_FOR_COLLECTION,
                                    "Ziraat Bankası",
                                    TODAY.plusDays(1));
            StoredInstrument back =
                    engine.instruments().returnToPortfolio(companyId, id, TODAY.plusDays(2));

            assertThat(atBank.status()).isEqualTo(InstrumentStatus.AT_BANK_FOR_COLLECTION);
            assertThat(atBank.holder()).isEqualTo("Ziraat Bankası");
            assertThat(again).isEqualTo(atBank);
            assertThat(back.status()).isEqualTo(InstrumentStatus.IN_PORTFOLIO);
            assertThat(back.holder()).isEmpty();
            assertThat(events("InstrumentHandedToBank")).hasSize(1);
            assertThat(events("InstrumentReturnedToPortfolio")).hasSize(1);
        }
    }
}
