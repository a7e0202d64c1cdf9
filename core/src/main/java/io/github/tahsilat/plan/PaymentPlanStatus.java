package io.github.tahsilat.plan;

/** The state of a payment plan. */
public enum PaymentPlanStatus {
    /** Installments are being paid, and dunning leaves the plan's items out. */
    ACTIVE,
    /**
     * An installment stayed unpaid after its due date plus the grace days, so dunning resumes on
     * what is left of the items.
     */
    BROKEN,
    /** Everything the plan covers, with its interest, was paid. */
    COMPLETED,
    /** The company ended the plan before it broke or completed, and dunning resumes. */
    CANCELLED
}
