package io.github.tahsilat.dunning;

import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.LateInterest;
import io.github.tahsilat.interest.RateTable;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a policy charges late interest: the day count, the dated rates and when accrual starts.
 *
 * @param dayCount the day-count convention
 * @param rates the yearly rates, margin included
 * @param start whether interest accrues from the due date or from the first notice
 */
public record InterestSettings(
        @NotNull DayCount dayCount, @NotNull @Valid RateTable rates, @NotNull InterestStart start) {

    /**
     * Checks that every field is present.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if an argument is {@code null}
     */
    public InterestSettings {
        InputChecks.present(dayCount, "dayCount", "a day-count convention");
        InputChecks.present(rates, "rates", "a rate table");
        InputChecks.present(start, "start", "FROM_DUE_DATE or FROM_NOTICE");
    }

    /** Returns a calculator for these settings that rounds each segment with {@code mode}. */
    public LateInterest calculator(RoundingMode mode) {
        return LateInterest.of(dayCount, rates, mode);
    }

    /**
     * Returns the day after which interest accrues: the due date, or the date of the first notice
     * when accrual starts from the notice.
     *
     * @param dueDate the item's due date
     * @param firstNoticeDate the date of the item's first notice, or empty if none was sent
     * @return the start, or empty when accrual starts from a notice and none was sent yet
     */
    public Optional<LocalDate> accrualStart(
            LocalDate dueDate, Optional<LocalDate> firstNoticeDate) {
        return start == InterestStart.FROM_DUE_DATE ? Optional.of(dueDate) : firstNoticeDate;
    }
}
