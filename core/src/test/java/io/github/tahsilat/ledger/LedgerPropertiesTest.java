package io.github.tahsilat.ledger;

import static io.github.tahsilat.ledger.LedgerFixtures.creditNote;
import static io.github.tahsilat.ledger.LedgerFixtures.instant;
import static io.github.tahsilat.ledger.LedgerFixtures.invoice;
import static io.github.tahsilat.ledger.LedgerFixtures.ledger;
import static io.github.tahsilat.ledger.LedgerFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ExcessHandling;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.Tolerance;
import io.github.tahsilat.error.TahsilatException;
import io.github.tahsilat.instrument.Instrument;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the ledger over random sequences of invoices, payments, credit documents, charges,
 * credit applications, refunds, reversals and write-offs.
 */
class LedgerPropertiesTest {

    private static final LocalDate BASE = LocalDate.parse("2025-01-01");
    private static final LocalDate FAR = LocalDate.parse("2099-12-31");

    /** One step of a random sequence; {@code pick} chooses among existing documents. */
    record Step(int kind, long cents, int day, int pick, boolean flag) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step =
                Combinators.combine(
                                Arbitraries.integers().between(0, 10),
                                Arbitraries.longs().between(1, 50_000),
                                Arbitraries.integers().between(0, 90),
                                Arbitraries.integers().between(0, 1_000),
                                Arbitraries.of(true, false))
                        .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    /** Runs the steps and checks the invariants after each one. */
    private static final class Run {
        CounterpartyLedger ledger = ledger("EUR");
        final List<Invoice> invoices = new ArrayList<>();
        final List<UUID> sources = new ArrayList<>();
        final List<Payment> payments = new ArrayList<>();
        final List<Instrument> instruments = new ArrayList<>();
        final Map<Instant, MonetaryAmount> knownBalances = new LinkedHashMap<>();
        int minute;
        int number;

        void run(List<Step> steps) {
            for (Step step : steps) {
                minute++;
                CounterpartyLedger before = ledger;
                try {
                    apply(step);
                } catch (TahsilatException rejected) {
                    assertThat(ledger).isSameAs(before);
                }
                checkInvariants();
                knownBalances.put(instant(minute), ledger.balance(FAR, instant(minute)));
            }
            for (Map.Entry<Instant, MonetaryAmount> known : knownBalances.entrySet()) {
                assertThat(ledger.balance(FAR, known.getKey())).isEqualTo(known.getValue());
            }
        }

        private void apply(Step step) {
            LocalDate day = BASE.plusDays(step.day());
            MonetaryAmount amount =
                    LedgerFixtures.eur(BigDecimal.valueOf(step.cents(), 2).toPlainString());
            switch (step.kind()) {
                case 0, 1 -> addInvoice(step, day);
                case 2 -> addCredit(day, amount);
                case 3, 4 -> pay(step, day, amount);
                case 5 -> applyCredit(step, day);
                case 6 -> reverse(step, day);
                case 7 -> refundOrCharge(step, day, amount);
                case 8 -> writeOff(step, day);
                case 9 -> receiveInstrument(step, day, amount);
                default -> settleInstrument(step, day);
            }
        }

        private void addInvoice(Step step, LocalDate day) {
            number++;
            String cents = BigDecimal.valueOf(step.cents(), 2).toPlainString();
            Invoice invoice =
                    step.flag()
                            ? invoice(
                                    "INV-" + number,
                                    day.toString(),
                                    cents,
                                    "EUR",
                                    PaymentTermsNotation.parse("2/10 NET 30"),
                                    Direction.RECEIVABLE)
                            : invoice(
                                    "INV-" + number,
                                    day.toString(),
                                    cents,
                                    "EUR",
                                    PaymentTermsNotation.parse("50% NET 30; 50% NET 60"),
                                    Direction.RECEIVABLE);
            ledger = ledger.addInvoice(invoice, LedgerFixtures.at(minute));
            invoices.add(invoice);
        }

