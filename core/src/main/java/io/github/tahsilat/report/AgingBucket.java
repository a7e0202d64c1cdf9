package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;

/**
 * One column of an aging: the items whose age in days lies from {@code fromDays} to {@code toDays},
 * both inclusive. The age is the number of days past the due date (negative before it), or the days
 * since the issue date, depending on the {@link AgingBasis}.
 *
 * @param label the column's name, not blank, at most 100 characters
 * @param fromDays the smallest age in the bucket, {@link Long#MIN_VALUE} for no lower bound
 * @param toDays the largest age in the bucket, {@link Long#MAX_VALUE} for no upper bound
 */
public record AgingBucket(String label, long fromDays, long toDays) {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if the label is missing, blank or too long, or {@code toDays}
     *     is less than {@code fromDays}
     */
    public AgingBucket {
        InputChecks.text(label, "label", 100);
        if (toDays < fromDays) {
            throw new InvalidInputException(
                    "toDays", toDays, "a number of days of at least " + fromDays);
        }
    }

    /** Returns {@code true} if an item {@code days} old belongs in this bucket. */
    public boolean contains(long days) {
        return days >= fromDays && days <= toDays;
    }
}
