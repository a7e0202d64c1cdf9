package io.github.tahsilat.report;

import static io.github.tahsilat.report.ReportFixtures.COMPANY;
import static io.github.tahsilat.report.ReportFixtures.CUSTOMER;
import static io.github.tahsilat.report.ReportFixtures.at;
import static io.github.tahsilat.report.ReportFixtures.instant;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.error.TahsilatException;
import io.github.tahsilat.instrument.Instrument;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.ledger.CounterpartyLedger;
import io.github.tahsilat.ledger.ItemBalance;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the aging over random ledgers and dates. */
class AgingPropertiesTest {

    private static final LocalDate BASE = LocalDate.parse("2025-01-01");

    /** One step of a random ledger; {@code pick} chooses among existing documents. */
    record Step(int kind, long cents, int day, int pick, boolean flag) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.longs().between(1, 50_000),
                        Arbitraries.integers().between(0, 120),
                        Arbitraries.integers().between(0, 1_000),
                        Arbitraries.of(true, false))
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(30);
    }

    /** Builds a ledger from steps, keeping the ledger after each step. */
    private static final class Run {
        CounterpartyLedger ledger = ReportFixtures.ledger();
        final List<CounterpartyLedger> history = new ArrayList<>();
        final List<Invoice> invoices = new ArrayList<>();
        final List<UUID> sources = new ArrayList<>();
        final List<Payment> payments = new ArrayList<>();
        final List<Instrument> instruments = new ArrayList<>();
        int minute;

        Run(List<Step> steps) {
            extend(steps);
        }

        void extend(List<Step> steps) {
            for (Step step : steps) {
                minute++;
                try {
                    apply(step, BASE.plusDays(step.day()), money(step.cents()));
                } catch (TahsilatException rejected) {
                    // a rejected step leaves the ledger as it was
                }
                history.add(ledger);
            }
        }

        private void apply(Step step, LocalDate day, MonetaryAmount amount) {
            switch (step.kind()) {
                case 0, 1 -> addInvoice(step, day);
                case 2 -> addCredit(day, amount);
                case 3, 4 -> pay(day, amount);
                case 5 -> reverseOrRefund(step, day, amount);
                case 6 -> charge(step, day, amount);
                case 7 -> writeOff(step, day);
                case 8 -> receive(step, day, amount);
                default -> settle(step, day);
            }
        }

        private void addInvoice(Step step, LocalDate day) {
            String terms = step.flag() ? "NET 30" : "50% NET 30; 50% NET 60";
            Invoice invoice =
                    ReportFixtures.invoice(
                            "INV-" + minute,
                            day,
                            BigDecimal.valueOf(step.cents(), 2).toPlainString(),
                            PaymentTermsNotation.parse(terms));
            ledger = ledger.addInvoice(invoice, at(minute));
            invoices.add(invoice);
        }

        private void addCredit(LocalDate day, MonetaryAmount amount) {
            CreditDocument credit =
                    CreditDocument.builder()
                            .kind(CreditDocumentKind.CREDIT_NOTE)
                            .number("CN-" + minute)
                            .companyId(COMPANY)
                            .counterpartyId(CUSTOMER)
                            .direction(Direction.RECEIVABLE)
                            .issueDate(day)
                            .reference(InvoiceReference.toNumber("INV-1"))
                            .currency("EUR")
                            .line(
                                    InvoiceLine.of(
                                            "Item",
                                            BigDecimal.ONE,
                                            amount.getNumber().numberValue(BigDecimal.class),
                                            BigDecimal.ZERO))
                            .build(ReportFixtures.CONTEXT);
            ledger = ledger.addCreditDocument(credit, at(minute));
            ledger =
                    ledger.applyCredit(
                                    credit.id().value(),
                                    List.of(),
                                    AllocationPolicy.defaults(),
                                    day,
                                    at(minute))
                            .ledger();
            sources.add(credit.id().value());
        }

        private void pay(LocalDate day, MonetaryAmount amount) {
            Payment payment = ReportFixtures.payment(day, amount);
            ledger =
                    ledger.recordPayment(
                                    payment,
                                    List.of(),
                                    AllocationPolicy.defaults(),
                                    instant(minute))
                            .ledger();
            payments.add(payment);
            sources.add(payment.id().value());
        }

        private void reverseOrRefund(Step step, LocalDate day, MonetaryAmount amount) {
            if (step.flag() && !payments.isEmpty()) {
                Payment payment = payments.get(step.pick() % payments.size());
                ledger = ledger.reversePayment(payment.id(), day, "bank return", at(minute));
            } else if (!sources.isEmpty()) {
                UUID source = sources.get(step.pick() % sources.size());
                ledger = ledger.refund(source, amount, day, "refund", at(minute));
            }
        }

        private void charge(Step step, LocalDate day, MonetaryAmount amount) {
            if (invoices.isEmpty()) {
                return;
            }
            Invoice invoice = invoices.get(step.pick() % invoices.size());
            ItemComponent component = step.flag() ? ItemComponent.FEE : ItemComponent.INTEREST;
            ledger = ledger.charge(invoice.id(), component, amount, day, "charge", at(minute));
        }

        private void writeOff(Step step, LocalDate day) {
            if (!invoices.isEmpty()) {
                Invoice invoice = invoices.get(step.pick() % invoices.size());
                ledger = ledger.writeOff(invoice.id(), day, "uncollectible", at(minute));
            }
        }

        private void receive(Step step, LocalDate day, MonetaryAmount amount) {
            Instrument instrument =
                    Instrument.received(
                            InstrumentId.random(),
                            COMPANY,
                            CUSTOMER,
                            step.flag() ? InstrumentKind.CHEQUE : InstrumentKind.PROMISSORY_NOTE,
                            "S-" + minute,
                            "drawer",
                            day,
                            day.plusDays(60),
                            amount,
                            "clerk-7",
                            instant(minute));
            ledger =
                    ledger.receiveInstrument(
                            instrument, List.of(), AllocationPolicy.defaults(), at(minute));
            instruments.add(instrument);
        }

        private void settle(Step step, LocalDate day) {
            if (instruments.isEmpty()) {
                return;
            }
            Instrument instrument = instruments.get(step.pick() % instruments.size());
            if (step.flag()) {
                ledger =
                        ledger.moveInstrument(
                                instrument.id(), InstrumentStatus.CLEARED, day, "", at(minute));
            } else {
                ledger =
                        ledger.bounceInstrument(
                                instrument.id(),
                                day,
                                money(0),
                                Optional.empty(),
                                "bounced",
                                at(minute));
            }
        }

        AgingAmounts aging(CounterpartyLedger of, AgingOptions options) {
            AgingReport report = Aging.of(of, invoices, options);
            assertThat(report.lines()).hasSizeLessThanOrEqualTo(1);
            return report.lines().isEmpty()
                    ? new AgingAmounts(
                            of.currency(),
                            List.of(money(0), money(0), money(0), money(0), money(0)),
                            money(0),
                            money(0))
                    : report.lines().get(0).amounts();
        }
    }

    private static MonetaryAmount money(long cents) {
        return ReportFixtures.eur(BigDecimal.valueOf(cents, 2).toPlainString());
    }

    @Property(tries = 200)
    void netOfBucketsIsLedgerBalance(
            @ForAll("steps") List<Step> steps, @ForAll("days") int offset) {
        Run run = new Run(steps);
        LocalDate asOf = BASE.plusDays(offset);

        AgingAmounts amounts = run.aging(run.ledger, AgingOptions.asOf(asOf));

        assertThat(amounts.net()).isEqualTo(run.ledger.balance(asOf));
        for (MonetaryAmount bucket : amounts.buckets()) {
            assertThat(bucket.isNegative()).isFalse();
        }
    }

    @Property(tries = 200)
    void latestAgingMatchesLedgerItems(@ForAll("steps") List<Step> steps) {
        Run run = new Run(steps);

        AgingAmounts amounts =
                run.aging(run.ledger, AgingOptions.asOf(LocalDate.parse("2099-12-31")));

        MonetaryAmount provisional = money(0);
        for (ItemBalance item : run.ledger.items()) {
            provisional = provisional.add(item.provisional());
        }
        assertThat(amounts.coveredByInstruments()).isEqualTo(provisional);
        assertThat(amounts.total().subtract(provisional))
                .isEqualTo(run.ledger.openAmount(Direction.RECEIVABLE));
        assertThat(amounts.unappliedCredit())
                .isEqualTo(run.ledger.unappliedCredit(Direction.RECEIVABLE));
    }

    @Property(tries = 200)
    void knownAgingIgnoresLaterEntries(
            @ForAll("steps") List<Step> steps,
            @ForAll("days") int offset,
            @ForAll("picks") int pick) {
        Run run = new Run(steps);
        int step = pick % run.history.size();
        AgingOptions options = AgingOptions.asOf(BASE.plusDays(offset)).knownAt(instant(step + 1));

        AgingAmounts then = run.aging(run.history.get(step), options);
        AgingAmounts now = run.aging(run.ledger, options);

        assertThat(now).isEqualTo(then);
    }

    @Property(tries = 200)
    void pastAgingIgnoresLaterValueDates(
            @ForAll("steps") List<Step> steps, @ForAll("days") int offset) {
        Run run = new Run(steps);
        AgingOptions options = AgingOptions.asOf(BASE.plusDays(offset));
        AgingAmounts before = run.aging(run.ledger, options);
        List<Step> later = new ArrayList<>();
        for (Step step : steps) {
            later.add(
                    new Step(
                            step.kind(), step.cents(), step.day() + 300, step.pick(), step.flag()));
        }

        run.extend(later);

        assertThat(run.aging(run.ledger, options)).isEqualTo(before);
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(-10, 250);
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1_000);
    }
}
