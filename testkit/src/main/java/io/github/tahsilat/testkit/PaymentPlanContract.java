package io.github.tahsilat.testkit;

import static io.github.tahsilat.testkit.Fixtures.ISSUED;
import static io.github.tahsilat.testkit.Fixtures.STAMP;
import static io.github.tahsilat.testkit.Rollbacks.runAndRollBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.ItemInActivePlanException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.PaymentPlanRecord;
import io.github.tahsilat.persistence.spi.record.PaymentPlanStatus;
import io.github.tahsilat.persistence.spi.record.PlanInstallmentRecord;
import io.github.tahsilat.persistence.spi.store.PaymentPlanStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The payment plan part of the store contract. {@link StoreContractTest} runs it as a nested class
 * against each backend's fresh stores.
 */
abstract class PaymentPlanContract {

    /** Returns the stores under test. */
    abstract Stores stores();

    /** Returns the company the tests write to. */
    abstract UUID company();

    /** Returns a company whose data must stay invisible to {@link #company()}. */
    abstract UUID otherCompany();

    private PaymentPlanStore plans() {
        return stores().paymentPlans();
    }

    /** Returns an active plan of 1,000.00 TRY: 100.00 down, then 3 × 300.00 monthly. */
    static PaymentPlanRecord plan(
            UUID companyId, UUID counterpartyId, String requestKey, LocalDate planDate) {
        return plan(
                companyId,
                counterpartyId,
                requestKey,
                planDate,
                List.of(UUID.randomUUID(), UUID.randomUUID()));
    }

    /** Returns the plan of {@link #plan(UUID, UUID, String, LocalDate)} over {@code items}. */
    static PaymentPlanRecord plan(
            UUID companyId,
            UUID counterpartyId,
            String requestKey,
            LocalDate planDate,
            List<UUID> items) {
        return new PaymentPlanRecord(
                companyId,
                UUID.randomUUID(),
                0,
                requestKey,
                counterpartyId,
                planDate,
                "TRY",
                items,
                new BigDecimal("1000.00"),
                new BigDecimal("0.00"),
                List.of(
                        new PlanInstallmentRecord(0, planDate, new BigDecimal("100.00")),
                        new PlanInstallmentRecord(
                                1, planDate.plusMonths(1), new BigDecimal("300.00")),
                        new PlanInstallmentRecord(
                                2, planDate.plusMonths(2), new BigDecimal("300.00")),
                        new PlanInstallmentRecord(
                                3, planDate.plusMonths(3), new BigDecimal("300.00"))),
                5,
                PaymentPlanStatus.ACTIVE,
                Optional.empty(),
                STAMP);
    }

    private PaymentPlanRecord insert(UUID counterpartyId, String requestKey, LocalDate planDate) {
        return plans().insert(company(), plan(company(), counterpartyId, requestKey, planDate));
    }

    @Test
    void roundTripKeepsScale() {
        PaymentPlanRecord plan = plan(company(), UUID.randomUUID(), "plan-1", ISSUED);

        PaymentPlanRecord stored = plans().insert(company(), plan);

        assertThat(stored).isEqualTo(plan.withVersion(1));
        assertThat(stored.interest().scale()).isEqualTo(2);
        assertThat(stored.installments().get(1).amount().scale()).isEqualTo(2);
        assertThat(plans().find(company(), plan.id())).contains(stored);
        assertThat(plans().findByRequestKey(company(), "plan-1")).contains(stored);
    }

