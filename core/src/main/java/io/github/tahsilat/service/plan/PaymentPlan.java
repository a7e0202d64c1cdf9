package io.github.tahsilat.service.plan;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.plan.PaymentPlanStatus;
import io.github.tahsilat.plan.PlanSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored payment plan. Immutable and thread-safe.
 *
 * @param id the plan's id
 * @param version the stored version, 1 after the first write
 * @param requestKey the idempotency key of the request that created it
 * @param companyId the company that owns the receivables
 * @param counterpartyId the counterparty that owes them
 * @param planDate the day the plan was agreed
 * @param items the invoices the plan covers, in due-date order; never empty
 * @param schedule the installments, what the items owed when the plan was created, and the plan's
 *     interest
 * @param graceDays the days after an installment's due date before a shortfall breaks the plan
 * @param status the plan's state
 * @param closedOn the as-of date on which the plan broke, completed or was cancelled, empty while
 *     it is active
 */
public record PaymentPlan(
        UUID id,
        long version,
        String requestKey,
        CompanyId companyId,
        CounterpartyId counterpartyId,
        LocalDate planDate,
        List<InvoiceId> items,
        PlanSchedule schedule,
        int graceDays,
        PaymentPlanStatus status,
        Optional<LocalDate> closedOn) {

    /**
     * Checks that every component is present and copies the item list.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public PaymentPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(planDate, "planDate");
        items = List.copyOf(items);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(closedOn, "closedOn");
    }

    /** Returns whether the plan is active, so that dunning leaves its items out. */
    public boolean isActive() {
        return status == PaymentPlanStatus.ACTIVE;
    }
}
