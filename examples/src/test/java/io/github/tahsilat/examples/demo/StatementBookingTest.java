package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.PaymentMethod;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.OpenItemCandidate;
import io.github.tahsilat.reconciliation.OpenItemIndex;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementBookingTest {

    private final DemoScenario scenario = ScenarioGenerator.generate(3, 40, 2);
    private final Invoice invoice =
            scenario.days().stream()
                    .flatMap(day -> day.invoices().stream())
                    .filter(i -> i.dueSchedule().installments().size() == 1)
                    .findFirst()
                    .orElseThrow();
    private final Tahsilat engine =
            Tahsilat.builder()
                    .stores(InMemoryStores.create())
                    .settings(
                            TahsilatSettings.defaults()
                                    .withCalendar("TR", scenario.context().calendar()))
                    .clock(
                            Clock.fixed(
                                    invoice.issueDate()
                                            .plusDays(5)
                                            .atStartOfDay()
                                            .toInstant(ZoneOffset.UTC),
                                    ZoneOffset.UTC))
                    .build();
    private final OpenItemIndex index = new OpenItemIndex();
    private final StatementBooking booking =
            new StatementBooking(engine, scenario.company().id(), index);

    private BankLine payment(String remittance) {
        DemoCustomer customer = scenario.customersById().get(invoice.counterpartyId());
        return BankLine.builder()
                .accountId("TR-DEMO")
                .bookingDate(invoice.issueDate().plusDays(5))
                .amount(invoice.receivable())
                .accountServicerReference("REF-1")
                .counterpartyName(customer.name())
                .counterpartyIban(customer.iban())
                .remittanceText(remittance)
                .build();
    }

    private void issue() {
        DemoCustomer customer = scenario.customersById().get(invoice.counterpartyId());
        Counterparty counterparty =
                Counterparty.builder()
                        .id(customer.id())
                        .companyId(scenario.company().id())
                        .kind(CounterpartyKind.CUSTOMER)
                        .name(customer.name())
                        .addIban(customer.iban())
                        .build();
        engine.companies().register(scenario.company());
        engine.counterparties().register(counterparty);
        StoredInvoice stored = engine.invoices().issue(InvoiceRequest.of(invoice));
        index.put(OpenItemCandidate.of(invoice, counterparty, stored.dueDate(), null));
    }

    private Invoice stored() {
        return engine.invoices()
                .find(scenario.company().id(), invoice.id())
                .orElseThrow()
                .invoice();
    }

    @Test
    void exactPaymentIsBookedAndClosesInvoice() {
        issue();

        StatementBooking.Outcome outcome =
                booking.book(List.of(payment("FATURA " + invoice.number())), Map.of());

        assertThat(outcome.booked()).hasSize(1);
        assertThat(outcome.leftForReview()).isEmpty();
        assertThat(outcome.booked().get(0).receipt().payment().idempotencyKey())
                .contains("ref:TR-DEMO:REF-1");
        assertThat(stored().outstanding().isZero()).isTrue();
        assertThat(index.find(invoice.id())).isEmpty();
    }

    @Test
    void sameStatementTwiceIsBookedOnce() {
        issue();
        List<BankLine> lines = List.of(payment("FATURA " + invoice.number()));
        booking.book(lines, Map.of());

        StatementBooking.Outcome again = booking.book(lines, Map.of());

        assertThat(again.booked()).isEmpty();
        assertThat(again.leftForReview()).isEmpty();
    }

    @Test
    void chequeLineIsBookedAsCheque() {
        issue();
        BankLine line = payment("CEK NO 4100001 " + invoice.number());

        StatementBooking.Outcome outcome =
                booking.book(List.of(line), Map.of(line, PaymentMethod.CHEQUE));

        assertThat(outcome.booked().get(0).receipt().payment().method())
                .isEqualTo(PaymentMethod.CHEQUE);
    }

    @Test
    void lineWithoutReferenceIsLeftForReview() {
        issue();

        StatementBooking.Outcome outcome = booking.book(List.of(payment("ODEME")), Map.of());

        assertThat(outcome.booked()).isEmpty();
        assertThat(outcome.leftForReview()).hasSize(1);
        assertThat(stored().outstanding()).isEqualTo(invoice.receivable());
    }
}
