package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.ComponentOrder;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemComponent;
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
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.report.AgingAmounts;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.service.invoice.InvoiceRequest;
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
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fees and interest booked on a receivable through the engine on PostgreSQL: today's aging, read
 * from the open-item projection, and the replayed aging both count them, as with the in-memory
 * store.
 */
class ChargeAgingOnPostgresTest {

    @RegisterExtension static final FreshDatabase DATABASE = new FreshDatabase();

    private static final Instant NOW = Instant.parse("2025-10-21T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 21);
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();
    private static final InvoiceContext CONTEXT =
            new InvoiceContext(RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, ISTANBUL);

    private final Tahsilat engine =
            Tahsilat.builder()
                    .stores(JdbcStores.create(DATABASE.dataSource()))
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                    .build();
    private final CompanyId companyId = CompanyId.random();

    private static MonetaryAmount lira(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    private Counterparty customer() {
        engine.companies()
                .register(
                        Company.builder()
                                .id(companyId)
                                .legalName("Anadolu Tekstil A.Ş.")
                                .settings(
                                        new CompanySettings(
                                                Monetary.getCurrency("TRY"),
                                                ISTANBUL,
                                                RoundingMode.HALF_UP,
                                                VatRounding.PER_LINE,
                                                CALENDAR))
                                .build());
        Counterparty customer =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Ayşe Yılmaz")
                        .build();
        engine.counterparties().register(customer);
        return customer;
    }

    /**
     * Issues 1,000.00 TRY due 45 days ago, books a fee of 500.00 and interest of 1,607.66 dated 10
     * days ago, and pays {@code paid} of the principal.
     */
    private void chargedAndPaid(String paid) {
        Counterparty customer = customer();
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number("INV-1")
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY.minusDays(75))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "goods",
                                        BigDecimal.ONE,
                                        new BigDecimal("1000.00"),
                                        BigDecimal.ZERO))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        engine.charges()
                .book(
                        companyId,
                        invoice.id(),
                        ItemComponent.FEE,
                        lira("500.00"),
                        TODAY.minusDays(10),
                        "dunning level 2");
        engine.charges()
                .book(
                        companyId,
                        invoice.id(),
                        ItemComponent.INTEREST,
                        lira("1607.66"),
                        TODAY.minusDays(10),
                        "late interest");
        engine.payments()
                .record(
                        Payment.builder()
                                .companyId(companyId)
                                .counterpartyId(customer.id())
                                .valueDate(TODAY)
                                .amount(lira(paid))
                                .actor("clerk-7")
                                .build(),
                        List.of(Designation.of(invoice.id())),
                        AllocationPolicy.defaults()
                                .withComponentOrder(ComponentOrder.PRINCIPAL_FIRST));
    }

    private AgingAmounts today() {
        return engine.reports().aging(companyId).totals().get(0);
    }

    private AgingAmounts replayed() {
        return engine.reports()
                .aging(companyId, AgingOptions.asOf(TODAY).knownAt(NOW))
                .totals()
                .get(0);
    }

    @Test
    void partlyPaidAgesCharges() {
        chargedAndPaid("400.00");

        assertThat(today().total()).isEqualTo(lira("2707.66"));
        assertThat(today().buckets()).isEqualTo(replayed().buckets());
    }

    @Test
    void paidPrincipalAgesCharges() {
        chargedAndPaid("1000.00");

        assertThat(today().total()).isEqualTo(lira("2107.66"));
        assertThat(today().buckets()).isEqualTo(replayed().buckets());
    }
}
