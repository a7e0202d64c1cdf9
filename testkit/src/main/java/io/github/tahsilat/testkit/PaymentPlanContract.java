package io.github.tahsilat.testkit;

import static io.github.tahsilat.testkit.Fixtures.ISSUED;
import static io.github.tahsilat.testkit.Fixtures.STAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.PaymentPlanRecord;
import io.github.tahsilat.persistence.spi.record.PaymentPlanStatus;
import io.github.tahsilat.persistence.spi.record.PlanInstallmentRecord;
import io.github.tahsilat.persistence.spi.store.PaymentPlanStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
        return new PaymentPlanRecord(
                companyId,
                UUID.randomUUID(),
                0,
                requestKey,
                counterpartyId,
                planDate,
                "TRY",
                List.of(UUID.randomUUID(), UUID.randomUUID()),
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

        assertThatThrownBy(
                        () ->
                                stores().transactions()
                                        .inTransaction(
                                                () -> {
                                                    plans().insert(company(), plan);
                                                    throw new IllegalStateException("rollback");
                                                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(plans().find(company(), plan.id())).isEmpty();
        assertThat(plans().findByRequestKey(company(), "plan-1")).isEmpty();
    }
}
