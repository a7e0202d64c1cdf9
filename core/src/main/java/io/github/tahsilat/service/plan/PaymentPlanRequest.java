package io.github.tahsilat.service.plan;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.plan.PlanTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A request to put a counterparty's overdue receivables into a payment plan. Immutable and
 * thread-safe.
 *
 * @param requestKey the idempotency key: a second request with the same key and content returns the
 *     first plan; not blank, at most 200 characters
 * @param companyId the company that owns the receivables
 * @param counterpartyId the counterparty that owes them
 * @param planDate the day the plan is agreed: the down payment falls due on it, the installment
 *     terms are anchored on it, and every item must be overdue on it
 * @param items the invoices to restructure, each at most once. An empty list takes every open,
 *     undisputed receivable of the counterparty that is overdue on the plan date and in no active
 *     plan.
 * @param terms the down payment, installments, interest and grace days
 */
public record PaymentPlanRequest(
        @NotBlank @Size(max = MAX_REQUEST_KEY_LENGTH) String requestKey,
        @NotNull CompanyId companyId,
        @NotNull CounterpartyId counterpartyId,
        @NotNull LocalDate planDate,
        @NotNull List<@NotNull InvoiceId> items,
        @NotNull @Valid PlanTerms terms) {

    /** The maximum length of a request key. */
    public static final int MAX_REQUEST_KEY_LENGTH = 200;

    /**
     * Checks the components and copies the item list.
     *
     * @throws InvalidInputException if a component is {@code null}, the request key is blank or
     *     longer than 200 characters, or an item is {@code null} or listed twice
     */
    public PaymentPlanRequest {
        InputChecks.text(requestKey, "requestKey", MAX_REQUEST_KEY_LENGTH);
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(counterpartyId, "counterpartyId", "a counterparty id");
        InputChecks.present(planDate, "planDate", "the day the plan is agreed");
        items = InputChecks.distinctList(items, "items");
        InputChecks.present(terms, "terms", "plan terms such as PlanTerms.of(installmentTerms)");
    }

    /**
     * Returns a request that restructures every open receivable of the counterparty that is overdue
     * on {@code planDate}.
     *
     * @throws InvalidInputException as the constructor describes
     */
    public static PaymentPlanRequest allOverdue(
            String requestKey,
            CompanyId companyId,
            CounterpartyId counterpartyId,
            LocalDate planDate,
            PlanTerms terms) {
        return new PaymentPlanRequest(
                requestKey, companyId, counterpartyId, planDate, List.of(), terms);
    }
}
