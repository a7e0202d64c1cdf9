package io.github.tahsilat.invoice;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispute raised by the counterparty about an invoice. A dispute does not change the amounts.
 * Collection steps such as dunning are expected to pause while it is open.
 *
 * @param reason why the counterparty disputes the invoice, not blank
 * @param startDate the first day of the dispute
 * @param resolutionDate the day the dispute was resolved, on or after {@code startDate}, or {@code
 *     null} while it is open
 */
public record Dispute(
        @NotBlank String reason, @NotNull LocalDate startDate, LocalDate resolutionDate) {

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if the reason is blank, the start date is missing, or the
     *     resolution date is before the start date
     */
    public Dispute {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", reason, "a reason that is not blank");
        }
        if (startDate == null) {
            throw new InvalidInputException("startDate", null, "the first day of the dispute");
        }
        if (resolutionDate != null && resolutionDate.isBefore(startDate)) {
            throw new InvalidInputException(
                    "resolutionDate",
                    resolutionDate,
                    "a date on or after the start date " + startDate);
        }
    }

    /** Returns an open dispute. */
    public static Dispute open(String reason, LocalDate startDate) {
        return new Dispute(reason, startDate, null);
    }

    /** Returns the resolution date, empty while the dispute is open. */
    public Optional<LocalDate> resolution() {
        return Optional.ofNullable(resolutionDate);
    }

    /** Returns {@code true} while no resolution date is set. */
    public boolean isOpen() {
        return resolutionDate == null;
    }

    /**
     * Returns {@code true} if the dispute covers {@code date}: on or after the start date, and
     * before the resolution date if there is one.
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(startDate)
                && (resolutionDate == null || date.isBefore(resolutionDate));
    }

    /**
     * Returns this dispute resolved on {@code date}.
     *
     * @throws InvalidInputException if {@code date} is missing or before the start date
     */
    Dispute resolve(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("resolutionDate", null, "the day of the resolution");
        }
        return new Dispute(reason, startDate, date);
    }
}
