package io.github.tahsilat.service.plan;

import io.github.tahsilat.plan.PlanStanding;
import java.util.Objects;

/**
 * A payment plan as evaluated on a date: the plan after any status change the evaluation made, and
 * its installments against what was paid. Immutable and thread-safe.
 *
 * @param plan the plan, with the status the evaluation left it in
 * @param standing the installments with their paid and outstanding parts as of the date
 */
public record PlanEvaluation(PaymentPlan plan, PlanStanding standing) {

    /**
     * Checks that both components are present.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public PlanEvaluation {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(standing, "standing");
    }
}
