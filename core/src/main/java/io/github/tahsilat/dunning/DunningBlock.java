package io.github.tahsilat.dunning;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A time-boxed pause of dunning, for a dispute or a promise to pay. The block is active from {@code
 * from} up to and including {@code until} and lapses by itself the day after.
 *
 * @param reason why dunning is paused, not blank, at most 500 characters
 * @param from the first day of the block
 * @param until the last day of the block, on or after {@code from}
 */
public record DunningBlock(
        @NotBlank @Size(max = DunningBlock.MAX_REASON_LENGTH) String reason,
        @NotNull LocalDate from,
        @NotNull LocalDate until) {

    /** The maximum length of {@link #reason()}. */
    public static final int MAX_REASON_LENGTH = 500;

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code reason} is blank or too
     *     long, or {@code until} is before {@code from}
     */
    public DunningBlock {
        InputChecks.personalText(reason, "reason", MAX_REASON_LENGTH);
        InputChecks.present(from, "from", "the first day of the block");
        InputChecks.present(until, "until", "the last day of the block");
        if (until.isBefore(from)) {
            throw new InvalidInputException("until", until, "a date on or after " + from);
        }
    }

    /**
     * Returns whether the block pauses dunning on {@code asOf}: from {@code from} to {@code until},
     * both included.
     *
     * @throws NullPointerException if {@code asOf} is {@code null}
     */
    public boolean isActive(LocalDate asOf) {
        return !asOf.isBefore(from) && !asOf.isAfter(until);
    }

    /** Returns the dates only, because the reason may contain personal data. */
    @Override
    public String toString() {
        return "DunningBlock[from=" + from + ", until=" + until + "]";
    }
}
