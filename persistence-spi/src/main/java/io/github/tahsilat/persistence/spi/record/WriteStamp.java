package io.github.tahsilat.persistence.spi.record;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a write and when.
 *
 * @param actor the actor, never {@code null}
 * @param at the instant of the write, never {@code null}
 */
public record WriteStamp(Actor actor, Instant at) {

    /** Checks that both components are present. */
    public WriteStamp {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
