package io.github.tahsilat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.calendar.TurkeyCalendar;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.notification.LoggingChannel;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Runs the README's engine section against the in-memory store. */
class ReadmeEngineTest {

    @Test
    void issuedInvoiceIsStoredOnce() {
        Stores stores = InMemoryStores.create();
        Tahsilat tahsilat =
                Tahsilat.builder()
                        .stores(stores)
                        .clock(Clock.fixed(Instant.parse("2025-05-07T09:00:00Z"), ZoneId.of("UTC")))
                        .systemActor(Actor.system("nightly-jobs"))
                        .settings(
                                TahsilatSettings.defaults()
                                        .withCalendar("TR", TurkeyCalendar.create()))
                        .notificationChannel(new LoggingChannel("log"))
                        .build();
        CompanySettings settings =
                CompanySettings.of(Monetary.getCurrency("TRY"), ZoneId.of("Europe/Istanbul"))
                        .withCalendar(TurkeyCalendar.create());
        Company company =
                Company.builder()
                        .id(CompanyId.random())
                        .legalName("Örnek Ticaret A.Ş.")
                        .settings(settings)
                        .build();
        Counterparty customer =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(company.id())
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Anadolu Gıda A.Ş.")
                        .build();
        Invoice invoice =
                Invoice.builder()
                        .companyId(company.id())
                        .counterpartyId(customer.id())
                        .number("TR-2025-0001")
                        .direction(Direction.RECEIVABLE)
                        .issueDate(LocalDate.of(2025, 5, 7))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30 ROLL FOLLOWING"))
                        .line(
                                InvoiceLine.of(
                                        "Consulting",
                                        BigDecimal.ONE,
                                        new BigDecimal("2500.00"),
                                        new BigDecimal("20")))
                        .build(
                                new InvoiceContext(
                                        RoundingMode.HALF_UP,
                                        VatRounding.PER_LINE,
                                        TurkeyCalendar.create(),
                                        ZoneId.of("Europe/Istanbul")));

        tahsilat.companies().register(company);
        tahsilat.counterparties().register(customer);
        Tahsilat asUser = tahsilat.actingAs(Actor.user("u-42"));
        StoredInvoice first =
                asUser.invoices().issue(InvoiceRequest.of(invoice).withIdempotencyKey("request-1"));
        StoredInvoice retried =
                asUser.invoices().issue(InvoiceRequest.of(invoice).withIdempotencyKey("request-1"));

        assertThat(retried).isEqualTo(first);
        assertThat(
                        tahsilat.invoices()
                                .findByNumber(company.id(), Direction.RECEIVABLE, "TR-2025-0001"))
                .isPresent();
    }
}
