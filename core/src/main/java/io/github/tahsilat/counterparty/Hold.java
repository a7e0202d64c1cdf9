package io.github.tahsilat.counterparty;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A hold on a counterparty, such as a dispute or a promise to pay, that stops collection actions
 * until someone releases it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason why the counterparty is on hold, not blank, at most 500 characters
 */
public record Hold(@NotBlank @Size(max = Hold.MAX_REASON_LENGTH) String reason) {

    /** The maximum length of {@link #reason()}. */
    public static final int MAX_REASON_LENGTH = 500;

    /**
     * Checks the reason. A rejected reason is not quoted in the message, because it may name a
     * person.
     *
     * @throws InvalidInputException if {@code reason} is {@code null}, blank or longer than 500
     *     characters
     */
    public Hold {
        InputChecks.personalText(reason, "reason", MAX_REASON_LENGTH);
    }
}