    @Test
    void duplicateIdFails() {
        PaymentPlanRecord plan = insert(UUID.randomUUID(), "plan-1", ISSUED);
        PaymentPlanRecord again =
                new PaymentPlanRecord(
                        company(),
                        plan.id(),
                        0,
                        "plan-2",
                        plan.counterpartyId(),
                        plan.planDate(),
                        plan.currency(),
                        plan.itemIds(),
                        plan.restructured(),
                        plan.interest(),
                        plan.installments(),
                        plan.graceDays(),
                        plan.status(),
                        plan.closedOn(),
                        STAMP);

        assertThatThrownBy(() -> plans().insert(company(), again))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void duplicateRequestKeyFails() {
        insert(UUID.randomUUID(), "plan-1", ISSUED);

        assertThatThrownBy(() -> insert(UUID.randomUUID(), "plan-1", ISSUED))
                .isInstanceOf(DuplicateKeyException.class)
                .satisfies(
                        e ->
                                assertThat(((DuplicateKeyException) e).keyName())
                                        .isEqualTo("requestKey"));
    }

    @Test
    void closingBumpsVersion() {
        PaymentPlanRecord plan = insert(UUID.randomUUID(), "plan-1", ISSUED);

        PaymentPlanRecord broken =
                plans().update(
                                company(),
                                plan.closed(PaymentPlanStatus.BROKEN, ISSUED.plusDays(40), STAMP));

        assertThat(broken.version()).isEqualTo(2);
        assertThat(broken.status()).isEqualTo(PaymentPlanStatus.BROKEN);
        assertThat(broken.closedOn()).contains(ISSUED.plusDays(40));
        assertThat(plans().find(company(), plan.id())).contains(broken);
    }

    @Test
    void staleUpdateFails() {
        PaymentPlanRecord plan = insert(UUID.randomUUID(), "plan-1", ISSUED);
        plans().update(company(), plan.closed(PaymentPlanStatus.CANCELLED, ISSUED, STAMP));

        assertThatThrownBy(
                        () ->
                                plans().update(
                                                company(),
                                                plan.closed(
                                                        PaymentPlanStatus.BROKEN, ISSUED, STAMP)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void missingUpdateFails() {
        PaymentPlanRecord plan = plan(company(), UUID.randomUUID(), "plan-1", ISSUED);

        assertThatThrownBy(() -> plans().update(company(), plan.withVersion(1)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void listsOrderedByPlanDate() {
        UUID customer = UUID.randomUUID();
        PaymentPlanRecord late = insert(customer, "late", ISSUED.plusDays(10));
        PaymentPlanRecord early = insert(customer, "early", ISSUED);
        PaymentPlanRecord cancelled = insert(customer, "cancelled", ISSUED.plusDays(5));
        PaymentPlanRecord closed =
                plans().update(
                                company(),
                                cancelled.closed(PaymentPlanStatus.CANCELLED, ISSUED, STAMP));
        PaymentPlanRecord otherCustomers = insert(UUID.randomUUID(), "other", ISSUED.plusDays(1));

        assertThat(plans().ofCounterparty(company(), customer))
                .containsExactly(early, closed, late);
        assertThat(plans().active(company())).containsExactly(early, otherCustomers, late);
    }

    @Test
    void closedAfterListsPlansActiveOnDate() {
        UUID customer = UUID.randomUUID();
        PaymentPlanRecord brokenLater = insert(customer, "broken-later", ISSUED);
        PaymentPlanRecord cancelledOn = insert(customer, "cancelled-on", ISSUED.plusDays(1));
        PaymentPlanRecord completedLater = insert(customer, "completed-later", ISSUED.plusDays(2));
        insert(customer, "active", ISSUED);
        LocalDate date = ISSUED.plusDays(30);
        PaymentPlanRecord broken =
                plans().update(
                                company(),
                                brokenLater.closed(
                                        PaymentPlanStatus.BROKEN, date.plusDays(1), STAMP));
        plans().update(company(), cancelledOn.closed(PaymentPlanStatus.CANCELLED, date, STAMP));
        PaymentPlanRecord completed =
                plans().update(
                                company(),
                                completedLater.closed(
                                        PaymentPlanStatus.COMPLETED, date.plusDays(9), STAMP));

        assertThat(plans().closedAfter(company(), date)).containsExactly(broken, completed);
        assertThat(plans().closedAfter(company(), date.plusDays(1))).containsExactly(completed);
        assertThat(plans().closedAfter(otherCompany(), date.minusDays(90))).isEmpty();
    }

    @Test
    void invisibleToOtherCompany() {
        UUID customer = UUID.randomUUID();
        PaymentPlanRecord plan = insert(customer, "plan-1", ISSUED);

        assertThat(plans().find(otherCompany(), plan.id())).isEmpty();
        assertThat(plans().findByRequestKey(otherCompany(), "plan-1")).isEmpty();
        assertThat(plans().ofCounterparty(otherCompany(), customer)).isEmpty();
        assertThat(plans().active(otherCompany())).isEmpty();
    }

    @Test
    void requestKeyUniquePerCompany() {
        insert(UUID.randomUUID(), "plan-1", ISSUED);
        PaymentPlanRecord other = plan(otherCompany(), UUID.randomUUID(), "plan-1", ISSUED);

        PaymentPlanRecord stored = plans().insert(otherCompany(), other);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(plans().findByRequestKey(otherCompany(), "plan-1")).contains(stored);
    }

    @Test
    void rolledBackInsertLeavesNothing() {
        PaymentPlanRecord plan = plan(company(), UUID.randomUUID(), "plan-1", ISSUED);

        runAndRollBack(stores().transactions(), () -> plans().insert(company(), plan));
        assertThat(plans().find(company(), plan.id())).isEmpty();
        assertThat(plans().findByRequestKey(company(), "plan-1")).isEmpty();
    }

    private PaymentPlanRecord over(String requestKey, UUID... items) {
        return plan(company(), UUID.randomUUID(), requestKey, ISSUED, List.of(items));
    }

    /** Returns {@code plan} in {@code status}, closed on the plan date unless it is active. */
    private static PaymentPlanRecord withStatus(PaymentPlanRecord plan, PaymentPlanStatus status) {
        return new PaymentPlanRecord(
                plan.companyId(),
                plan.id(),
                plan.version(),
                plan.requestKey(),
                plan.counterpartyId(),
                plan.planDate(),
                plan.currency(),
                plan.itemIds(),
                plan.restructured(),
                plan.interest(),
                plan.installments(),
                plan.graceDays(),
                status,
                status.isFinal() ? Optional.of(plan.planDate()) : Optional.empty(),
                STAMP);
    }

    private void assertHeldBy(
            Throwable thrown, UUID item, PaymentPlanRecord rejected, PaymentPlanRecord holder) {
        assertThat(thrown).isInstanceOf(ItemInActivePlanException.class);
        ItemInActivePlanException e = (ItemInActivePlanException) thrown;
        assertThat(e.itemId()).isEqualTo(item);
        assertThat(e.planId()).isEqualTo(rejected.id());
        assertThat(e.activePlanId()).isEqualTo(holder.id());
        assertThat(e.getMessage()).contains(item.toString()).contains(holder.id().toString());
    }

    @Test
    void itemInActivePlanRejected() {
        UUID shared = UUID.randomUUID();
        PaymentPlanRecord first =
                plans().insert(company(), over("plan-1", UUID.randomUUID(), shared));
        PaymentPlanRecord second = over("plan-2", shared, UUID.randomUUID());

        Throwable thrown = catchThrowable(() -> plans().insert(company(), second));

        assertHeldBy(thrown, shared, second, first);
        assertThat(plans().find(company(), second.id())).isEmpty();
        assertThat(plans().findByRequestKey(company(), "plan-2")).isEmpty();
        assertThat(plans().active(company())).containsExactly(first);
    }

    @Test
    void closingPlanFreesItems() {
        UUID shared = UUID.randomUUID();
        PaymentPlanRecord first = plans().insert(company(), over("plan-1", shared));
        plans().update(company(), first.closed(PaymentPlanStatus.BROKEN, ISSUED, STAMP));

        PaymentPlanRecord second = plans().insert(company(), over("plan-2", shared));

        assertThat(plans().active(company())).containsExactly(second);
    }

    @Test
    void closedPlanHoldsNoItems() {
        UUID shared = UUID.randomUUID();
        plans().insert(company(), withStatus(over("plan-1", shared), PaymentPlanStatus.CANCELLED));

        PaymentPlanRecord second = plans().insert(company(), over("plan-2", shared));

        assertThat(plans().active(company())).containsExactly(second);
    }

    @Test
    void reactivatedPlanChecksItems() {
        UUID shared = UUID.randomUUID();
        PaymentPlanRecord first = plans().insert(company(), over("plan-1", shared));
        PaymentPlanRecord cancelled =
                plans().update(company(), first.closed(PaymentPlanStatus.CANCELLED, ISSUED, STAMP));
        PaymentPlanRecord second = plans().insert(company(), over("plan-2", shared));
        PaymentPlanRecord reopened = withStatus(cancelled, PaymentPlanStatus.ACTIVE);

        Throwable thrown = catchThrowable(() -> plans().update(company(), reopened));

        assertHeldBy(thrown, shared, reopened, second);
        assertThat(plans().find(company(), first.id())).contains(cancelled);
    }

    @Test
    void itemFreeInOtherCompany() {
        UUID shared = UUID.randomUUID();
        plans().insert(company(), over("plan-1", shared));
        PaymentPlanRecord other =
                plan(otherCompany(), UUID.randomUUID(), "plan-1", ISSUED, List.of(shared));

        PaymentPlanRecord stored = plans().insert(otherCompany(), other);

        assertThat(plans().active(otherCompany())).containsExactly(stored);
    }

    @Test
    void rolledBackInsertFreesItems() {
        UUID shared = UUID.randomUUID();
        runAndRollBack(
                stores().transactions(), () -> plans().insert(company(), over("plan-1", shared)));

        PaymentPlanRecord second = plans().insert(company(), over("plan-2", shared));

        assertThat(plans().active(company())).containsExactly(second);
    }

    /**
     * Inserts a plan while another transaction has an uncommitted plan over the same item. A store
     * that checks only committed rows before it writes lets both plans through.
     */
    @Test
    void uncommittedPlanHoldsItem() throws Exception {
        UUID shared = UUID.randomUUID();
        PaymentPlanRecord first = over("plan-1", shared);
        PaymentPlanRecord second = over("plan-2", shared);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<PaymentPlanRecord> holder =
                    threads.submit(
                            () ->
                                    stores().transactions()
                                            .inTransaction(
                                                    () -> {
                                                        PaymentPlanRecord stored =
                                                                plans().insert(company(), first);
                                                        firstInserted.countDown();
                                                        await(secondStarted);
                                                        pause(COMMIT_DELAY);
                                                        return stored;
                                                    }));
            Future<Throwable> loser =
                    threads.submit(
                            () -> {
                                await(firstInserted);
                                secondStarted.countDown();
                                return catchThrowable(() -> plans().insert(company(), second));
                            });

            PaymentPlanRecord stored = holder.get(30, TimeUnit.SECONDS);
            assertHeldBy(loser.get(30, TimeUnit.SECONDS), shared, second, first);
            assertThat(plans().active(company())).containsExactly(stored);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void racingInsertsHaveOneWinner() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                UUID shared = UUID.randomUUID();
                List<PaymentPlanRecord> racers =
                        List.of(
                                over("race-" + round + "-a", UUID.randomUUID(), shared),
                                over("race-" + round + "-b", shared, UUID.randomUUID()));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Throwable>> outcomes = new ArrayList<>();
                for (PaymentPlanRecord racer : racers) {
                    outcomes.add(
                            threads.submit(
                                    () -> {
                                        start.await(30, TimeUnit.SECONDS);
                                        return catchThrowable(
                                                () -> plans().insert(company(), racer));
                                    }));
                }
                List<Throwable> failures = new ArrayList<>();
                for (Future<Throwable> outcome : outcomes) {
                    Throwable failure = outcome.get(30, TimeUnit.SECONDS);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }

                assertThat(failures).hasSize(1);
                assertThat(failures.get(0)).isInstanceOf(ItemInActivePlanException.class);
                ItemInActivePlanException lost = (ItemInActivePlanException) failures.get(0);
                PaymentPlanRecord winner =
                        racers.get(0).id().equals(lost.planId()) ? racers.get(1) : racers.get(0);
                PaymentPlanRecord loser = winner == racers.get(0) ? racers.get(1) : racers.get(0);
                assertHeldBy(lost, shared, loser, winner);
                assertThat(plans().find(company(), winner.id())).isPresent();
                assertThat(plans().find(company(), loser.id())).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** How long the first transaction stays open after the second one started its insert. */
    private static final Duration COMMIT_DELAY = Duration.ofMillis(300);

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other thread", e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding the transaction open", e);
        }
    }
}
