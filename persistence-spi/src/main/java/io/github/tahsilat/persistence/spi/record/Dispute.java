package io.github.tahsilat.persistence.spi.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispute raised against an invoice. An open dispute keeps the invoice out of dunning.
 *
 * @param reason why the counterparty disputes it, never blank
 * @param raisedOn the day the dispute was raised
 * @param resolvedOn the day it was resolved, not before {@code raisedOn}, or empty while open
 */
public record Dispute(String reason, LocalDate raisedOn, Optional<LocalDate> resolvedOn) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the reason is blank or resolution precedes raising
     */
    public Dispute {
        Checks.text(reason, "reason");
        Objects.requireNonNull(raisedOn, "raisedOn");
        Objects.requireNonNull(resolvedOn, "resolvedOn");
        if (resolvedOn.isPresent() && resolvedOn.get().isBefore(raisedOn)) {
            throw Checks.invalid("resolvedOn", resolvedOn.get(), "a day on or after " + raisedOn);
        }
    }

    /** Returns whether the dispute is still open. */
    public boolean isOpen() {
        return resolvedOn.isEmpty();
    }
}
