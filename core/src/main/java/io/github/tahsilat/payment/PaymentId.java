package io.github.tahsilat.payment;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a payment, unique across companies.
 *
 * @param value the UUID, never {@code null}
 */
public record PaymentId(UUID value) {

    /** Checks that the value is present. */
    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    /** Returns a new random identifier. */
    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    /**
     * Parses the canonical UUID text form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    public static PaymentId parse(String text) {
        return new PaymentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
