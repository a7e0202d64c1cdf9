package io.github.tahsilat.testkit.scenario;

import static io.github.tahsilat.testkit.scenario.EngineParties.CONTEXT;
import static io.github.tahsilat.testkit.scenario.EngineParties.NOW;
import static io.github.tahsilat.testkit.scenario.EngineParties.TODAY;
import static io.github.tahsilat.testkit.scenario.EngineParties.lira;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.ComponentOrder;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.report.AgingAmounts;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Fees and late interest booked on a receivable are aged like the principal they belong to, both in
 * today's aging and in the aging replayed as known at the clock's instant. A backend extends this
 * class with {@link #newStores()} to run the scenario through the engine on its stores.
 *
 * <p>Each test registers a company of its own, so a backend may share one database between tests.
 */
public abstract class ChargeAgingScenarioTest {

    private final CompanyId companyId = CompanyId.random();
    private Tahsilat engine;
    private Counterparty customer;

    /** Creates the test; subclasses add only {@link #newStores()}. */
    protected ChargeAgingScenarioTest() {}

    /**
     * Returns stores of the backend under test that share one transaction runner. They may hold
     * data of earlier tests.
     */
    protected abstract Stores newStores();

    @BeforeEach
    void registerParties() {
        engine = EngineParties.engine(newStores());
        EngineParties.registerCompany(engine, companyId);
        customer = EngineParties.registerPerson(engine, companyId);
    }

    /** Issues INV-1 of 1,000.00 TRY, issued 75 days ago and due 45 days ago, with charges. */
    private Invoice chargedInvoice() {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number("INV-1")
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY.minusDays(75))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(EngineParties.line("1000.00"))
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
        return invoice;
    }

    /** Pays {@code amount} on the invoice, principal first, so the charges stay open. */
    private void payPrincipal(Invoice invoice, String amount) {
        engine.payments()
                .record(
                        Payment.builder()
                                .companyId(companyId)
                                .counterpartyId(customer.id())
                                .valueDate(TODAY)
                                .amount(lira(amount))
                                .actor("clerk-7")
                                .build(),
                        List.of(Designation.of(invoice.id())),
                        AllocationPolicy.defaults()
                                .withComponentOrder(ComponentOrder.PRINCIPAL_FIRST));
    }

    private MonetaryAmount openCharges(Invoice invoice) {
        var charges = engine.charges().openCharges(companyId, invoice.id());
        return charges.fee().add(charges.interest());
    }

    private static AgingAmounts onlyTotal(AgingReport report) {
        assertThat(report.totals()).hasSize(1);
        return report.totals().get(0);
    }

    @Nested
    class TodaysAging {

        @Test
        void partlyPaidAgesCharges() {
            Invoice invoice = chargedInvoice();
            payPrincipal(invoice, "400.00");

            assertThat(openCharges(invoice)).isEqualTo(lira("2107.66"));
            assertThat(onlyTotal(engine.reports().aging(companyId)).total())
                    .isEqualTo(lira("2707.66"));
        }

        @Test
        void paidPrincipalAgesCharges() {
            Invoice invoice = chargedInvoice();
            payPrincipal(invoice, "1000.00");

            assertThat(openCharges(invoice)).isEqualTo(lira("2107.66"));
            assertThat(onlyTotal(engine.reports().aging(companyId)).total())
                    .isEqualTo(lira("2107.66"));
        }

        @Test
        void chargesInBucketOfValueDate() {
            Invoice invoice = chargedInvoice();
            payPrincipal(invoice, "400.00");

            List<MonetaryAmount> buckets = onlyTotal(engine.reports().aging(companyId)).buckets();
            // Standard buckets: current, 1-30, 31-60, 61-90, over 90 days past due.
            assertThat(buckets.get(1)).isEqualTo(lira("2107.66"));
            assertThat(buckets.get(2)).isEqualTo(lira("600.00"));
        }
    }

    @Nested
    class ReplayedAging {

        @Test
        void knownAtNowMatchesToday() {
            Invoice invoice = chargedInvoice();
            payPrincipal(invoice, "400.00");

            AgingReport replayed =
                    engine.reports().aging(companyId, AgingOptions.asOf(TODAY).knownAt(NOW));
            assertThat(onlyTotal(replayed).total()).isEqualTo(lira("2707.66"));
            assertThat(onlyTotal(replayed).buckets())
                    .isEqualTo(onlyTotal(engine.reports().aging(companyId)).buckets());
        }

        @Test
        void paidPrincipalMatchesToday() {
            Invoice invoice = chargedInvoice();
            payPrincipal(invoice, "1000.00");

            AgingReport replayed =
                    engine.reports().aging(companyId, AgingOptions.asOf(TODAY).knownAt(NOW));
            assertThat(onlyTotal(replayed).total()).isEqualTo(lira("2107.66"));
            assertThat(onlyTotal(replayed).buckets())
                    .isEqualTo(onlyTotal(engine.reports().aging(companyId)).buckets());
        }
    }
}
