package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.payment.PaymentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored bank entry as the services read it, without the storage record.
 *
 * @param entryKey the key it is stored under
 * @param statementId the statement or notification that carried it
 * @param decision what booking decided
 * @param paymentId the payment it produced or reversed, empty when it was ignored; the first of
 *     them when it produced or reversed several
 * @param paymentIds every payment it produced or reversed, {@code paymentId} first, empty when it
 *     was ignored
 * @param actorId who booked it
 * @param at when it was booked
 */
public record BookedEntry(
        String entryKey,
        String statementId,
        Decision decision,
        Optional<PaymentId> paymentId,
        List<PaymentId> paymentIds,
        String actorId,
        Instant at) {

    /** The decision recorded for the entry. */
    public enum Decision {
        /** Booked as the payment it names. */
        BOOKED,
        /** Reversed the payment it names. */
        REVERSED,
        /** Books nothing, by a person's decision. */
        IGNORED
    }
}
