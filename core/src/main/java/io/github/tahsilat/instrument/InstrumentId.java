package io.github.tahsilat.instrument;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of an instrument, unique across companies.
 *
 * @param value the UUID, never {@code null}
 */
public record InstrumentId(UUID value) {

    /** Checks that the value is present. */
    public InstrumentId {
        Objects.requireNonNull(value, "value");
    }

    /** Returns a new random identifier. */
    public static InstrumentId random() {
        return new InstrumentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
