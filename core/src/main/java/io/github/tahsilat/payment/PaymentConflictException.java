package io.github.tahsilat.payment;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;

/**
 * Thrown when a payment repeats an idempotency key that is already recorded with other content,
 * such as a bank transaction id seen before with another amount. Nothing is recorded.
 */
public class PaymentConflictException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for the key and the payment first recorded with it.
     *
     * @param idempotencyKey the repeated key
     * @param recorded the payment first recorded with the key
     */
    public PaymentConflictException(String idempotencyKey, PaymentId recorded) {
        super(
                "idempotency key "
                        + idempotencyKey
                        + " was already used by payment "
                        + recorded
                        + " with other content; send the same content to repeat that request, or"
                        + " use a new key for a new payment");
    }
}
