package io.github.tahsilat.ledger;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The actor and instant of one ledger operation. The instant is the "known at" time of every entry
 * the operation appends.
 *
 * @param actor the user id or job name, not blank, at most 200 characters
 * @param recordedAt the instant of recording, normally from the host's {@link java.time.Clock}
 */
public record EntryStamp(@NotBlank @Size(max = 200) String actor, @NotNull Instant recordedAt) {

    /**
     * Checks both components.
     *
     * @throws InvalidInputException if {@code actor} is missing, blank or too long, or {@code
     *     recordedAt} is missing
     */
    public EntryStamp {
        InputChecks.text(actor, "actor", 200);
        InputChecks.present(recordedAt, "recordedAt", "the instant of recording");
    }
}
