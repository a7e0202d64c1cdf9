package io.github.tahsilat.invoice;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of an invoice, unique across companies.
 *
 * @param value the UUID, never {@code null}
 */
public record InvoiceId(UUID value) {

    /** Checks that the value is present. */
    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    /** Returns a new random identifier. */
    public static InvoiceId random() {
        return new InvoiceId(UUID.randomUUID());
    }

    /**
     * Parses the canonical UUID text form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    public static InvoiceId parse(String text) {
        return new InvoiceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
