/**
 * The payment plan service behind {@link io.github.tahsilat.service.plan.PaymentPlanService}, which
 * dunning runs also call to judge plans. Not exported.
 */
package io.github.tahsilat.internal.plan;
