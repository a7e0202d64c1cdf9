package io.github.tahsilat.company;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a company, the legal entity whose books the library keeps. Every stored item
 * belongs to exactly one company, and no query crosses companies.
 *
 * @param value the UUID, never {@code null}
 */
public record CompanyId(UUID value) {

    /** Checks that the value is present. */
    public CompanyId {
        Objects.requireNonNull(value, "value");
    }

    /** Returns a new random identifier. */
    public static CompanyId random() {
        return new CompanyId(UUID.randomUUID());
    }

    /**
     * Parses the canonical UUID text form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    public static CompanyId parse(String text) {
        return new CompanyId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
