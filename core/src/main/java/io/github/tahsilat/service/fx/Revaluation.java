package io.github.tahsilat.service.fx;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The result of revaluing a company's open foreign-currency items at a date. Immutable and
 * thread-safe.
 *
 * @param revaluationId the id of the ledger entries and events it wrote
 * @param date the revaluation date
 * @param items the unrealized difference of each item that changed, in the order revalued
 */
public record Revaluation(UUID revaluationId, LocalDate date, List<ItemExchangeDifference> items) {

    /**
     * Checks that every part is present and copies the list.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public Revaluation {
        Objects.requireNonNull(revaluationId, "revaluationId");
        Objects.requireNonNull(date, "date");
        items = List.copyOf(items);
    }
}
