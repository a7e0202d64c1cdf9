package io.github.tahsilat.persistence.spi;

import java.io.Serial;
import java.util.Objects;
import java.util.UUID;

/**
 * Thrown when a write would put an invoice into a second active payment plan of its company. An
 * invoice is in at most one plan with status {@code ACTIVE} at a time, and stores enforce this
 * atomically, so of two plans written at once over the same invoice only one is stored.
 */
public class ItemInActivePlanException extends StoreException {
    @Serial private static final long serialVersionUID = 1L;

    private final UUID itemId;
    private final UUID planId;
    private final UUID activePlanId;

    /**
     * Creates the exception.
     *
     * @param itemId the invoice that both plans cover
     * @param planId the plan whose write was rejected
     * @param activePlanId the active plan that already covers the invoice
     * @throws NullPointerException if an argument is {@code null}
     */
    public ItemInActivePlanException(UUID itemId, UUID planId, UUID activePlanId) {
        super(
                "invoice "
                        + itemId
                        + " is already in active payment plan "
                        + activePlanId
                        + ", so payment plan "
                        + planId
                        + " cannot cover it; cancel that plan first or leave the invoice out");
        this.itemId = Objects.requireNonNull(itemId, "itemId");
        this.planId = Objects.requireNonNull(planId, "planId");
        this.activePlanId = Objects.requireNonNull(activePlanId, "activePlanId");
    }

    /** Returns the invoice that both plans cover. */
    public UUID itemId() {
        return itemId;
    }

    /** Returns the plan whose write was rejected. */
    public UUID planId() {
        return planId;
    }

    /** Returns the active plan that already covers the invoice. */
    public UUID activePlanId() {
        return activePlanId;
    }
}