        private void addCredit(LocalDate day, MonetaryAmount amount) {
            number++;
            CreditDocument credit =
                    creditNote(
                            "CN-" + number,
                            day.toString(),
                            amount.getNumber().numberValue(BigDecimal.class).toPlainString(),
                            "EUR");
            ledger = ledger.addCreditDocument(credit, LedgerFixtures.at(minute));
            sources.add(credit.id().value());
        }

        private void pay(Step step, LocalDate day, MonetaryAmount amount) {
            List<Designation> designations =
                    step.flag() && !invoices.isEmpty()
                            ? List.of(
                                    Designation.of(
                                            invoices.get(step.pick() % invoices.size()).id()))
                            : List.of();
            AllocationPolicy policy =
                    AllocationPolicy.defaults()
                            .withExcess(
                                    step.pick() % 2 == 0
                                            ? ExcessHandling.KEEP_AS_CREDIT
                                            : ExcessHandling.SPILL_TO_OLDEST)
                            .withTolerances(
                                    List.of(
                                            new Tolerance(
                                                    LedgerFixtures.eur("0.05"),
                                                    true,
                                                    step.pick() % 3 == 0)));
            Payment payment =
                    payment(day.toString(), amount).idempotencyKey("TX-" + minute).build();
            CounterpartyLedger before = ledger;
            PaymentOutcome outcome =
                    before.recordPayment(payment, designations, policy, instant(minute));
            ledger = outcome.ledger();
            payments.add(payment);
            sources.add(payment.id().value());

            PaymentOutcome replay =
                    ledger.recordPayment(payment, designations, policy, instant(minute));
            assertThat(replay.repeated()).isTrue();
            assertThat(replay.ledger()).isSameAs(ledger);
            assertThat(replay.allocation()).isEqualTo(outcome.allocation());

            CounterpartyLedger reversed =
                    ledger.reversePayment(payment.id(), day, "check", LedgerFixtures.at(minute));
            assertThat(reversed.items()).isEqualTo(before.items());
            assertThat(reversed.credits()).isEqualTo(before.credits());
            assertThat(reversed.balance()).isEqualTo(before.balance());
            for (LocalDate asOf = BASE;
                    asOf.isBefore(BASE.plusDays(100));
                    asOf = asOf.plusDays(7)) {
                assertThat(reversed.balance(asOf)).isEqualTo(before.balance(asOf));
            }
        }

        private void applyCredit(Step step, LocalDate day) {
            if (sources.isEmpty()) {
                return;
            }
            UUID source = sources.get(step.pick() % sources.size());
            ledger =
                    ledger.applyCredit(
                                    source,
                                    List.of(),
                                    AllocationPolicy.defaults(),
                                    day,
                                    LedgerFixtures.at(minute))
                            .ledger();
        }

        private void reverse(Step step, LocalDate day) {
            if (payments.isEmpty()) {
                return;
            }
            Payment payment = payments.get(step.pick() % payments.size());
            ledger =
                    ledger.reversePayment(
                            payment.id(), day, "bank return", LedgerFixtures.at(minute));
        }

        private void refundOrCharge(Step step, LocalDate day, MonetaryAmount amount) {
            if (step.flag() && !sources.isEmpty()) {
                UUID source = sources.get(step.pick() % sources.size());
                ledger = ledger.refund(source, amount, day, "refund", LedgerFixtures.at(minute));
            } else if (!invoices.isEmpty()) {
                Invoice invoice = invoices.get(step.pick() % invoices.size());
                ItemComponent component =
                        step.pick() % 2 == 0 ? ItemComponent.FEE : ItemComponent.INTEREST;
                ledger =
                        ledger.charge(
                                invoice.id(),
                                component,
                                amount,
                                day,
                                "charge",
                                LedgerFixtures.at(minute));
            }
        }

        private void receiveInstrument(Step step, LocalDate day, MonetaryAmount amount) {
            Instrument instrument =
                    Instrument.received(
                            InstrumentId.random(),
                            LedgerFixtures.COMPANY,
                            LedgerFixtures.CUSTOMER,
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
                            instrument,
                            List.of(),
                            AllocationPolicy.defaults(),
                            LedgerFixtures.at(minute));
            instruments.add(instrument);
            sources.add(instrument.id().value());
        }

