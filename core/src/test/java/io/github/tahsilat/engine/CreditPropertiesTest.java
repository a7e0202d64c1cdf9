package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.ledger.CreditSourceKind;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.service.account.CreditSetOffRequest;
import io.github.tahsilat.service.account.RefundReceipt;
import io.github.tahsilat.service.account.RefundRequest;
import io.github.tahsilat.service.account.RefundedCredit;
import io.github.tahsilat.service.account.SetOffReceipt;
import io.github.tahsilat.service.instrument.InstrumentReceipt;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.instrument.StoredInstrument;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

/**
 * Conservation of money through the engine over random sequences of invoices, payments, reversals,
 * credit notes, credit applications, refunds and set-offs from any kind of credit, and cheques
 * received, cleared or bounced. Payments, cleared cheques and credit documents, net of reversals
 * and bounces, must equal what was applied to invoices plus the unapplied credit plus the refunds
 * still standing.
 */
class CreditPropertiesTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");

    /** One step; {@code kind} picks the operation and {@code pick} an existing document. */
    record Step(int kind, long units, int pick) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step =
                Combinators.combine(
                                Arbitraries.integers().between(0, 9),
                                Arbitraries.longs().between(1, 30_000),
                                Arbitraries.integers().between(0, 20))
                        .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(16);
    }

    @Property(tries = 80)
    void nothingCreatedOrLost(@ForAll("steps") List<Step> steps) {
        World world = new World();
        for (Step step : steps) {
            world.apply(step);
            world.checkConservation();
            world.checkBalance();
        }
    }

    /** An engine with one customer and what the steps did. */
    private static final class World {
        final CompanyId companyId = CompanyId.random();
        final Tahsilat engine = engine(InMemoryStores.create());
        final Counterparty customer = EngineFixtures.person(companyId);
        final List<Invoice> invoices = new ArrayList<>();
        final List<CreditDocument> notes = new ArrayList<>();
        final List<PaymentId> live = new ArrayList<>();
        final List<InstrumentReceipt> uncleared = new ArrayList<>();
        final List<InstrumentId> cleared = new ArrayList<>();

        /** The part of each live payment's credit that refunds paid back or set-offs used. */
        final Map<PaymentId, MonetaryAmount> usedFrom = new HashMap<>();

        MonetaryAmount clearedCheques = lira(0);
        MonetaryAmount refunded = lira(0);

        /**
         * Refunds of credit whose payment was reversed afterwards, which the customer owes back.
         */
        MonetaryAmount owedBack = lira(0);

        World() {
            engine.companies().register(company(companyId));
            engine.counterparties().register(customer);
        }

        void apply(Step step) {
            switch (step.kind()) {
                case 0 -> issue(step);
                case 1 -> pay(step);
                case 2 -> reverse(step);
                case 3 -> recordNote(step);
                case 4 -> applyNote(step);
                case 5 -> refund(step);
                case 6 -> receive(step);
                case 7 -> clear(step);
                case 8 -> bounce(step);
                default -> setOff(step);
            }
        }

        void issue(Step step) {
            Invoice invoice =
                    Invoice.builder()
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .number("INV-" + (invoices.size() + 1))
                            .direction(Direction.RECEIVABLE)
                            .issueDate(TODAY.minusDays(90 - invoices.size()))
                            .currency("TRY")
                            .terms(PaymentTermsNotation.parse("NET 30"))
                            .line(line("1", decimal(step.units()), "0"))
                            .build(CONTEXT);
            engine.invoices().issue(InvoiceRequest.of(invoice));
            invoices.add(invoice);
        }

        void pay(Step step) {
            List<Designation> designations =
                    invoices.isEmpty() || step.pick() % 3 == 0
                            ? List.of()
                            : List.of(
                                    Designation.of(
                                            invoices.get(step.pick() % invoices.size()).id()));
            PaymentReceipt receipt =
                    engine.payments()
                            .record(
                                    Payment.builder()
                                            .companyId(companyId)
                                            .counterpartyId(customer.id())
                                            .valueDate(TODAY.minusDays(step.pick()))
                                            .amount(lira(step.units()))
                                            .actor("clerk")
                                            .build(),
                                    designations,
                                    AllocationPolicy.defaults().withTolerances(List.of()));
            live.add(receipt.payment().id());
        }

        void reverse(Step step) {
            if (live.isEmpty()) {
                return;
            }
            PaymentId id = live.remove(step.pick() % live.size());
            engine.payments().reverse(companyId, id, TODAY, "bank return");
            MonetaryAmount paidBack = usedFrom.remove(id);
            if (paidBack != null) {
                owedBack = owedBack.add(paidBack);
            }
        }

        void recordNote(Step step) {
            CreditDocument note =
                    CreditDocument.builder()
                            .kind(CreditDocumentKind.CREDIT_NOTE)
                            .number("CN-" + (notes.size() + 1))
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .direction(Direction.RECEIVABLE)
                            .issueDate(TODAY.minusDays(step.pick()))
                            .reference(InvoiceReference.toNumber("INV-1"))
                            .currency("TRY")
                            .line(line("1", decimal(step.units()), "0"))
                            .build(CONTEXT);
            engine.creditDocuments().record(note, Optional.empty());
            notes.add(note);
        }

        void applyNote(Step step) {
            if (notes.isEmpty() || invoices.isEmpty()) {
                return;
            }
            CreditDocument note = notes.get(step.pick() % notes.size());
            Invoice invoice = invoices.get((int) (step.units() % invoices.size()));
            engine.creditDocuments().apply(companyId, note.id(), invoice.id());
        }

        void refund(Step step) {
            MonetaryAmount available =
                    engine.accounts().unappliedCredit(companyId, customer.id(), TRY);
            long units = available.multiply(100).getNumber().longValueExact();
            if (units == 0) {
                return;
            }
            MonetaryAmount amount = lira(1 + step.units() % units);
            RefundReceipt receipt =
                    engine.accounts()
                            .refund(
                                    new RefundRequest(
                                            UUID.randomUUID(),
                                            companyId,
                                            customer.id(),
                                            TODAY,
                                            amount,
                                            "refund"));

            MonetaryAmount sum = lira(0);
            for (RefundedCredit source : receipt.sources()) {
                sum = sum.add(source.amount());
                if (source.kind() == CreditSourceKind.PAYMENT) {
                    usedFrom.merge(
                            new PaymentId(source.sourceId()), source.amount(), MonetaryAmount::add);
                }
            }
            assertThat(sum).isEqualTo(amount);
            assertThat(receipt.creditLeft()).isEqualTo(available.subtract(amount));
            refunded = refunded.add(amount);
        }

        void setOff(Step step) {
            if (invoices.isEmpty()) {
                return;
            }
            Invoice invoice = invoices.get(step.pick() % invoices.size());
            long credit =
                    engine.accounts()
                            .unappliedCredit(companyId, customer.id(), TRY)
                            .multiply(100)
                            .getNumber()
                            .longValueExact();
            long open = stored(invoice).outstanding().multiply(100).getNumber().longValueExact();
            long max = Math.min(credit, open);
            if (max == 0 || stored(invoice).status().isFinal()) {
                return;
            }
            MonetaryAmount amount = lira(1 + step.units() % max);
            SetOffReceipt receipt;
            try {
                receipt =
                        engine.accounts()
                                .setOff(
                                        new CreditSetOffRequest(
                                                UUID.randomUUID(),
                                                companyId,
                                                customer.id(),
                                                invoice.id(),
                                                amount,
                                                TODAY,
                                                "set-off"));
            } catch (InvalidInputException e) {
                // Only the part that an uncleared cheque covers may be out of reach.
                assertThat(uncleared).isNotEmpty();
                assertThat(e).hasMessageContaining("open on invoice");
                return;
            }

            MonetaryAmount sum = lira(0);
            for (RefundedCredit source : receipt.sources()) {
                sum = sum.add(source.amount());
                if (source.kind() == CreditSourceKind.PAYMENT) {
                    usedFrom.merge(
                            new PaymentId(source.sourceId()), source.amount(), MonetaryAmount::add);
                }
            }
            assertThat(sum).isEqualTo(amount);
        }

        void receive(Step step) {
            InstrumentRequest request =
                    new InstrumentRequest(
                            InstrumentId.random(),
                            companyId,
                            customer.id(),
                            InstrumentKind.CHEQUE,
                            "C-" + uncleared.size(),
                            "drawer",
                            TODAY,
                            TODAY.plusDays(30),
                            lira(step.units()));
            uncleared.add(
                    engine.instruments()
                            .receive(
                                    request,
                                    List.of(),
                                    AllocationPolicy.defaults().withTolerances(List.of())));
        }

        void clear(Step step) {
            if (uncleared.isEmpty()) {
                return;
            }
            InstrumentReceipt receipt = uncleared.remove(step.pick() % uncleared.size());
            engine.instruments().clear(companyId, receipt.instrument().id(), TODAY.plusDays(30));
            clearedCheques = clearedCheques.add(receipt.instrument().amount());
            cleared.add(receipt.instrument().id());
            assertThat(storedCheque(receipt.instrument().id()).unapplied())
                    .isEqualTo(receipt.allocation().unapplied());
        }

        void bounce(Step step) {
            if (uncleared.isEmpty()) {
                return;
            }
            InstrumentReceipt receipt = uncleared.remove(step.pick() % uncleared.size());
            engine.instruments()
                    .bounce(
                            companyId,
                            receipt.instrument().id(),
                            TODAY.plusDays(30),
                            lira(0),
                            lira(0));
        }

        /**
         * Checks that payments, cleared cheques and credit documents, net of reversals and bounces,
         * equal allocations plus unapplied credit plus refunds, less the refunds owed back.
         */
        void checkConservation() {
            MonetaryAmount received = clearedCheques;
            MonetaryAmount paymentCredit = lira(0);
            for (PaymentId id : live) {
                var stored = engine.payments().find(companyId, id).orElseThrow();
                received = received.add(stored.payment().amount());
                paymentCredit = paymentCredit.add(stored.unapplied());
            }
            MonetaryAmount documentCredit = lira(0);
            for (CreditDocument note : notes) {
                received = received.add(note.amount());
                documentCredit = documentCredit.add(storedNote(note).unapplied());
            }
            MonetaryAmount chequeCredit = lira(0);
            for (InstrumentId id : cleared) {
                chequeCredit = chequeCredit.add(storedCheque(id).unapplied());
            }
            MonetaryAmount allocated = lira(0);
            for (Invoice invoice : invoices) {
                Invoice current = stored(invoice);
                allocated = allocated.add(current.settledAmount()).add(current.creditedAmount());
            }

            assertThat(received)
                    .isEqualTo(
                            allocated
                                    .add(paymentCredit)
                                    .add(documentCredit)
                                    .add(chequeCredit)
                                    .add(refunded)
                                    .subtract(owedBack));
            assertThat(engine.accounts().unappliedCredit(companyId, customer.id(), TRY))
                    .isEqualTo(paymentCredit.add(documentCredit).add(chequeCredit));
        }

        /** Checks the ledger balance against the open items, the credit and the portfolio. */
        void checkBalance() {
            MonetaryAmount open = lira(0);
            for (Invoice invoice : invoices) {
                MonetaryAmount outstanding = stored(invoice).outstanding();
                assertThat(outstanding.isNegative()).as("outstanding %s", outstanding).isFalse();
                open = open.add(outstanding);
            }
            MonetaryAmount portfolio = lira(0);
            for (InstrumentReceipt receipt : uncleared) {
                portfolio = portfolio.add(receipt.instrument().amount());
            }
            MonetaryAmount credit =
                    engine.accounts().unappliedCredit(companyId, customer.id(), TRY);
            MonetaryAmount balance =
                    engine.payments()
                            .balance(companyId, customer.id(), TRY, TODAY.plusYears(1), NOW);

            assertThat(balance).isEqualTo(open.add(owedBack).subtract(credit).subtract(portfolio));
        }

        Invoice stored(Invoice invoice) {
            return engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice();
        }

        StoredInstrument storedCheque(InstrumentId id) {
            return engine.instruments().find(companyId, id).orElseThrow();
        }

        CreditDocument storedNote(CreditDocument note) {
            return engine.creditDocuments().find(companyId, note.id()).orElseThrow().document();
        }
    }

    private static String decimal(long units) {
        return BigDecimal.valueOf(units, 2).toPlainString();
    }

    private static MonetaryAmount lira(long units) {
        return Money.of(BigDecimal.valueOf(units, 2), TRY);
    }
}
