package io.github.tahsilat.service.fx;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The result of reversing a revaluation. Immutable and thread-safe.
 *
 * @param revaluationId the reversed revaluation, which is also the document id of the counter
 *     entries
 * @param date the value date of the counter entries
 * @param items per item, the difference that the reversal booked and the restored open and carrying
 *     amounts. Each difference is the negation of what the revaluation booked. The list is empty
 *     when repeated
 * @param repeated {@code true} if the revaluation was reversed before and nothing was written
 */
public record RevaluationReversal(
        UUID revaluationId, LocalDate date, List<ItemExchangeDifference> items, boolean repeated) {

    /**
     * Checks that every part is present and copies the list.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public RevaluationReversal {
        Objects.requireNonNull(revaluationId, "revaluationId");
        Objects.requireNonNull(date, "date");
        items = List.copyOf(items);
    }
}
