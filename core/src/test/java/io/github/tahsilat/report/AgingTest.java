package io.github.tahsilat.report;

import static io.github.tahsilat.report.ReportFixtures.COMPANY;
import static io.github.tahsilat.report.ReportFixtures.CUSTOMER;
import static io.github.tahsilat.report.ReportFixtures.at;
import static io.github.tahsilat.report.ReportFixtures.eur;
import static io.github.tahsilat.report.ReportFixtures.instant;
import static io.github.tahsilat.report.ReportFixtures.invoice;
import static io.github.tahsilat.report.ReportFixtures.ledger;
import static io.github.tahsilat.report.ReportFixtures.payment;
import static io.github.tahsilat.report.ReportFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.Instrument;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.ledger.CounterpartyLedger;
import io.github.tahsilat.terms.NetDays;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgingTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");
    private static final LocalDate ISSUED = LocalDate.parse("2025-01-01");
    private static final List<String> DUE_DATES =
            List.of(
                    "2025-07-15",
                    "2025-06-30",
                    "2025-06-29",
                    "2025-05-31",
                    "2025-05-30",
                    "2025-05-01",
                    "2025-04-30",
                    "2025-04-01",
                    "2025-03-31",
                    "2025-01-30");
    private static final AgingBuckets NOT_DUE_FIRST =
            AgingBuckets.ofUpperBounds(
                    List.of("not due", "0-30", "31-60", "61-90", "90+"), -1, 30, 60, 90);

    /** Ten open invoices of 100.00 EUR, each with its due date. */
    private static final class TenInvoices {
        final List<Invoice> invoices = new ArrayList<>();
        CounterpartyLedger ledger = ledger();

        TenInvoices() {
            int minute = 0;
            for (String due : DUE_DATES) {
                int days = (int) ChronoUnit.DAYS.between(ISSUED, LocalDate.parse(due));
                Invoice invoice = invoice("INV-" + due, ISSUED, "100.00", new NetDays(days));
                invoices.add(invoice);
                ledger = ledger.addInvoice(invoice, at(++minute));
            }
        }
    }

    /** The ten invoices in compact form, receivable, open 100.00 EUR each. */
    private static CompactItems views() {
        return sink -> {
            for (String due : DUE_DATES) {
                sink.accept(
                        CUSTOMER.value(),
                        "EUR",
                        Direction.RECEIVABLE,
                        (int) ISSUED.toEpochDay(),
                        (int) LocalDate.parse(due).toEpochDay(),
                        10_000);
            }
        };
    }

    @Nested
    class BucketsFromLedger {

        @Test
        void notDueFirstBucketsSplitTenInvoices() {
            TenInvoices ten = new TenInvoices();

            AgingReport report =
                    Aging.of(
                            ten.ledger,
                            ten.invoices,
                            AgingOptions.asOf(AS_OF).buckets(NOT_DUE_FIRST));

            assertThat(plain(report.totals().get(0).buckets()))
                    .containsExactly("100.00", "300.00", "200.00", "200.00", "200.00");
            assertThat(report.totals().get(0).total()).isEqualTo(eur("1000.00"));
        }

        @Test
        void standardBucketsSplitTenInvoices() {
            TenInvoices ten = new TenInvoices();

            AgingReport report = Aging.of(ten.ledger, ten.invoices, AgingOptions.asOf(AS_OF));

            assertThat(report.options().buckets().buckets())
                    .extracting(AgingBucket::label)
                    .containsExactly("current", "1-30", "31-60", "61-90", "over 90");
            assertThat(plain(report.lines().get(0).amounts().buckets()))
                    .containsExactly("200.00", "200.00", "200.00", "200.00", "200.00");
        }

        @Test
        void pastDateIgnoresLaterPayment() {
            TenInvoices ten = new TenInvoices();
            CounterpartyLedger paid =
                    ten.ledger
                            .recordPayment(
                                    payment(LocalDate.parse("2025-07-10"), eur("1000.00")),
                                    List.of(),
                                    AllocationPolicy.defaults(),
                                    instant(100))
                            .ledger();

            AgingReport before = Aging.of(paid, ten.invoices, AgingOptions.asOf(AS_OF));
            AgingReport after =
                    Aging.of(paid, ten.invoices, AgingOptions.asOf(LocalDate.parse("2025-07-10")));

            assertThat(plain(before.lines().get(0).amounts().buckets()))
                    .containsExactly("200.00", "200.00", "200.00", "200.00", "200.00");
            assertThat(after.lines()).isEmpty();
        }

        @Test
        void knownAtLeavesOutLaterRecords() {
            TenInvoices ten = new TenInvoices();

            AgingReport report =
                    Aging.of(
                            ten.ledger, ten.invoices, AgingOptions.asOf(AS_OF).knownAt(instant(2)));

            assertThat(report.lines().get(0).amounts().total()).isEqualTo(eur("200.00"));
        }

        @Test
        void invoiceDateBasisAgesFromIssue() {
            TenInvoices ten = new TenInvoices();

            AgingReport report =
                    Aging.of(
                            ten.ledger,
                            ten.invoices,
                            AgingOptions.asOf(AS_OF).basis(AgingBasis.INVOICE_DATE));

            assertThat(plain(report.lines().get(0).amounts().buckets()))
                    .containsExactly("0.00", "0.00", "0.00", "0.00", "1000.00");
        }
    }

    @Nested
    class CreditAndInstruments {

        @Test
        void unappliedCreditIsOwnLine() {
            Invoice invoice = invoice("INV-1", ISSUED, "100.00", new NetDays(30));
            CounterpartyLedger ledger =
                    ledger().addInvoice(invoice, at(1))
                            .recordPayment(
                                    payment(LocalDate.parse("2025-02-01"), eur("150.00")),
                                    List.of(),
                                    AllocationPolicy.defaults(),
                                    instant(2))
                            .ledger();

            AgingAmounts amounts =
                    Aging.of(ledger, List.of(invoice), AgingOptions.asOf(AS_OF))
                            .lines()
                            .get(0)
                            .amounts();

            assertThat(amounts.total()).isEqualTo(eur("0.00"));
            assertThat(amounts.unappliedCredit()).isEqualTo(eur("50.00"));
            assertThat(amounts.net()).isEqualTo(ledger.balance(AS_OF));
        }

        @Test
        void unclearedChequeStaysInBucket() {
            Invoice invoice = invoice("INV-1", ISSUED, "100.00", new NetDays(30));
            Instrument cheque =
                    Instrument.received(
                            InstrumentId.random(),
                            COMPANY,
                            CUSTOMER,
                            InstrumentKind.CHEQUE,
                            "C-1",
                            "drawer",
                            LocalDate.parse("2025-03-01"),
                            LocalDate.parse("2025-08-01"),
                            eur("60.00"),
                            "clerk-7",
                            instant(2));
            CounterpartyLedger ledger =
                    ledger().addInvoice(invoice, at(1))
                            .receiveInstrument(
                                    cheque,
                                    List.of(Designation.of(invoice.id())),
                                    AllocationPolicy.defaults(),
                                    at(2))
                            .moveInstrument(
                                    cheque.id(),
                                    InstrumentStatus.CLEARED,
                                    LocalDate.parse("2025-08-01"),
                                    "",
                                    at(3));

            AgingAmounts open =
                    Aging.of(ledger, List.of(invoice), AgingOptions.asOf(AS_OF)).totals().get(0);
            AgingAmounts cleared =
                    Aging.of(
                                    ledger,
                                    List.of(invoice),
                                    AgingOptions.asOf(LocalDate.parse("2025-08-01")))
                            .totals()
                            .get(0);

            assertThat(plain(open.buckets()))
                    .containsExactly("0.00", "0.00", "0.00", "0.00", "100.00");
            assertThat(open.coveredByInstruments()).isEqualTo(eur("60.00"));
            assertThat(open.net()).isEqualTo(ledger.balance(AS_OF));
            assertThat(cleared.total()).isEqualTo(eur("40.00"));
            assertThat(cleared.coveredByInstruments()).isEqualTo(eur("0.00"));
        }

        @Test
        void payablesAgeApartFromReceivables() {
            Invoice supplier =
                    invoice("SUP-1", ISSUED, "70.00", new NetDays(10), Direction.PAYABLE);
            Invoice customer = invoice("INV-1", ISSUED, "30.00", new NetDays(10));
            CounterpartyLedger ledger =
                    ledger().addInvoice(supplier, at(1)).addInvoice(customer, at(2));
            List<Invoice> both = List.of(supplier, customer);

            AgingAmounts payables =
                    Aging.of(ledger, both, AgingOptions.asOf(AS_OF).side(Direction.PAYABLE))
                            .totals()
                            .get(0);
            AgingAmounts receivables =
                    Aging.of(ledger, both, AgingOptions.asOf(AS_OF)).totals().get(0);

            assertThat(payables.total()).isEqualTo(eur("70.00"));
            assertThat(receivables.total()).isEqualTo(eur("30.00"));
            assertThat(receivables.net().subtract(payables.net())).isEqualTo(ledger.balance(AS_OF));
        }

        @Test
        void missingInvoiceIsRejected() {
            TenInvoices ten = new TenInvoices();

            assertThatThrownBy(() -> Aging.of(ten.ledger, List.of(), AgingOptions.asOf(AS_OF)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invoices");
        }
    }

    @Nested
    class BucketsFromProjection {

        @Test
        void notDueFirstBucketsSplitViews() {
            AgingReport report =
                    Aging.ofCompact(
                            COMPANY, views(), AgingOptions.asOf(AS_OF).buckets(NOT_DUE_FIRST));

            assertThat(plain(report.totals().get(0).buckets()))
                    .containsExactly("100.00", "300.00", "200.00", "200.00", "200.00");
        }

        @Test
        void standardBucketsSplitViews() {
            AgingReport report = Aging.ofCompact(COMPANY, views(), AgingOptions.asOf(AS_OF));

            assertThat(plain(report.totals().get(0).buckets()))
                    .containsExactly("200.00", "200.00", "200.00", "200.00", "200.00");
        }

        @Test
        void payablesAreLeftOutOfReceivables() {
            AgingReport report =
                    Aging.ofCompact(
                            COMPANY, views(), AgingOptions.asOf(AS_OF).side(Direction.PAYABLE));

            assertThat(report.lines()).isEmpty();
            assertThat(report.totals()).isEmpty();
        }

        @Test
        void handedCreditFillsCreditColumn() {
            UUID customer = UUID.randomUUID();
            CompactItems items =
                    new CompactItems() {
                        @Override
                        public void forEach(Sink sink) {
                            sink.accept(
                                    customer,
                                    "TRY",
                                    Direction.RECEIVABLE,
                                    (int) AS_OF.toEpochDay(),
                                    (int) AS_OF.toEpochDay(),
                                    10_000);
                        }

                        @Override
                        public void forEach(Sink sink, CreditSink credits) {
                            forEach(sink);
                            credits.accept(customer, "TRY", Direction.RECEIVABLE, 2_500);
                            credits.accept(customer, "TRY", Direction.PAYABLE, 900);
                        }
                    };

            AgingAmounts total =
                    Aging.ofCompact(COMPANY, items, AgingOptions.asOf(AS_OF)).totals().get(0);

            assertThat(plain(List.of(total.total()))).containsExactly("100.00");
            assertThat(plain(List.of(total.unappliedCredit()))).containsExactly("25.00");
        }
    }

    @Nested
    class BucketRules {

        @Test
        void gapBetweenBucketsIsRejected() {
            List<AgingBucket> gap =
                    List.of(
                            new AgingBucket("a", Long.MIN_VALUE, 0),
                            new AgingBucket("b", 2, Long.MAX_VALUE));

            assertThatThrownBy(() -> new AgingBuckets(gap))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("buckets[1].fromDays");
        }

        @Test
        void descendingBoundsAreRejected() {
            assertThatThrownBy(() -> AgingBuckets.ofUpperBounds(List.of("a", "b", "c"), 30, 10))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("upperBounds[1]");
        }
    }
}
