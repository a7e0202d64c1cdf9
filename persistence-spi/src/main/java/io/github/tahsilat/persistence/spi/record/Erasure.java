package io.github.tahsilat.persistence.spi.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The erasure status of a counterparty's personal data.
 *
 * @param state the state, never {@code null}
 * @param requestedAt when the erasure was requested; present unless the state is {@code NONE}
 * @param retentionEnds the first day on which the data may be erased, which the host's retention
 *     policy gives (Turkish tax law keeps books for 5 years, commercial law for 10); present unless
 *     the state is {@code NONE}
 * @param erasedAt when the data was erased; present only in state {@code ERASED}
 */
public record Erasure(
        ErasureState state,
        Optional<Instant> requestedAt,
        Optional<LocalDate> retentionEnds,
        Optional<Instant> erasedAt) {

    /** The status of a counterparty without an erasure request. */
    public static final Erasure NONE =
            new Erasure(ErasureState.NONE, Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks that the dates present match the state.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a date is present or missing against the rules above
     */
    public Erasure {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(retentionEnds, "retentionEnds");
        Objects.requireNonNull(erasedAt, "erasedAt");
        boolean requested = state != ErasureState.NONE;
        if (requestedAt.isPresent() != requested || retentionEnds.isPresent() != requested) {
            throw Checks.invalid(
                    "erasure",
                    state + " " + requestedAt + " " + retentionEnds,
                    "requestedAt and retentionEnds present exactly when the state is not NONE");
        }
        if (erasedAt.isPresent() != (state == ErasureState.ERASED)) {
            throw Checks.invalid(
                    "erasure", state + " " + erasedAt, "erasedAt present exactly when ERASED");
        }
    }

    /** Returns the status of a recorded request. */
    public static Erasure requested(Instant requestedAt, LocalDate retentionEnds) {
        return new Erasure(
                ErasureState.REQUESTED,
                Optional.of(requestedAt),
                Optional.of(retentionEnds),
                Optional.empty());
    }

    /**
     * Returns the status after the erasure of a requested one.
     *
     * @throws IllegalStateException if this status is not {@code REQUESTED}
     */
    public Erasure erased(Instant at) {
        if (state != ErasureState.REQUESTED) {
            throw new IllegalStateException(
                    "cannot erase in state " + state + "; record an erasure request first");
        }
        return new Erasure(ErasureState.ERASED, requestedAt, retentionEnds, Optional.of(at));
    }
}
