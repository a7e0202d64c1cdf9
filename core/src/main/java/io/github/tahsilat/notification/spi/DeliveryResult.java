package io.github.tahsilat.notification.spi;

import java.util.Objects;

/**
 * The outcome of one delivery attempt on one channel.
 *
 * @param status what happened
 * @param reason why delivery failed or was rejected, for the run's report; empty when delivered
 */
public record DeliveryResult(DeliveryStatus status, String reason) {

    private static final DeliveryResult DELIVERED =
            new DeliveryResult(DeliveryStatus.DELIVERED, "");

    /**
     * Checks that a failure has a reason.
     *
     * @throws IllegalArgumentException if a FAILED or REJECTED result has a blank reason
     */
    public DeliveryResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (status != DeliveryStatus.DELIVERED && reason.isBlank()) {
            throw new IllegalArgumentException(
                    "a " + status + " delivery result needs a reason; pass why it did not deliver");
        }
    }

    /** Returns the result of a delivered notice. */
    public static DeliveryResult delivered() {
        return DELIVERED;
    }

    /** Returns a failure that a later run retries, such as a mail server that timed out. */
    public static DeliveryResult failed(String reason) {
        return new DeliveryResult(DeliveryStatus.FAILED, reason);
    }

    /** Returns a failure that is never retried, such as an address that does not exist. */
    public static DeliveryResult rejected(String reason) {
        return new DeliveryResult(DeliveryStatus.REJECTED, reason);
    }

    /** The three outcomes of a delivery attempt. */
    public enum DeliveryStatus {
        /** The channel accepted the notice; the notice counts as sent. */
        DELIVERED,
        /** Delivery failed for a reason that may pass; a later run retries it. */
        FAILED,
        /** Delivery can never succeed as addressed; no run retries it. */
        REJECTED
    }
}
