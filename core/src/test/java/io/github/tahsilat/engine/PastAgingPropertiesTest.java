package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CALENDAR;
import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.report.AgingLine;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.NetDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

/** Invariants of the engine's aging of a past date over random stored ledgers. */
class PastAgingPropertiesTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");

    /** The earliest issue and value date the steps use; the engine's today is 2025-10-21. */
    private static final LocalDate BASE = LocalDate.of(2025, 3, 1);

    /**
     * One stored operation: {@code kind} 0 to 3 issues an invoice, 4 to 6 records a payment, 7
     * reverses a payment and 8 records and applies a credit note. {@code pick} chooses the
     * counterparty and the earlier document.
     */
    record Step(int kind, long cents, int day, int pick) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.longs().between(1, 200_000),
                        Arbitraries.integers().between(0, 220),
                        Arbitraries.integers().between(0, 1_000))
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(25);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 230).map(BASE::plusDays);
    }

    @Property(tries = 100)
    void netOfEveryLineIsLedgerBalance(
            @ForAll("steps") List<Step> steps,
            @ForAll("dates") LocalDate asOf,
            @ForAll("steps") List<Step> knownLater) {
        Ledgers ledgers = new Ledgers();
        ledgers.run(steps);
        Instant knownAt = ledgers.clock.instant();
        ledgers.run(knownLater);

        for (Instant instant : List.of(knownAt, Instant.MAX)) {
            AgingReport report = ledgers.aging(asOf, instant);
            Map<CounterpartyId, AgingLine> lines =
                    report.lines().stream()
                            .collect(Collectors.toMap(AgingLine::counterpartyId, line -> line));
            for (Counterparty customer : ledgers.customers) {
                MonetaryAmount balance = ledgers.balance(customer, asOf, instant);
                MonetaryAmount net =
                        Optional.ofNullable(lines.get(customer.id()))
                                .map(line -> line.amounts().net())
                                .orElse(Money.zero(TRY));
                assertThat(net).as("net of %s as of %s", customer.id(), asOf).isEqualTo(balance);
            }
        }
    }

    @Property(tries = 100)
    void pastAgingUnchangedByLaterEntries(
            @ForAll("steps") List<Step> steps,
            @ForAll("dates") LocalDate asOf,
            @ForAll("steps") List<Step> later) {
        Ledgers ledgers = new Ledgers();
        ledgers.run(steps);
        Instant knownAt = ledgers.clock.instant();
        AgingReport before = ledgers.aging(asOf, knownAt);

        ledgers.run(later);

        assertThat(ledgers.aging(asOf, knownAt)).isEqualTo(before);
    }

    /** An engine on the in-memory store with two customers and a clock moved per step. */
    private static final class Ledgers {

        final MutableClock clock = new MutableClock(NOW);
        final CompanyId companyId = CompanyId.random();
        final Tahsilat engine =
                Tahsilat.builder()
                        .stores(InMemoryStores.create())
                        .clock(clock)
                        .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                        .build();
        final List<Counterparty> customers = new ArrayList<>();
        final List<Invoice> invoices = new ArrayList<>();
        final List<Payment> payments = new ArrayList<>();
        int documents;

        Ledgers() {
            engine.companies().register(company(companyId));
            for (int i = 0; i < 2; i++) {
                Counterparty customer = person(companyId);
                engine.counterparties().register(customer);
                customers.add(customer);
            }
        }

        void run(List<Step> steps) {
            for (Step step : steps) {
                clock.set(clock.instant().plus(Duration.ofMinutes(1)));
                Counterparty customer = customers.get(step.pick() % customers.size());
                LocalDate day = BASE.plusDays(step.day());
                MonetaryAmount amount = Money.ofMinor(TRY, step.cents());
                if (step.kind() <= 3) {
                    issue(customer, day, amount);
                } else if (step.kind() <= 6) {
                    pay(customer, day, amount);
                } else if (step.kind() == 7) {
                    reverse(step.pick(), day);
                } else {
                    credit(customer, step.pick(), day, amount);
                }
            }
        }

        private void issue(Counterparty customer, LocalDate day, MonetaryAmount amount) {
            Invoice invoice =
                    Invoice.builder()
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .number("INV-" + ++documents)
                            .direction(Direction.RECEIVABLE)
                            .currency("TRY")
                            .issueDate(day)
                            .terms(new NetDays(30))
                            .line(line("1", amount.getNumber().toString(), "0"))
                            .build(CONTEXT);
            engine.invoices().issue(InvoiceRequest.of(invoice));
            invoices.add(invoice);
        }

        private void pay(Counterparty customer, LocalDate day, MonetaryAmount amount) {
            Payment payment =
                    Payment.builder()
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .valueDate(day)
                            .amount(amount)
                            .actor("clerk-7")
                            .build();
            engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
            payments.add(payment);
        }

        private void reverse(int pick, LocalDate day) {
            if (payments.isEmpty()) {
                return;
            }
            Payment payment = payments.remove(pick % payments.size());
            engine.payments().reverse(companyId, payment.id(), day, "returned by the bank");
        }

        private void credit(Counterparty customer, int pick, LocalDate day, MonetaryAmount amount) {
            List<Invoice> own =
                    invoices.stream()
                            .filter(invoice -> invoice.counterpartyId().equals(customer.id()))
                            .toList();
            if (own.isEmpty()) {
                return;
            }
            Invoice target = own.get(pick % own.size());
            CreditDocument note =
                    CreditDocument.builder()
                            .kind(CreditDocumentKind.CREDIT_NOTE)
                            .number("CN-" + ++documents)
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .direction(Direction.RECEIVABLE)
                            .issueDate(day)
                            .reference(InvoiceReference.toNumber(target.number()))
                            .currency("TRY")
                            .line(line("1", amount.getNumber().toString(), "0"))
                            .build(CONTEXT);
            engine.creditDocuments().record(note, Optional.empty());
            engine.creditDocuments().apply(companyId, note.id(), target.id());
        }

        AgingReport aging(LocalDate asOf, Instant knownAt) {
            return engine.reports().aging(companyId, AgingOptions.asOf(asOf).knownAt(knownAt));
        }

        MonetaryAmount balance(Counterparty customer, LocalDate asOf, Instant knownAt) {
            return engine.payments().balance(companyId, customer.id(), TRY, asOf, knownAt);
        }
    }
}
