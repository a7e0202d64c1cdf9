package io.github.tahsilat.internal.dunning;

import static io.github.tahsilat.internal.dunning.DunningFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.notification.RecordingChannel;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.plan.PaymentPlanStatus;
import io.github.tahsilat.plan.PlanTerms;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.Exclusion;
import io.github.tahsilat.service.dunning.ExclusionReason;
import io.github.tahsilat.service.plan.PaymentPlan;
import io.github.tahsilat.service.plan.PaymentPlanRequest;
import io.github.tahsilat.service.plan.PaymentPlanService;
import io.github.tahsilat.terms.MonthlyAnchor;
import io.github.tahsilat.terms.MonthlyInstallments;
import io.github.tahsilat.terms.NetDays;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dunning leaves out the items of an active payment plan and duns them again after a break. */
class PaymentPlanDunningTest {

    private static final LocalDate PLAN_DATE = LocalDate.of(2025, 3, 5);

    /** The first installment, 250.00 EUR, falls due on 2025-04-04 with 2 grace days. */
    private static final LocalDate LAST_GRACE_DAY = LocalDate.of(2025, 4, 6);

    private final DunningFixture fixture = new DunningFixture(InMemoryStores.create());
    private final RecordingChannel email = new RecordingChannel("email");
    private Invoice invoice;
    private PaymentPlan plan;

    @BeforeEach
    void createPlan() {
        Counterparty customer = fixture.customer("Ege Boya Ltd.");
        invoice = fixture.invoice(customer, "A", "500.00");
        plan =
                fixture.engine
                        .paymentPlans()
                        .create(
                                new PaymentPlanRequest(
                                        "plan-1",
                                        fixture.companyId,
                                        customer.id(),
                                        PLAN_DATE,
                                        List.of(invoice.id()),
                                        PlanTerms.of(
                                                        new MonthlyInstallments(
                                                                2,
                                                                new NetDays(30),
                                                                MonthlyAnchor.DAY_OF_MONTH))
                                                .withGraceDays(2)));
    }

    private DunningRunResult run(LocalDate asOf) {
        return fixture.service(List.of(email), RunHook.NONE)
                .run(DunningRunRequest.of(fixture.companyId, asOf));
    }

    private PaymentPlanStatus status() {
        return fixture.engine
                .paymentPlans()
                .find(fixture.companyId, plan.id())
                .orElseThrow()
                .status();
    }

    @Test
    void activePlanExcludesItem() {
        DunningRunResult result = run(LAST_GRACE_DAY);

        assertThat(result.notices()).isEmpty();
        assertThat(result.exclusions())
                .containsExactly(
                        new Exclusion(
                                invoice.id(), plan.counterpartyId(), ExclusionReason.PAYMENT_PLAN));
        assertThat(email.delivered()).isEmpty();
        assertThat(status()).isEqualTo(PaymentPlanStatus.ACTIVE);
    }

    @Test
    void brokenPlanResumesDunning() {
        DunningRunResult result = run(LAST_GRACE_DAY.plusDays(1));

        assertThat(status()).isEqualTo(PaymentPlanStatus.BROKEN);
        assertThat(result.exclusions()).isEmpty();
        assertThat(result.notices()).hasSize(1);
        assertThat(result.notices().get(0).lines().get(0).outstanding()).isEqualTo(eur("500.00"));
        assertThat(email.delivered()).hasSize(1);
        assertThat(
                        fixture
                                .stores
                                .events()
                                .readAfter(fixture.companyId.value(), 0, 1000)
                                .items()
                                .stream()
                                .filter(e -> e.type().equals(PaymentPlanService.PLAN_BROKEN)))
                .hasSize(1);
    }

