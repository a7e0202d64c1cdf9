package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CALENDAR;
import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.report.AgingAmounts;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The covered-by-instruments column of the engine's agings, on both read paths. */
class InstrumentAgingTest {

    private final CompanyId companyId = CompanyId.random();
    private final MutableClock clock = new MutableClock(NOW);
    private final InstrumentId chequeId = InstrumentId.random();
    private Tahsilat engine;
    private Counterparty customer;

    @BeforeEach
    void issueOneInvoice() {
        engine =
                Tahsilat.builder()
                        .stores(InMemoryStores.create())
                        .clock(clock)
                        .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                        .build();
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
        // Due 50 days before today, so it sits in the 31-60 bucket.
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number("INV-1")
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY.minusDays(60))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 10"))
                        .line(line("1", "1000.00", "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private void receiveCheque(String amount) {
        InstrumentRequest request =
                new InstrumentRequest(
                        chequeId,
                        companyId,
                        customer.id(),
                        InstrumentKind.CHEQUE,
                        "ÇEK-0042",
                        "Ayşe Yılmaz, Ziraat Bankası Kadıköy",
                        TODAY,
                        TODAY.plusDays(60),
                        lira(amount));
        engine.instruments().receive(request, List.of(), AllocationPolicy.defaults());
    }

    /** Returns the total of the aging read from the stored open-item projection. */
    private AgingAmounts storedTotal() {
        AgingReport report = engine.reports().aging(companyId);
        assertThat(report.lines()).hasSize(1);
        return report.totals().get(0);
    }

    /** Returns the total of the aging replayed from the ledger. */
    private AgingAmounts replayedTotal(LocalDate asOf, Instant knownAt) {
        AgingReport report =
                engine.reports().aging(companyId, AgingOptions.asOf(asOf).knownAt(knownAt));
        assertThat(report.lines()).hasSize(1);
        AgingAmounts total = report.totals().get(0);
        assertThat(total.net())
                .isEqualTo(
                        engine.payments()
                                .balance(
                                        companyId,
                                        customer.id(),
                                        Monetary.getCurrency("TRY"),
                                        asOf,
                                        knownAt));
        return total;
    }

    @Nested
    class UnclearedCheque {

        @Test
        void storedAgingShowsPartCovered() {
            receiveCheque("400.00");

            AgingAmounts total = storedTotal();

            assertThat(total.buckets())
                    .containsExactly(
                            lira("0.00"),
                            lira("0.00"),
                            lira("1000.00"),
                            lira("0.00"),
                            lira("0.00"));
            assertThat(total.total()).isEqualTo(lira("1000.00"));
            assertThat(total.coveredByInstruments()).isEqualTo(lira("400.00"));
        }

        @Test
        void replayedAgingShowsPartCovered() {
            receiveCheque("400.00");

            AgingAmounts total = replayedTotal(TODAY, NOW);

            assertThat(total.buckets().get(2)).isEqualTo(lira("1000.00"));
            assertThat(total.total()).isEqualTo(lira("1000.00"));
            assertThat(total.coveredByInstruments()).isEqualTo(lira("400.00"));
            assertThat(total.unappliedCredit()).isEqualTo(lira("0.00"));
            assertThat(total.net()).isEqualTo(lira("600.00"));
        }

        @Test
        void chequeAboveItemLeavesCredit() {
            receiveCheque("1200.00");

            AgingAmounts replayed = replayedTotal(TODAY, NOW);
            AgingAmounts stored = storedTotal();

            assertThat(replayed.total()).isEqualTo(lira("1000.00"));
            assertThat(replayed.coveredByInstruments()).isEqualTo(lira("1000.00"));
            assertThat(replayed.unappliedCredit()).isEqualTo(lira("200.00"));
            assertThat(replayed.net()).isEqualTo(lira("-200.00"));
            assertThat(stored.coveredByInstruments()).isEqualTo(lira("1000.00"));
        }

        @Test
        void agingBeforeReceiptShowsNoCover() {
            receiveCheque("400.00");

            AgingAmounts total = replayedTotal(TODAY.minusDays(1), Instant.MAX);

            assertThat(total.total()).isEqualTo(lira("1000.00"));
            assertThat(total.coveredByInstruments()).isEqualTo(lira("0.00"));
            assertThat(total.unappliedCredit()).isEqualTo(lira("0.00"));
        }
    }

    @Nested
    class ClearedOrBounced {

        @Test
        void clearedChequeSettlesItem() {
            receiveCheque("400.00");
            clock.set(NOW.plus(Duration.ofHours(1)));
            engine.instruments().clear(companyId, chequeId, TODAY);

            AgingAmounts stored = storedTotal();
            AgingAmounts replayed = replayedTotal(TODAY, Instant.MAX);

            assertThat(stored.total()).isEqualTo(lira("600.00"));
            assertThat(stored.coveredByInstruments()).isEqualTo(lira("0.00"));
            assertThat(replayed.buckets().get(2)).isEqualTo(lira("600.00"));
            assertThat(replayed.coveredByInstruments()).isEqualTo(lira("0.00"));
            assertThat(replayed.unappliedCredit()).isEqualTo(lira("0.00"));
        }

        @Test
        void agingKnownBeforeClearingKeepsCover() {
            receiveCheque("400.00");
            clock.set(NOW.plus(Duration.ofHours(1)));
            engine.instruments().clear(companyId, chequeId, TODAY);

            AgingAmounts total = replayedTotal(TODAY, NOW);

            assertThat(total.total()).isEqualTo(lira("1000.00"));
            assertThat(total.coveredByInstruments()).isEqualTo(lira("400.00"));
            assertThat(total.unappliedCredit()).isEqualTo(lira("0.00"));
        }

        @Test
        void bouncedChequeCoversNothing() {
            receiveCheque("400.00");
            clock.set(NOW.plus(Duration.ofHours(1)));
            engine.instruments().bounce(companyId, chequeId, TODAY, lira("0.00"), lira("0.00"));

            AgingAmounts stored = storedTotal();
            AgingAmounts replayed = replayedTotal(TODAY, Instant.MAX);

            assertThat(stored.total()).isEqualTo(lira("1000.00"));
            assertThat(stored.coveredByInstruments()).isEqualTo(lira("0.00"));
            assertThat(replayed.total()).isEqualTo(lira("1000.00"));
            assertThat(replayed.coveredByInstruments()).isEqualTo(lira("0.00"));
            assertThat(replayed.unappliedCredit()).isEqualTo(lira("0.00"));
        }
    }
}
