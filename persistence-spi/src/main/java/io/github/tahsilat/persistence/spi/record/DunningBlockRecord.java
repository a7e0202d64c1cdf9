package io.github.tahsilat.persistence.spi.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A pause of dunning on one item from {@code from} up to and including {@code until}; it lapses by
 * itself the day after.
 *
 * @param companyId the owning company
 * @param id the block's id, made by the library
 * @param itemId the invoice that is paused
 * @param reason why, never blank; may hold personal data
 * @param from the first day of the block; its epoch day fits in an int
 * @param until the last day of the block, on or after {@code from}
 * @param lastWrite who wrote it and when
 */
public record DunningBlockRecord(
        UUID companyId,
        UUID id,
        UUID itemId,
        String reason,
        LocalDate from,
        LocalDate until,
        WriteStamp lastWrite) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the reason is blank, a date is out of range, or {@code
     *     until} is before {@code from}
     */
    public DunningBlockRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Checks.text(reason, "reason");
        Checks.epochDayDate(from, "from");
        Checks.epochDayDate(until, "until");
        if (until.isBefore(from)) {
            throw Checks.invalid("until", until, "a date on or after " + from);
        }
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    /** Returns the dates only, because the reason may contain personal data. */
    @Override
    public String toString() {
        return "DunningBlockRecord[id=" + id + ", from=" + from + ", until=" + until + "]";
    }
}
