package io.github.tahsilat.service.plan;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import java.io.Serial;
import java.util.Objects;
import java.util.UUID;

/**
 * Thrown when a payment plan request lists an invoice that another active plan already covers. An
 * invoice is in at most one active plan. The store enforces this in the transaction that writes the
 * plan, so of two requests over the same invoice sent at once, one creates its plan and the other
 * fails with this exception. Nothing of the failed request is written.
 */
public class ItemAlreadyInPlanException extends InvalidInputException {
    @Serial private static final long serialVersionUID = 1L;

    private final InvoiceId itemId;
    private final UUID activePlanId;

    /**
     * Creates the exception.
     *
     * @param itemId the invoice in the request that another plan covers
     * @param activePlanId the active plan that covers it
     * @param cause the store's failure, or {@code null} when the check before the write found it
     * @throws NullPointerException if {@code itemId} or {@code activePlanId} is {@code null}
     */
    public ItemAlreadyInPlanException(InvoiceId itemId, UUID activePlanId, Throwable cause) {
        super(
                "items",
                Objects.requireNonNull(itemId, "itemId"),
                "invoices outside active plans, but this one is in active payment plan "
                        + Objects.requireNonNull(activePlanId, "activePlanId")
                        + "; cancel that plan first or leave the invoice out");
        this.itemId = itemId;
        this.activePlanId = activePlanId;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** Returns the invoice that another plan covers. */
    public InvoiceId itemId() {
        return itemId;
    }

    /** Returns the id of the active plan that covers the invoice. */
    public UUID activePlanId() {
        return activePlanId;
    }
}
