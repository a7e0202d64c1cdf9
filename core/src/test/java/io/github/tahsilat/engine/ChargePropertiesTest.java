package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.ComponentOrder;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.service.charge.OpenCharges;
import io.github.tahsilat.service.instrument.InstrumentReceipt;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * Invariants of payments over booked charges and received instruments, over random sequences of
 * invoices, fees, interest, payments under every component order, reversals, waivers, and cheques
 * received, cleared or bounced, through the engine and the in-memory store.
 */
class ChargePropertiesTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");

    /** One step; {@code kind} picks the operation and {@code pick} an existing document. */
    record Step(int kind, long units, int pick, int order) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step =
                Combinators.combine(
                                Arbitraries.integers().between(0, 8),
                                Arbitraries.longs().between(1, 30_000),
                                Arbitraries.integers().between(0, 20),
                                Arbitraries.integers().between(0, 2))
                        .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 60)
    void nothingCreatedOrLost(@ForAll("steps") List<Step> steps) {
        World world = new World();
        for (Step step : steps) {
            world.apply(step);
            world.checkInvariants();
        }
    }

    @Property(tries = 60)
    void agingTotalIsOpenItems(@ForAll("steps") List<Step> steps) {
        World world = new World();
        for (Step step : steps) {
            world.apply(step);
            world.checkAging();
        }
    }

    @Property(tries = 60)
    void reversalRestoresPriorState(
            @ForAll("steps") List<Step> history, @ForAll("steps") List<Step> payments) {
        World world = new World();
        history.forEach(world::apply);
        for (Step step : payments) {
            Snapshot before = world.snapshot();
            PaymentReceipt receipt = world.pay(step);
            if (receipt == null) {
                continue;
            }
            world.engine.payments().reverse(world.companyId, receipt.payment().id(), TODAY, "test");
            world.live.remove(receipt.payment().id());

            assertThat(world.snapshot()).isEqualTo(before);
        }
    }

    /** What a reversal must restore exactly. */
    record Snapshot(
            List<MonetaryAmount> outstanding,
            List<String> statuses,
            List<OpenCharges> charges,
            MonetaryAmount balance,
            MonetaryAmount unapplied) {}

    /** An engine with one customer and the documents the steps made. */
    private static final class World {
        final CompanyId companyId = CompanyId.random();
        final Stores stores = InMemoryStores.create();
        final Tahsilat engine = engine(stores);
        final Counterparty customer = EngineFixtures.person(companyId);
        final List<Invoice> invoices = new ArrayList<>();
        final List<PaymentId> live = new ArrayList<>();
        final List<InstrumentReceipt> uncleared = new ArrayList<>();
        MonetaryAmount clearedCredit = lira(0);

        World() {
            engine.companies().register(company(companyId));
            engine.counterparties().register(customer);
        }

        void apply(Step step) {
            switch (step.kind()) {
                case 0 -> issue(step);
                case 1, 2 -> charge(step);
                case 3 -> pay(step);
                case 4 -> reverse(step);
                case 5 -> waive(step);
                case 6 -> receive(step);
                case 7 -> clear(step);
                default -> bounce(step);
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
                            .line(line("1", lira(step.units()).getNumber().toString(), "0"))
                            .build(CONTEXT);
            engine.invoices().issue(InvoiceRequest.of(invoice));
            invoices.add(invoice);
        }

        void charge(Step step) {
            if (invoices.isEmpty()) {
                return;
            }
            Invoice invoice = invoices.get(step.pick() % invoices.size());
            ItemComponent component = step.kind() == 1 ? ItemComponent.FEE : ItemComponent.INTEREST;
            engine.charges()
                    .book(
                            companyId,
                            invoice.id(),
                            component,
                            lira(step.units() / 10 + 1),
                            TODAY,
                            "charge");
        }

        PaymentReceipt pay(Step step) {
            List<Designation> designations =
                    invoices.isEmpty() || step.pick() % 3 == 0
                            ? List.of()
                            : List.of(
                                    Designation.of(
                                            invoices.get(step.pick() % invoices.size()).id()));
            ComponentOrder order = ComponentOrder.values()[step.order()];
            PaymentReceipt receipt =
                    engine.payments()
                            .record(
                                    Payment.builder()
                                            .companyId(companyId)
                                            .counterpartyId(customer.id())
                                            .valueDate(TODAY)
                                            .amount(lira(step.units()))
                                            .actor("clerk")
                                            .build(),
                                    designations,
                                    AllocationPolicy.defaults().withComponentOrder(order));
            live.add(receipt.payment().id());
            checkReceipt(receipt);
            return receipt;
        }

        void reverse(Step step) {
            if (live.isEmpty()) {
                return;
            }
            PaymentId id = live.remove(step.pick() % live.size());
            engine.payments().reverse(companyId, id, TODAY, "bank return");
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
            ComponentOrder order = ComponentOrder.values()[step.order()];
            uncleared.add(
                    engine.instruments()
                            .receive(
                                    request,
                                    List.of(),
                                    AllocationPolicy.defaults().withComponentOrder(order)));
        }

        void clear(Step step) {
            if (uncleared.isEmpty()) {
                return;
            }
            InstrumentReceipt receipt = uncleared.remove(step.pick() % uncleared.size());
            engine.instruments().clear(companyId, receipt.instrument().id(), TODAY.plusDays(30));
            clearedCredit = clearedCredit.add(receipt.allocation().unapplied());
        }

        void bounce(Step step) {
            if (uncleared.isEmpty()) {
                return;
            }
            InstrumentReceipt receipt = uncleared.remove(step.pick() % uncleared.size());
            long face = receipt.instrument().amount().multiply(100).getNumber().longValueExact();
            long paid = step.units() % 2 == 0 ? 0 : step.units() % face;
            long fee = receipt.allocation().settlements().isEmpty() ? 0 : step.order() * 150L;
            engine.instruments()
                    .bounce(
                            companyId,
                            receipt.instrument().id(),
                            TODAY.plusDays(30),
                            lira(paid),
                            lira(fee));
            if (paid > 0) {
                List<EventRecord> bounced =
                        stores.events().readAfter(companyId.value(), 0, 10_000).items().stream()
                                .filter(event -> event.type().equals("InstrumentBounced"))
                                .toList();
                String id = bounced.get(bounced.size() - 1).payload().get("paymentId");
                live.add(new PaymentId(UUID.fromString(id)));
            }
        }

        void waive(Step step) {
            if (invoices.isEmpty()) {
                return;
            }
            Invoice invoice = invoices.get(step.pick() % invoices.size());
            OpenCharges open = engine.charges().openCharges(companyId, invoice.id());
            MonetaryAmount fee = open.fee();
            if (fee.isPositive()) {
                long units = fee.multiply(100).getNumber().longValueExact();
                long part = 1 + step.units() % units;
                try {
                    engine.charges()
                            .waive(
                                    companyId,
                                    invoice.id(),
                                    ItemComponent.FEE,
                                    lira(part),
                                    TODAY,
                                    "goodwill");
                } catch (InvalidInputException e) {
                    // Only a fee that an uncleared cheque covers may be refused.
                    assertThat(uncleared).isNotEmpty();
                    assertThat(e).hasMessageContaining("uncleared cheque or note");
                }
            }
        }

        /** Checks that the components of every settlement add up to what was allocated. */
        void checkReceipt(PaymentReceipt receipt) {
            MonetaryAmount components = lira(0);
            for (ItemSettlement settlement : receipt.allocation().settlements()) {
                components =
                        components
                                .add(settlement.fee())
                                .add(settlement.interest())
                                .add(settlement.principal());
            }
            assertThat(components).isEqualTo(receipt.allocation().applied());
            BigDecimal stored = BigDecimal.ZERO;
            for (AllocationRecord record :
                    stores.allocations()
                            .findBySource(companyId.value(), receipt.payment().id().value())) {
                stored = stored.add(record.fee()).add(record.interest()).add(record.principal());
            }
            assertThat(stored)
                    .isEqualByComparingTo(
                            receipt.allocation()
                                    .applied()
                                    .getNumber()
                                    .numberValue(BigDecimal.class));
        }

        void checkInvariants() {
            MonetaryAmount open = lira(0);
            for (Invoice invoice : invoices) {
                MonetaryAmount outstanding = stored(invoice).outstanding();
                OpenCharges charges = engine.charges().openCharges(companyId, invoice.id());
                assertThat(outstanding.isNegative()).as("outstanding %s", outstanding).isFalse();
                assertThat(charges.fee().isNegative()).as("fee %s", charges.fee()).isFalse();
                assertThat(charges.interest().isNegative())
                        .as("interest %s", charges.interest())
                        .isFalse();
                open = open.add(outstanding).add(charges.total());
            }
            MonetaryAmount portfolio = lira(0);
            for (InstrumentReceipt receipt : uncleared) {
                portfolio = portfolio.add(receipt.instrument().amount());
            }
            assertThat(balance())
                    .isEqualTo(
                            open.subtract(unapplied()).subtract(portfolio).subtract(clearedCredit));
        }

        /**
         * Checks that today's aging, read from the open-item projection, totals each invoice's
         * outstanding principal plus its open charges, and that the replayed aging after the last
         * step's date totals the same with the same covered-by-instruments column.
         */
        void checkAging() {
            MonetaryAmount open = lira(0);
            for (Invoice invoice : invoices) {
                open =
                        open.add(stored(invoice).outstanding())
                                .add(engine.charges().openCharges(companyId, invoice.id()).total());
            }
            AgingReport today = engine.reports().aging(companyId);
            AgingReport replayed =
                    engine.reports()
                            .aging(companyId, AgingOptions.asOf(TODAY.plusDays(30)).knownAt(NOW));

            assertThat(total(today)).as("today's aging total").isEqualTo(open);
            assertThat(total(replayed)).as("replayed aging total").isEqualTo(open);
            assertThat(covered(today))
                    .as("today's covered by instruments")
                    .isEqualTo(covered(replayed));
        }

        private static MonetaryAmount total(AgingReport report) {
            return report.totals().isEmpty() ? lira(0) : report.totals().get(0).total();
        }

        private static MonetaryAmount covered(AgingReport report) {
            return report.totals().isEmpty()
                    ? lira(0)
                    : report.totals().get(0).coveredByInstruments();
        }

        Invoice stored(Invoice invoice) {
            return engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice();
        }

        MonetaryAmount balance() {
            return engine.payments()
                    .balance(companyId, customer.id(), TRY, TODAY.plusYears(1), NOW);
        }

        MonetaryAmount unapplied() {
            MonetaryAmount sum = lira(0);
            for (PaymentId id : live) {
                sum = sum.add(engine.payments().find(companyId, id).orElseThrow().unapplied());
            }
            return sum;
        }

        Snapshot snapshot() {
            List<MonetaryAmount> outstanding = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            List<OpenCharges> charges = new ArrayList<>();
            for (Invoice invoice : invoices) {
                Invoice current = stored(invoice);
                outstanding.add(current.outstanding());
                statuses.add(current.status().name());
                charges.add(engine.charges().openCharges(companyId, invoice.id()));
            }
            return new Snapshot(outstanding, statuses, charges, balance(), unapplied());
        }
    }

    private static MonetaryAmount lira(long units) {
        return Money.of(BigDecimal.valueOf(units, 2), TRY);
    }
}
