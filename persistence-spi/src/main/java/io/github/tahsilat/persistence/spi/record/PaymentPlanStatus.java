package io.github.tahsilat.persistence.spi.record;

/** The state of a payment plan. */
public enum PaymentPlanStatus {
    /** Installments are being paid, and dunning leaves the plan's items out. */
    ACTIVE,
    /** An installment stayed unpaid past its due date and the grace days, so dunning resumes. */
    BROKEN,
    /** Everything the plan restructured, with its interest, was paid. */
    COMPLETED,
    /** The company ended the plan before it broke or completed, and dunning resumes. */
    CANCELLED;

    /** Returns whether the plan can no longer change status. */
    public boolean isFinal() {
        return this != ACTIVE;
    }
}
