package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InstrumentDeskTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);
    private static final LocalDate MATURITY = LocalDate.of(2024, 4, 1);

    private final DemoScenario scenario = ScenarioGenerator.generate(20240101, 200, 3);
    private final CompanyId companyId = scenario.company().id();
    private final ReplayClock clock =
            new ReplayClock(scenario.company().settings().zone(), RECEIVED);
    private final Tahsilat engine =
            Tahsilat.builder()
                    .stores(InMemoryStores.create())
                    .clock(clock)
                    .systemActor(Actor.system("instrument-desk-test"))
                    .settings(
                            TahsilatSettings.defaults()
                                    .withCalendar("TR", scenario.context().calendar()))
                    .build();
    private final InstrumentDesk desk =
            new InstrumentDesk(
                    engine,
                    companyId,
                    scenario.supplier().id(),
                    scenario.company().settings().functionalCurrency());
    private Invoice invoice;

    @BeforeEach
    void issueLiraInvoice() {
        invoice =
                scenario.days().stream()
                        .flatMap(day -> day.invoices().stream())
                        .filter(candidate -> candidate.currency().getCurrencyCode().equals("TRY"))
                        .filter(candidate -> candidate.issueDate().isBefore(RECEIVED))
                        .findFirst()
                        .orElseThrow();
        DemoCustomer customer = scenario.customersById().get(invoice.counterpartyId());
        engine.companies().register(scenario.company());
        engine.counterparties()
                .register(
                        Counterparty.builder()
                                .id(customer.id())
                                .companyId(companyId)
                                .kind(CounterpartyKind.CUSTOMER)
                                .name(customer.name())
                                .addIban(customer.iban())
                                .build());
        engine.counterparties().register(scenario.supplier());
        engine.invoices().issue(InvoiceRequest.of(invoice));
    }

    private InstrumentEvent event(InstrumentEvent.Step step, String fee) {
        InstrumentRequest request =
                new InstrumentRequest(
                        new InstrumentId(
                                UUID.nameUUIDFromBytes(
                                        "cheque-1".getBytes(StandardCharsets.UTF_8))),
                        companyId,
                        invoice.counterpartyId(),
                        InstrumentKind.CHEQUE,
                        "4100001",
                        "drawer, Demo Bankası",
                        RECEIVED,
                        MATURITY,
                        invoice.receivable());
        return new InstrumentEvent(step, request, invoice.id(), lira(fee));
    }

    private static MonetaryAmount lira(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    private StatusAndOutstanding stored() {
        InstrumentStatus status =
                engine.instruments()
                        .find(companyId, event(InstrumentEvent.Step.RECEIVE, "0").request().id())
                        .orElseThrow()
                        .status();
        MonetaryAmount outstanding =
                engine.invoices()
                        .find(companyId, invoice.id())
                        .orElseThrow()
                        .invoice()
                        .outstanding();
        return new StatusAndOutstanding(status, outstanding);
    }

    private record StatusAndOutstanding(InstrumentStatus status, MonetaryAmount outstanding) {}

    @Nested
    class Portfolio {

        @Test
        void receivedChequeCountsInPortfolio() {
            desk.apply(event(InstrumentEvent.Step.RECEIVE, "0"), RECEIVED);
            desk.closeMonth(LocalDate.of(2024, 3, 31));

            DemoResult.PortfolioMonth march = desk.result().months().get(0);
            assertThat(march.inPortfolio()).isEqualTo(invoice.receivable());
            assertThat(march.endorsed()).isEqualTo(lira("0"));
            assertThat(march.received()).isEqualTo(1);
            assertThat(stored().outstanding()).isEqualTo(invoice.receivable());
        }

        @Test
        void endorsedChequeCountsApart() {
            desk.apply(event(InstrumentEvent.Step.RECEIVE, "0"), RECEIVED);
            clock.moveTo(RECEIVED.plusDays(5));
            desk.apply(event(InstrumentEvent.Step.ENDORSE, "0"), RECEIVED.plusDays(5));
            desk.closeMonth(LocalDate.of(2024, 3, 31));

            DemoResult.PortfolioMonth march = desk.result().months().get(0);
            assertThat(march.inPortfolio()).isEqualTo(lira("0"));
            assertThat(march.atBank()).isEqualTo(lira("0"));
            assertThat(march.endorsed()).isEqualTo(invoice.receivable());
            assertThat(stored().status()).isEqualTo(InstrumentStatus.ENDORSED);
        }

        @Test
        void chequeAtBankCountsApart() {
            desk.apply(event(InstrumentEvent.Step.RECEIVE, "0"), RECEIVED);
            clock.moveTo(MATURITY.minusDays(5));
            desk.apply(event(InstrumentEvent.Step.HAND_TO_BANK, "0"), MATURITY.minusDays(5));
            desk.closeMonth(LocalDate.of(2024, 3, 31));

            DemoResult.PortfolioMonth march = desk.result().months().get(0);
            assertThat(march.inPortfolio()).isEqualTo(lira("0"));
            assertThat(march.atBank()).isEqualTo(invoice.receivable());
            assertThat(stored().status()).isEqualTo(InstrumentStatus.AT_BANK_FOR_COLLECTION);
            assertThat(desk.result().handedToBank()).isEqualTo(1);
        }
    }

    @Nested
    class Maturity {

        @Test
        void collectedChequeSettlesInvoice() {
            desk.apply(event(InstrumentEvent.Step.RECEIVE, "0"), RECEIVED);
            clock.moveTo(MATURITY);

            InstrumentDesk.Cleared cleared = desk.clearCollected("4100001", MATURITY);

            assertThat(cleared.applied()).isEqualTo(invoice.receivable());
            assertThat(stored().status()).isEqualTo(InstrumentStatus.CLEARED);
            assertThat(stored().outstanding()).isEqualTo(lira("0"));
            assertThat(desk.result().cleared()).isEqualTo(1);
        }

        @Test
        void bounceReopensInvoiceAndChargesFee() {
            desk.apply(event(InstrumentEvent.Step.RECEIVE, "0"), RECEIVED);
            clock.moveTo(MATURITY);

            desk.apply(event(InstrumentEvent.Step.BOUNCE, "500.00"), MATURITY);

            assertThat(stored().status()).isEqualTo(InstrumentStatus.BOUNCED);
            assertThat(stored().outstanding()).isEqualTo(invoice.receivable());
            assertThat(engine.charges().openCharges(companyId, invoice.id()).fee())
                    .isEqualTo(lira("500.00"));
            assertThat(desk.result().bounced()).isEqualTo(1);
            assertThat(desk.result().feesCharged()).isEqualTo(lira("500.00"));
        }

        @Test
        void unknownSerialNumberIsRejected() {
            assertThatThrownBy(() -> desk.clearCollected("999", MATURITY))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(
                            "instrument not found: serial number 999 on a collected statement"
                                    + " entry was never received");
        }
    }
}
