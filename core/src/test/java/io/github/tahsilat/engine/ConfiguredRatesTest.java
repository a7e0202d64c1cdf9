package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CALENDAR;
import static io.github.tahsilat.engine.EngineFixtures.CLOCK;
import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.FixedRateTable;
import io.github.tahsilat.fx.ForeignCurrencyBalance;
import io.github.tahsilat.fx.VatBasis;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.ExchangeDifferenceVat;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Realized exchange differences of payments that bank statement lines and cleared cheques book, at
 * the exchange rates the engine was built with.
 */
class ConfiguredRatesTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final LocalDate ISSUED = TODAY.minusDays(40);
    private static final LocalDate MONTH_END = TODAY.minusDays(20);
    private static final ExchangeDifferenceVat VAT =
            new ExchangeDifferenceVat(new BigDecimal("20"), VatBasis.EXCLUSIVE);

    /** EUR/TRY at 35.00 on the issue date, 36.00 at month end and 36.50 today. */
    private static final FixedRateTable RATES =
            FixedRateTable.of(
                    new FxRate(EUR, TRY, new BigDecimal("35.00"), ISSUED),
                    new FxRate(EUR, TRY, new BigDecimal("36.00"), MONTH_END),
                    new FxRate(EUR, TRY, new BigDecimal("36.50"), TODAY));

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;
    private Counterparty customer;
    private Invoice invoice;

    /** Builds the engine with {@code engineRates}, or without rates when it is {@code null}. */
    private void start(FixedRateTable engineRates) {
        stores = InMemoryStores.create();
        Tahsilat.Builder builder =
                Tahsilat.builder()
                        .stores(stores)
                        .clock(CLOCK)
                        .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR));
        if (engineRates != null) {
            builder.exchangeRates(engineRates, VAT);
        }
        engine = builder.build();
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
        invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number("EXP-1")
                        .direction(Direction.RECEIVABLE)
                        .issueDate(ISSUED)
                        .currency("EUR")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", "1000.00", "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        engine.exchangeDifferences().revalue(companyId, MONTH_END, RATES);
    }

    private static MonetaryAmount euro(String amount) {
        return money(amount, "EUR");
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private ReconciliationResult bookBankLine() {
        BankLine line =
                BankLine.builder()
                        .accountId("TR330006100519786457841326")
                        .bookingDate(TODAY)
                        .amount(euro("1000.00"))
                        .remittanceText("Fatura EXP-1")
                        .build();
        return engine.reconciliation()
                .importStatement(new StatementImport(companyId, "STMT-1", List.of(line)));
    }

    private InstrumentId receiveCheque() {
        InstrumentRequest request =
                new InstrumentRequest(
                        InstrumentId.random(),
                        companyId,
                        customer.id(),
                        InstrumentKind.CHEQUE,
                        "C-1",
                        "Akbank Kadıköy",
                        MONTH_END.plusDays(1),
                        TODAY,
                        euro("1000.00"));
        engine.instruments().receive(request, List.of(), AllocationPolicy.defaults());
        return request.id();
    }

    private ForeignCurrencyBalance carrying() {
        return engine.exchangeDifferences().carrying(companyId, invoice.id(), RATES);
    }

    private List<LedgerEntryRecord> realizedEntries() {
        return stores.ledger().findByInvoice(companyId.value(), invoice.id().value()).stream()
                .filter(entry -> entry.kind() == LedgerEntryKind.EXCHANGE_DIFFERENCE)
                .filter(entry -> entry.note().startsWith("realized"))
                .toList();
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    private InvoiceStatus status() {
        return engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice().status();
    }

    @Nested
    class BankLines {

        @BeforeEach
        void startWithRates() {
            start(RATES);
        }

        @Test
        void bookedLineRealizesDifference() {
            ReconciliationResult result = bookBankLine();

            assertThat(result.booked()).hasSize(1);
            assertThat(status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(realizedEntries()).hasSize(1);
            assertThat(realizedEntries().get(0).currency()).isEqualTo("TRY");
            assertThat(realizedEntries().get(0).amount()).isEqualByComparingTo("500.00");
            assertThat(carrying().open()).isEqualTo(euro("0.00"));
            assertThat(carrying().carrying()).isEqualTo(lira("0.00"));
        }

        @Test
        void bookedLineProposesKurFarki() {
            bookBankLine();

            List<EventRecord> proposed = events(EventTypes.EXCHANGE_DIFFERENCE_INVOICE_PROPOSED);
            assertThat(proposed).hasSize(1);
            assertThat(proposed.get(0).payload())
                    .containsEntry("referenceNumber", "EXP-1")
                    .containsEntry("net", "500.00")
                    .containsEntry("vat", "100.00")
                    .containsEntry("gross", "600.00")
                    .containsKey("paymentId");
        }
    }

    @Nested
    class ChequeClearing {

        @Test
        void clearedChequeRealizesDifference() {
            start(RATES);
            InstrumentId cheque = receiveCheque();

            engine.instruments().clear(companyId, cheque, TODAY);

            assertThat(status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(realizedEntries()).hasSize(1);
            assertThat(realizedEntries().get(0).amount()).isEqualByComparingTo("500.00");
            assertThat(realizedEntries().get(0).documentId()).isEqualTo(cheque.value());
            assertThat(carrying().carrying()).isEqualTo(lira("0.00"));
            assertThat(events(EventTypes.EXCHANGE_DIFFERENCE_INVOICE_PROPOSED).get(0).payload())
                    .containsEntry("instrumentId", cheque.toString())
                    .containsEntry("net", "500.00");
        }

        @Test
        void withoutRatesBooksNoDifference() {
            start(null);
            InstrumentId cheque = receiveCheque();

            engine.instruments().clear(companyId, cheque, TODAY);

            assertThat(status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(realizedEntries()).isEmpty();
            assertThat(events(EventTypes.EXCHANGE_DIFFERENCE_INVOICE_PROPOSED)).isEmpty();
        }

        @Test
        void missingRateLeavesChequeUncleared() {
            start(FixedRateTable.of(new FxRate(EUR, TRY, new BigDecimal("36.50"), TODAY)));
            InstrumentId cheque = receiveCheque();

            assertThatThrownBy(() -> engine.instruments().clear(companyId, cheque, TODAY))
                    .isInstanceOf(io.github.tahsilat.fx.MissingRateException.class);
            assertThat(status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(engine.instruments().find(companyId, cheque).orElseThrow().status().name())
                    .isEqualTo("IN_PORTFOLIO");
        }
    }

    @Nested
    class Builder {

        @Test
        void ratesSetTwiceRejected() {
            Tahsilat.Builder builder = Tahsilat.builder().exchangeRates(RATES, VAT);

            assertThatThrownBy(() -> builder.exchangeRates(RATES, VAT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exchangeRates");
        }

        @Test
        void missingSourceRejected() {
            assertThatThrownBy(() -> Tahsilat.builder().exchangeRates(null, VAT))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("exchangeRates.source");
        }
    }
}
