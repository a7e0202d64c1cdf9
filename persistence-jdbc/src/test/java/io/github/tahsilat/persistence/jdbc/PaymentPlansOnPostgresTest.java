package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.PaymentPlanRecord;
import io.github.tahsilat.persistence.spi.store.PaymentPlanStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.plan.PaymentPlanStatus;
import io.github.tahsilat.plan.PlanTerms;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.plan.ItemAlreadyInPlanException;
import io.github.tahsilat.service.plan.PaymentPlan;
import io.github.tahsilat.service.plan.PaymentPlanRequest;
import io.github.tahsilat.service.plan.PaymentPlanService;
import io.github.tahsilat.terms.MonthlyAnchor;
import io.github.tahsilat.terms.MonthlyInstallments;
import io.github.tahsilat.terms.NetDays;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Payment plans through the engine on PostgreSQL, where the store keeps an invoice in at most one
 * active plan. In the race, two requests with different request keys list the same invoice. The
 * plan store makes both inserts meet at a barrier, so both requests pass the service's check before
 * either plan is stored, and only the store's claim on the invoice can reject one.
 */
class PaymentPlansOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final LocalDate PLAN_DATE = LocalDate.of(2025, 10, 21);
    private static final PlanTerms TERMS =
            PlanTerms.of(new MonthlyInstallments(3, new NetDays(30), MonthlyAnchor.DAY_OF_MONTH));

    private final CyclicBarrier bothChecked = new CyclicBarrier(2);
    private volatile boolean meetBeforeInsert = true;
    private final Stores stores = meetingBeforeInsert(DATABASE.stores());
    private final Tahsilat engine =
            PostgresFixture.engine(stores, Instant.parse("2025-10-21T09:00:00Z"));
    private final CompanyId companyId = CompanyId.random();

    /** Returns {@code jdbc} with a plan store whose inserts wait for each other at the barrier. */
    private Stores meetingBeforeInsert(Stores jdbc) {
        PaymentPlanStore plans = jdbc.paymentPlans();
        PaymentPlanStore meeting =
                (PaymentPlanStore)
                        Proxy.newProxyInstance(
                                PaymentPlanStore.class.getClassLoader(),
                                new Class<?>[] {PaymentPlanStore.class},
                                (proxy, method, args) -> {
                                    if (meetBeforeInsert && method.getName().equals("insert")) {
                                        bothChecked.await(30, TimeUnit.SECONDS);
                                    }
                                    try {
                                        return method.invoke(plans, args);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
        return new Stores(
                jdbc.companies(),
                jdbc.counterparties(),
                jdbc.invoices(),
                jdbc.creditDocuments(),
                jdbc.events(),
                jdbc.payments(),
                jdbc.allocations(),
                jdbc.ledger(),
                jdbc.instruments(),
                jdbc.dunning(),
                jdbc.bankEntries(),
                jdbc.reconciliationQueue(),
                meeting,
                jdbc.transactions());
    }

    private Counterparty customer() {
        PostgresFixture.registerCompany(engine, companyId, RoundingMode.HALF_EVEN);
        return PostgresFixture.registerCustomer(engine, companyId, "Ayşe Yılmaz");
    }

    private Invoice overdue(Counterparty customer, String number, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(PLAN_DATE.minusDays(60))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 10"))
                        .line(
                                InvoiceLine.of(
                                        "Pamuklu kumaş",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(PostgresFixture.CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private List<EventRecord> created() {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(PaymentPlanService.PLAN_CREATED))
                .toList();
    }

    @Test
    void racingCreatesHaveOneWinner() throws Exception {
        Counterparty customer = customer();
        Invoice shared = overdue(customer, "INV-1", "900.00");
        Invoice onlyFirst = overdue(customer, "INV-2", "300.00");
        Invoice onlySecond = overdue(customer, "INV-3", "600.00");
        List<PaymentPlanRequest> requests =
                List.of(
                        new PaymentPlanRequest(
                                "plan-a",
                                companyId,
                                customer.id(),
                                PLAN_DATE,
                                List.of(shared.id(), onlyFirst.id()),
                                TERMS),
                        new PaymentPlanRequest(
                                "plan-b",
                                companyId,
                                customer.id(),
                                PLAN_DATE,
                                List.of(onlySecond.id(), shared.id()),
                                TERMS));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (PaymentPlanRequest request : requests) {
                outcomes.add(
                        threads.submit(
                                () -> {
                                    try {
                                        return engine.paymentPlans().create(request);
                                    } catch (RuntimeException e) {
                                        return e;
                                    }
                                }));
            }
            List<PaymentPlan> won = new ArrayList<>();
            List<ItemAlreadyInPlanException> lost = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                Object result = outcome.get(60, TimeUnit.SECONDS);
                if (result instanceof PaymentPlan plan) {
                    won.add(plan);
                } else {
                    Throwable failure = (Throwable) result;
                    assertThat(failure).isInstanceOf(ItemAlreadyInPlanException.class);
                    lost.add((ItemAlreadyInPlanException) failure);
                }
            }

            assertThat(won).hasSize(1);
            assertThat(lost).hasSize(1);
            PaymentPlan winner = won.get(0);
            ItemAlreadyInPlanException loser = lost.get(0);
            assertThat(loser.itemId()).isEqualTo(shared.id());
            assertThat(loser.activePlanId()).isEqualTo(winner.id());
            assertThat(loser.getMessage())
                    .contains(shared.id().toString())
                    .contains(winner.id().toString());
            assertThat(winner.status()).isEqualTo(PaymentPlanStatus.ACTIVE);
            List<PaymentPlanRecord> active = stores.paymentPlans().active(companyId.value());
            assertThat(active).extracting(PaymentPlanRecord::id).containsExactly(winner.id());
            assertThat(created()).hasSize(1);
            assertThat(created().get(0).aggregateId()).isEqualTo(winner.id());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void cancelledPlanFreesInvoice() {
        meetBeforeInsert = false;
        Counterparty customer = customer();
        Invoice invoice = overdue(customer, "INV-1", "900.00");
        PaymentPlan plan =
                engine.paymentPlans()
                        .create(
                                new PaymentPlanRequest(
                                        "plan-a",
                                        companyId,
                                        customer.id(),
                                        PLAN_DATE,
                                        List.of(invoice.id()),
                                        TERMS));
        engine.paymentPlans().cancel(companyId, plan.id(), PLAN_DATE);

        PaymentPlan next =
                engine.paymentPlans()
                        .create(
                                new PaymentPlanRequest(
                                        "plan-b",
                                        companyId,
                                        customer.id(),
                                        PLAN_DATE,
                                        List.of(invoice.id()),
                                        TERMS));

        assertThat(next.status()).isEqualTo(PaymentPlanStatus.ACTIVE);
        assertThat(stores.paymentPlans().active(companyId.value()))
                .extracting(PaymentPlanRecord::id)
                .containsExactly(next.id());
    }
}
