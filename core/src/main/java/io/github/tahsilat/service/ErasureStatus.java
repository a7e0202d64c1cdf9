package io.github.tahsilat.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the erasure of a natural person's data under KVKK and the GDPR stands.
 *
 * <p>After a request the data stays, restricted to legal duties, until the retention period ends;
 * after the erasure the name is a pseudonym and the tax id, IBANs and contact details are gone,
 * while amounts and references remain. Immutable and thread-safe.
 *
 * @param stage none, requested or erased
 * @param requestedAt when the erasure was requested; present unless the stage is {@code NONE}
 * @param retentionEnds the first day on which the data may be erased; present unless the stage is
 *     {@code NONE}
 * @param erasedAt when the data was erased; present only in stage {@code ERASED}
 */
public record ErasureStatus(
        Stage stage,
        Optional<Instant> requestedAt,
        Optional<LocalDate> retentionEnds,
        Optional<Instant> erasedAt) {

    /** The status of a counterparty whose erasure nobody requested. */
    public static final ErasureStatus NONE =
            new ErasureStatus(Stage.NONE, Optional.empty(), Optional.empty(), Optional.empty());

    /** The stages of an erasure. */
    public enum Stage {
        /** No erasure was requested. */
        NONE,
        /** Erasure was requested, and the data is kept until the retention period ends. */
        REQUESTED,
        /** The personal data was replaced by a pseudonym. */
        ERASED
    }

    /** Checks that every part is present. */
    public ErasureStatus {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(retentionEnds, "retentionEnds");
        Objects.requireNonNull(erasedAt, "erasedAt");
    }
}
