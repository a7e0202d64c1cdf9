package io.github.tahsilat.service.plan;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates, reads, cancels and evaluates payment plans. Get it from {@link
 * io.github.tahsilat.engine.Tahsilat#paymentPlans()}.
 *
 * <p>A plan restructures a counterparty's overdue receivables into installments, but the invoices
 * stay as they are, and payments recorded for the counterparty settle them by the normal
 * allocation. What the plan counts as paid is how far the covered items' outstanding amounts, fees
 * and interest included, fell below what they owed when the plan was created plus the plan's
 * interest. That amount reaches the installments in due order. A payment that the allocation puts
 * on an item outside the plan does not count, so a host that keeps older items out of a plan should
 * designate the plan's items when it records the payments. A shortfall on an installment after its
 * due date plus the grace days breaks the plan, and a plan whose items are all paid is completed.
 * Both are judged by {@link #evaluate} and at the start of each dunning run for its date.
 *
 * <p>Plan interest is booked at creation as an {@code INTEREST} charge on the plan's first item,
 * dated the plan date, so that it is a receivable in the counterparty ledger and payments settle it
 * in the component order of their allocation policy.
 *
 * <p>Every write runs in one transaction with its event. Implementations are thread-safe.
 */
public interface PaymentPlanService {

    /**
     * The type of the event appended when a plan is created; its payload has the plan's amounts.
     */
    String PLAN_CREATED = "PaymentPlanCreated";

    /**
     * The type of the event appended when an installment's shortfall outlasts the grace days. Its
     * payload names the installment, its due date and what is still owed on it.
     */
    String PLAN_BROKEN = "PaymentPlanBroken";

    /** The type of the event appended when everything a plan covers is paid. */
    String PLAN_COMPLETED = "PaymentPlanCompleted";

    /** The type of the event appended when the company cancels an active plan. */
    String PLAN_CANCELLED = "PaymentPlanCancelled";

    /**
     * Creates a plan over the requested items, books its interest and appends {@link
     * #PLAN_CREATED}. A request whose key was used before with the same content returns the stored
     * plan and writes nothing.
     *
     * @throws InvalidInputException if {@code request} is {@code null}; if an item is not a
     *     receivable of the counterparty, is paid or cancelled, is not overdue on the plan date, or
     *     is disputed; if the items are in more than one currency; if the counterparty has no
     *     overdue item when none are listed; or if the terms cannot split the amount, as {@link
     *     io.github.tahsilat.plan.PlanSchedule#compute} describes. Nothing is written then.
     * @throws NotFoundException if the company, the counterparty or an item is not stored
     * @throws ItemAlreadyInPlanException if an item is in another active plan, which the exception
     *     names. This also holds when a concurrent request stored that plan after this request's
     *     checks, because the store checks the items again when it inserts. Nothing is written.
     * @throws IdempotencyKeyReusedException if the request key was used with other content
     */
    PaymentPlan create(PaymentPlanRequest request);

    /**
     * Returns the plan, or empty if the company has none with this id.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    Optional<PaymentPlan> find(CompanyId companyId, UUID planId);

    /**
     * Returns the counterparty's plans in every status, by plan date.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    List<PaymentPlan> ofCounterparty(CompanyId companyId, CounterpartyId counterpartyId);

    /**
     * Cancels an active plan as of {@code asOf} and appends {@link #PLAN_CANCELLED}. Dunning
     * resumes on the items. The interest booked at creation stays owed until paid or waived through
     * {@link io.github.tahsilat.service.charge.ChargeService#waive}.
     *
     * @throws InvalidInputException if an argument is {@code null}, the plan is not active, or
     *     {@code asOf} is before the plan date
     * @throws NotFoundException if the plan is not stored
     */
    PaymentPlan cancel(CompanyId companyId, UUID planId, LocalDate asOf);

    /**
     * Evaluates a plan as of {@code asOf}. An active plan that is broken as of that date becomes
     * {@code BROKEN} with {@link #PLAN_BROKEN}, and one whose items are all paid becomes {@code
     * COMPLETED} with {@link #PLAN_COMPLETED}, each in one transaction. A plan that is no longer
     * active is returned with its standing and not changed.
     *
     * <p>What was paid counts as of {@code asOf}: a payment, credit, discount or write-off on the
     * items counts only when its value date is on or before {@code asOf}, and a fee or interest
     * booked on them with a later value date does not count either. {@code asOf} also decides which
     * installments are past their grace days, so evaluating again for the same date gives the same
     * standing unless an entry dated on or before it was recorded in between.
     *
     * @throws InvalidInputException if an argument is {@code null} or {@code asOf} is before the
     *     plan date
     * @throws NotFoundException if the plan is not stored
     */
    PlanEvaluation evaluate(CompanyId companyId, UUID planId, LocalDate asOf);

    /**
     * Evaluates every active plan of the company as {@link #evaluate} does, skipping plans agreed
     * after {@code asOf}, and returns the evaluations by plan date.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    List<PlanEvaluation> evaluateActive(CompanyId companyId, LocalDate asOf);
}
