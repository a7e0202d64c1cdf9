package io.github.tahsilat.service.dunning;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.notification.spi.DeliveryResult.DeliveryStatus;
import java.util.Objects;
import java.util.UUID;

/**
 * A delivery that did not succeed on a run. A {@code FAILED} one is retried by a later run with the
 * same notice id; a {@code REJECTED} one is not.
 *
 * @param noticeId the notice id on the channel
 * @param counterpartyId the notice's counterparty
 * @param channel the channel's name
 * @param status {@code FAILED} or {@code REJECTED}
 * @param reason the channel's reason, or the exception's class name when it threw
 */
public record DeliveryFailure(
        UUID noticeId,
        CounterpartyId counterpartyId,
        String channel,
        DeliveryStatus status,
        String reason) {

    /**
     * Checks that every part is present and the status is a failure.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code status} is {@code DELIVERED}
     */
    public DeliveryFailure {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (status == DeliveryStatus.DELIVERED) {
            throw new IllegalArgumentException("a delivery failure cannot be DELIVERED");
        }
    }
}