    @Test
    void brokenPlanDunsWhatIsLeft() {
        Payment partial =
                Payment.builder()
                        .companyId(fixture.companyId)
                        .counterpartyId(plan.counterpartyId())
                        .valueDate(PLAN_DATE.plusDays(10))
                        .amount(eur("100.00"))
                        .actor("clerk-7")
                        .build();
        fixture.engine.payments().record(partial, List.of(), AllocationPolicy.defaults());

        DunningRunResult before = run(LAST_GRACE_DAY);
        DunningRunResult after = run(LAST_GRACE_DAY.plusDays(1));

        assertThat(before.notices()).isEmpty();
        assertThat(after.notices()).hasSize(1);
        assertThat(after.notices().get(0).lines().get(0).outstanding()).isEqualTo(eur("400.00"));
        assertThat(status()).isEqualTo(PaymentPlanStatus.BROKEN);
    }

    @Test
    void paymentAfterAsOfLeavesPlanBroken() {
        Payment late =
                Payment.builder()
                        .companyId(fixture.companyId)
                        .counterpartyId(plan.counterpartyId())
                        .valueDate(LAST_GRACE_DAY.plusDays(3))
                        .amount(eur("250.00"))
                        .actor("clerk-7")
                        .build();
        fixture.engine.payments().record(late, List.of(), AllocationPolicy.defaults());

        DunningRunResult result = run(LAST_GRACE_DAY.plusDays(1));

        assertThat(status()).isEqualTo(PaymentPlanStatus.BROKEN);
        assertThat(result.exclusions()).isEmpty();
        assertThat(result.notices()).hasSize(1);
        assertThat(result.notices().get(0).lines().get(0).outstanding()).isEqualTo(eur("250.00"));
    }

    @Test
    void dryRerunIgnoresLaterPayment() {
        DunningRunRequest request =
                DunningRunRequest.of(fixture.companyId, LAST_GRACE_DAY.plusDays(1)).asDryRun();
        DunningRunResult first = fixture.service(List.of(email), RunHook.NONE).run(request);
        Payment late =
                Payment.builder()
                        .companyId(fixture.companyId)
                        .counterpartyId(plan.counterpartyId())
                        .valueDate(LAST_GRACE_DAY.plusDays(3))
                        .amount(eur("250.00"))
                        .actor("clerk-7")
                        .build();
        fixture.engine.payments().record(late, List.of(), AllocationPolicy.defaults());

        DunningRunResult again = fixture.service(List.of(email), RunHook.NONE).run(request);

        assertThat(first.exclusions()).isEmpty();
        assertThat(again.exclusions()).isEmpty();
        assertThat(again.notices()).hasSize(1);
        assertThat(status()).isEqualTo(PaymentPlanStatus.ACTIVE);
    }

    @Test
    void laterBreakKeepsEarlierExclusion() {
        run(LAST_GRACE_DAY.plusDays(1));

        DunningRunResult earlier = run(LAST_GRACE_DAY);

        assertThat(status()).isEqualTo(PaymentPlanStatus.BROKEN);
        assertThat(earlier.notices()).isEmpty();
        assertThat(earlier.exclusions())
                .containsExactly(
                        new Exclusion(
                                invoice.id(), plan.counterpartyId(), ExclusionReason.PAYMENT_PLAN));
    }

    @Test
    void laterCancellationKeepsEarlierExclusion() {
        fixture.engine.paymentPlans().cancel(fixture.companyId, plan.id(), LAST_GRACE_DAY);

        DunningRunResult before = run(LAST_GRACE_DAY.minusDays(1));
        DunningRunResult on = run(LAST_GRACE_DAY);

        assertThat(before.notices()).isEmpty();
        assertThat(before.exclusions())
                .extracting(Exclusion::reason)
                .containsExactly(ExclusionReason.PAYMENT_PLAN);
        assertThat(on.exclusions()).isEmpty();
        assertThat(on.notices()).hasSize(1);
    }

    @Test
    void dryRunJudgesWithoutWriting() {
        DunningRunResult result =
                fixture.service(List.of(email), RunHook.NONE)
                        .run(
                                DunningRunRequest.of(fixture.companyId, LAST_GRACE_DAY.plusDays(1))
                                        .asDryRun());

        assertThat(result.notices()).hasSize(1);
        assertThat(result.exclusions()).isEmpty();
        assertThat(status()).isEqualTo(PaymentPlanStatus.ACTIVE);
        assertThat(email.delivered()).isEmpty();
    }
}
