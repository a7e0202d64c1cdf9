package io.github.tahsilat.instrument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One recorded step of an instrument.
 *
 * @param status the status after the step
 * @param date the business date of the step
 * @param holder who holds the instrument afterwards, such as a bank or an endorsee; empty while the
 *     company holds it
 * @param actor the user id or job name that recorded the step
 * @param recordedAt when the step was recorded
 */
public record InstrumentStep(
        InstrumentStatus status, LocalDate date, String holder, String actor, Instant recordedAt) {

    /** Checks that every component is present. */
    public InstrumentStep {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
