package io.github.tahsilat.invoice;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a credit document (a credit note or a return invoice), unique across companies.
 *
 * @param value the UUID, never {@code null}
 */
public record CreditDocumentId(UUID value) {

    /** Checks that the value is present. */
    public CreditDocumentId {
        Objects.requireNonNull(value, "value");
    }

    /** Returns a new random identifier. */
    public static CreditDocumentId random() {
        return new CreditDocumentId(UUID.randomUUID());
    }

    /**
     * Parses the canonical UUID text form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    public static CreditDocumentId parse(String text) {
        return new CreditDocumentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
