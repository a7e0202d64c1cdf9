package io.github.tahsilat.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.javamoney.moneta.Money;

/**
 * After any sequence of writes through the engine across two companies, committed or rolled back,
 * an index kept from the in-memory store's feed equals one subscribed afresh.
 */
class KeptMatchIndexPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 21);
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-10-21T09:00:00Z"), ZoneOffset.UTC);
    private static final List<CompanyId> COMPANIES =
            List.of(new CompanyId(new UUID(7, 1)), new CompanyId(new UUID(7, 2)));
    private static final int COUNTERPARTIES = 3;
    private static final InvoiceContext INVOICE_CONTEXT =
            new InvoiceContext(
                    RoundingMode.HALF_UP,
                    VatRounding.PER_LINE,
                    HolidayCalendar.weekendsOnly(),
                    ZoneOffset.UTC);

    enum Kind {
        REGISTER,
        RENAME,
        ISSUE,
        PAY,
        CANCEL
    }

    /**
     * A write: its kind, the company and counterparty it concerns, an amount or name choice, and
     * whether the host's transaction around it fails afterwards, so the store undoes it.
     */
    record Step(Kind kind, int company, int counterparty, int value, boolean rolledBack) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step =
                Combinators.combine(
                                // Issues outnumber payments and cancellations, so that most
                                // ledgers keep open items.
                                Arbitraries.frequency(
                                        Tuple.of(2, Kind.REGISTER),
                                        Tuple.of(1, Kind.RENAME),
                                        Tuple.of(4, Kind.ISSUE),
                                        Tuple.of(1, Kind.PAY),
                                        Tuple.of(1, Kind.CANCEL)),
                                Arbitraries.integers().between(0, COMPANIES.size() - 1),
                                Arbitraries.integers().between(0, COUNTERPARTIES - 1),
                                Arbitraries.integers().between(1, 9),
                                Arbitraries.integers().between(0, 3).map(k -> k == 0))
                        .as(Step::new);
        return step.list().ofMinSize(4).ofMaxSize(25);
    }

    @Property(tries = 100)
    void keptIndexEqualsFreshSubscription(@ForAll("steps") List<Step> steps) {
        Stores stores = InMemoryStores.create();
        Tahsilat engine = Tahsilat.builder().stores(stores).clock(CLOCK).build();
        KeptMatchIndexes live = KeptMatchIndexes.subscribe(stores.invoices()).orElseThrow();
        for (CompanyId companyId : COMPANIES) {
            engine.companies().register(company(companyId));
        }
        Ledger ledger = new Ledger(engine);
        boolean comparedItems = false;

        for (Step step : steps) {
            if (step.rolledBack()) {
                try {
                    stores.transactions()
                            .inTransaction(
                                    () -> {
                                        ledger.apply(step);
                                        throw new RolledBack();
                                    });
                } catch (RolledBack expected) {
                    ledger.forgetCreated(step);
                }
            } else {
                ledger.apply(step);
            }

            KeptMatchIndexes fresh = KeptMatchIndexes.subscribe(stores.invoices()).orElseThrow();
            for (CompanyId companyId : COMPANIES) {
                comparedItems |=
                        fresh.company(companyId.value())
                                .map(index -> index.index().size() > 0)
                                .orElse(false);
                assertThat(snapshot(live, companyId))
                        .as("company %s after %s", companyId, step)
                        .isEqualTo(snapshot(fresh, companyId));
            }
        }
        Statistics.label("compared items").collect(comparedItems);
        Statistics.label("compared items")
                .coverage(coverage -> coverage.check(true).percentage(share -> share >= 70));
    }

    /** The failure a step's host transaction ends with, so that the store rolls it back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RolledBack() {
            super("host failed after the step", null, false, false);
        }
    }

    /** The engine's writes of the steps, with what they created so far. */
    private static final class Ledger {
        private final Tahsilat engine;
        private final List<List<Counterparty>> registered = new ArrayList<>();
        private final List<List<InvoiceId>> issued = new ArrayList<>();
        private int nextNumber = 1;
        private InvoiceId lastIssued;

        Ledger(Tahsilat engine) {
            this.engine = engine;
            for (int c = 0; c < COMPANIES.size(); c++) {
                registered.add(new ArrayList<>());
                issued.add(new ArrayList<>());
                // Each company starts with one counterparty, so that early issues have an owner.
                apply(new Step(Kind.REGISTER, c, 0, 1, false));
            }
        }

        void apply(Step step) {
            lastIssued = null;
            CompanyId companyId = COMPANIES.get(step.company());
            List<Counterparty> counterparties = registered.get(step.company());
            switch (step.kind()) {
                case REGISTER -> {
                    Counterparty counterparty =
                            Counterparty.builder()
                                    .id(CounterpartyId.random())
                                    .companyId(companyId)
                                    .kind(CounterpartyKind.CUSTOMER)
                                    .name("Müşteri " + step.value() + " Ticaret A.Ş.")
                                    .build();
                    engine.counterparties().register(counterparty);
                    counterparties.add(counterparty);
                }
                case RENAME -> {
                    if (counterparties.isEmpty()) {
                        return;
                    }
                    Counterparty counterparty =
                            counterparties.get(step.counterparty() % counterparties.size());
                    long version =
                            engine.counterparties()
                                    .find(companyId, counterparty.id())
                                    .orElseThrow()
                                    .version();
                    Counterparty renamed =
                            engine
                                    .counterparties()
                                    .find(companyId, counterparty.id())
                                    .orElseThrow()
                                    .counterparty()
                                    .toBuilder()
                                    .name("Yeni Ad " + step.value())
                                    .build();
                    engine.counterparties().update(renamed, version);
                }
                case ISSUE -> {
                    if (counterparties.isEmpty()) {
                        return;
                    }
                    Counterparty counterparty =
                            counterparties.get(step.counterparty() % counterparties.size());
                    Invoice invoice =
                            Invoice.builder()
                                    .id(InvoiceId.random())
                                    .companyId(companyId)
                                    .counterpartyId(counterparty.id())
                                    .number("INV-" + nextNumber++)
                                    .direction(Direction.RECEIVABLE)
                                    .issueDate(TODAY)
                                    .currency("TRY")
                                    .terms(PaymentTermsNotation.parse("NET " + 10 * step.value()))
                                    .line(
                                            InvoiceLine.of(
                                                    "Goods",
                                                    BigDecimal.ONE,
                                                    BigDecimal.valueOf(100L * step.value()),
                                                    BigDecimal.ZERO))
                                    .build(INVOICE_CONTEXT);
                    engine.invoices().issue(InvoiceRequest.of(invoice));
                    issued.get(step.company()).add(invoice.id());
                    lastIssued = invoice.id();
                }
                case PAY -> {
                    if (counterparties.isEmpty()) {
                        return;
                    }
                    Counterparty counterparty =
                            counterparties.get(step.counterparty() % counterparties.size());
                    Payment payment =
                            Payment.builder()
                                    .companyId(companyId)
                                    .counterpartyId(counterparty.id())
                                    .valueDate(TODAY)
                                    .amount(Money.of(BigDecimal.valueOf(70L * step.value()), "TRY"))
                                    .actor("clerk-7")
                                    .build();
                    engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
                }
                case CANCEL -> {
                    List<InvoiceId> invoices = issued.get(step.company());
                    if (invoices.isEmpty()) {
                        return;
                    }
                    InvoiceId id = invoices.get(step.value() % invoices.size());
                    try {
                        engine.invoices().cancel(companyId, id);
                    } catch (RuntimeException notCancellable) {
                        // A paid or already cancelled invoice stays as it is.
                    }
                }
            }
        }

        /**
         * Forgets the counterparty or invoice that a rolled-back step created, because the store no
         * longer has it.
         */
        void forgetCreated(Step step) {
            if (step.kind() == Kind.REGISTER) {
                List<Counterparty> counterparties = registered.get(step.company());
                counterparties.remove(counterparties.size() - 1);
            }
            if (lastIssued != null) {
                issued.get(step.company()).remove(lastIssued);
            }
        }
    }

    private static Map<String, Object> snapshot(KeptMatchIndexes indexes, CompanyId companyId) {
        return indexes.company(companyId.value()).orElseGet(KeptMatchIndex::new).snapshot();
    }

    private static Company company(CompanyId companyId) {
        return Company.builder()
                .id(companyId)
                .legalName("Anadolu Tekstil A.Ş.")
                .settings(CompanySettings.of(Monetary.getCurrency("TRY"), ZoneOffset.UTC))
                .vkn(new Vkn("4540536920"))
                .addBankAccount(
                        new BankAccount(
                                new Iban("TR330006100519786457841326"),
                                "Ziraat Bankası",
                                Monetary.getCurrency("TRY")))
                .build();
    }
}
