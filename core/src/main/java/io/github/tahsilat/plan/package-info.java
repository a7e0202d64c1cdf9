/**
 * Payment plans: a counterparty's overdue receivables restructured into installments, with an
 * optional down payment and simple interest, and the standing of a plan against what was paid.
 *
 * <p>{@link io.github.tahsilat.plan.PlanSchedule#compute} turns {@link
 * io.github.tahsilat.plan.PlanTerms} into installments with the payment-terms code, and {@link
 * io.github.tahsilat.plan.PlanStanding#evaluate} applies a cumulative paid amount to them in due
 * order. Both are pure functions over immutable values. The service that stores plans is {@link
 * io.github.tahsilat.service.plan.PaymentPlanService}.
 */
package io.github.tahsilat.plan;