        private void settleInstrument(Step step, LocalDate day) {
            if (instruments.isEmpty()) {
                return;
            }
            Instrument instrument = instruments.get(step.pick() % instruments.size());
            if (step.flag()) {
                ledger =
                        ledger.moveInstrument(
                                instrument.id(),
                                InstrumentStatus.CLEARED,
                                day,
                                "",
                                LedgerFixtures.at(minute));
                return;
            }
            long faceCents =
                    instrument
                            .amount()
                            .getNumber()
                            .numberValue(BigDecimal.class)
                            .movePointRight(2)
                            .longValueExact();
            MonetaryAmount paid =
                    LedgerFixtures.eur(
                            BigDecimal.valueOf(step.cents() % faceCents, 2).toPlainString());
            ledger =
                    ledger.bounceInstrument(
                            instrument.id(),
                            day,
                            paid,
                            Optional.of(LedgerFixtures.eur("1.00")),
                            "bounced",
                            LedgerFixtures.at(minute));
        }

        private void writeOff(Step step, LocalDate day) {
            if (invoices.isEmpty()) {
                return;
            }
            Invoice invoice = invoices.get(step.pick() % invoices.size());
            ledger = ledger.writeOff(invoice.id(), day, "uncollectible", LedgerFixtures.at(minute));
        }

        private void checkInvariants() {
            MonetaryAmount zero = LedgerFixtures.eur("0.00");
            for (ItemBalance item : ledger.items()) {
                assertThat(item.fee().isNegative()).isFalse();
                assertThat(item.interest().isNegative()).isFalse();
                assertThat(item.principal().isNegative()).isFalse();
            }
            for (CreditBalance credit : ledger.credits()) {
                assertThat(credit.unapplied().isNegative()).isFalse();
            }
            MonetaryAmount expected =
                    ledger.openAmount(Direction.RECEIVABLE)
                            .subtract(ledger.unappliedCredit(Direction.RECEIVABLE));
            assertThat(ledger.balance()).isEqualTo(expected);

            Set<UUID> sourceIds = new HashSet<>(sources);
            MonetaryAmount received = zero;
            MonetaryAmount allocated = zero;
            MonetaryAmount refunded = zero;
            MonetaryAmount excessWrittenOff = zero;
            for (LedgerEntry entry : ledger.entries()) {
                switch (entry.kind()) {
                    case PAYMENT, CREDIT_DOCUMENT, INSTRUMENT ->
                            received = received.add(entry.amount());
                    case REVERSAL -> received = received.subtract(entry.amount());
                    case REFUND -> refunded = refunded.add(entry.amount());
                    case ALLOCATION -> {
                        if (sourceIds.contains(entry.documentId())) {
                            allocated = allocated.add(entry.amount());
                        }
                    }
                    case WRITE_OFF -> {
                        if (sourceIds.contains(entry.documentId()) && entry.invoiceId().isEmpty()) {
                            excessWrittenOff = excessWrittenOff.add(entry.amount());
                        }
                    }
                    default -> {}
                }
            }
            MonetaryAmount unapplied = ledger.unappliedCredit(Direction.RECEIVABLE);
            assertThat(ledger.risk()).isEqualTo(ledger.balance().add(ledger.portfolioAmount()));
            MonetaryAmount uncollected = zero;
            for (ItemBalance item : ledger.items()) {
                uncollected = uncollected.add(item.uncollected());
                assertThat(item.provisional().isNegative()).isFalse();
            }
            MonetaryAmount portfolioCredit = zero;
            for (Instrument instrument : ledger.portfolio()) {
                portfolioCredit =
                        portfolioCredit.add(
                                ledger.credit(instrument.id().value()).orElseThrow().unapplied());
            }
            assertThat(ledger.balance())
                    .isEqualTo(
                            uncollected
                                    .subtract(unapplied.subtract(portfolioCredit))
                                    .subtract(ledger.portfolioAmount()));
            assertThat(received)
                    .isEqualTo(allocated.add(unapplied).add(refunded).add(excessWrittenOff));
        }
    }

    @Property(tries = 300)
    void invariantsHoldForAnySequence(@ForAll("steps") List<Step> steps) {
        new Run().run(steps);
    }
}
