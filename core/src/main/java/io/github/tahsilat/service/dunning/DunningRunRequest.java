package io.github.tahsilat.service.dunning;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.notice.Notice;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A request for a dunning run: the company, the date the items are judged on, and the run's key.
 *
 * @param companyId the company
 * @param asOf the run's date in the company's time zone
 * @param runKey the run's key, such as {@code 2025-04-01}, not blank, at most 100 characters; the
 *     notice ids come from it
 * @param dryRun whether to compute the result only, writing and sending nothing
 */
public record DunningRunRequest(
        @NotNull CompanyId companyId,
        @NotNull LocalDate asOf,
        @NotBlank @Size(max = Notice.MAX_RUN_KEY_LENGTH) String runKey,
        boolean dryRun) {

    /**
     * Checks the fields.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if an argument is {@code null}, or
     *     {@code runKey} is blank or longer than 100 characters
     */
    public DunningRunRequest {
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(asOf, "asOf", "the run's date");
        InputChecks.text(runKey, "runKey", Notice.MAX_RUN_KEY_LENGTH);
    }

    /** Returns a request for a run that writes and sends, keyed by its date. */
    public static DunningRunRequest of(CompanyId companyId, LocalDate asOf) {
        return new DunningRunRequest(companyId, asOf, asOf.toString(), false);
    }

    /** Returns a copy that writes and sends nothing. */
    public DunningRunRequest asDryRun() {
        return new DunningRunRequest(companyId, asOf, runKey, true);
    }
}
