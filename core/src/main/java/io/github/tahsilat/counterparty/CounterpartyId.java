package io.github.tahsilat.counterparty;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a counterparty: a customer, a supplier, or both, within one company.
 *
 * @param value the UUID, never {@code null}
 */
public record CounterpartyId(UUID value) {

    /** Checks that the value is present. */
    public CounterpartyId {
        Objects.requireNonNull(value, "value");
    }

    /** Returns a new random identifier. */
    public static CounterpartyId random() {
        return new CounterpartyId(UUID.randomUUID());
    }

    /**
     * Parses the canonical UUID text form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    public static CounterpartyId parse(String text) {
        return new CounterpartyId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
