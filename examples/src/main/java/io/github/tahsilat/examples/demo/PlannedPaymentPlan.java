package io.github.tahsilat.examples.demo;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.plan.PlanSchedule;
import io.github.tahsilat.plan.PlanTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * A payment plan that a customer in arrears agrees on {@code agreedOn}, and how the customer then
 * pays it. The customer's bank transfers for the installments are planned as {@link PlannedEntry}
 * values of their own days.
 *
 * @param agreedOn the plan date, a business day after every item's due date
 * @param customerId the customer
 * @param items the overdue invoices the plan covers, in due-date order
 * @param terms the down payment, installments, interest and grace days
 * @param expected the installments the customer expects, computed from what the items owe when the
 *     plan is agreed. The engine computes the same schedule unless another payment reached the
 *     items first.
 * @param missedInstallment the number of the first installment the customer leaves unpaid past its
 *     grace days, or empty when it pays every installment on time
 */
record PlannedPaymentPlan(
        LocalDate agreedOn,
        CounterpartyId customerId,
        List<InvoiceId> items,
        PlanTerms terms,
        PlanSchedule expected,
        OptionalInt missedInstallment) {

    /** Copies the list. */
    PlannedPaymentPlan {
        items = List.copyOf(items);
    }
}
