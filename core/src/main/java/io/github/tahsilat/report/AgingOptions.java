package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.Direction;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The request for an aging: the date, what was known, the side, the basis and the buckets.
 *
 * @param asOf the date of the aging; entries with a later value date do not count
 * @param knownAt the instant the ledger is read as of; entries recorded later do not count, {@link
 *     Instant#MAX} for everything recorded
 * @param side receivables or payables; an aging never mixes the two
 * @param basis due date or invoice date
 * @param buckets the columns
 */
public record AgingOptions(
        LocalDate asOf, Instant knownAt, Direction side, AgingBasis basis, AgingBuckets buckets) {

    /**
     * Checks that every component is present.
     *
     * @throws InvalidInputException if a component is missing
     */
    public AgingOptions {
        InputChecks.present(asOf, "asOf", "the date of the aging");
        InputChecks.present(knownAt, "knownAt", "an instant, Instant.MAX for everything");
        InputChecks.present(side, "side", "RECEIVABLE or PAYABLE");
        InputChecks.present(basis, "basis", "DUE_DATE or INVOICE_DATE");
        InputChecks.present(buckets, "buckets", "the aging buckets");
    }

    /**
     * Returns the receivables aging by due date in the standard buckets, with every entry recorded.
     *
     * @throws InvalidInputException if {@code asOf} is missing
     */
    public static AgingOptions asOf(LocalDate asOf) {
        return new AgingOptions(
                asOf,
                Instant.MAX,
                Direction.RECEIVABLE,
                AgingBasis.DUE_DATE,
                AgingBuckets.standard());
    }

    /** Returns these options read as known at {@code instant}. */
    public AgingOptions knownAt(Instant instant) {
        return new AgingOptions(asOf, instant, side, basis, buckets);
    }

    /** Returns these options for {@code direction}. */
    public AgingOptions side(Direction direction) {
        return new AgingOptions(asOf, knownAt, direction, basis, buckets);
    }

    /** Returns these options aged on {@code agingBasis}. */
    public AgingOptions basis(AgingBasis agingBasis) {
        return new AgingOptions(asOf, knownAt, side, agingBasis, buckets);
    }

    /** Returns these options with {@code columns} as buckets. */
    public AgingOptions buckets(AgingBuckets columns) {
        return new AgingOptions(asOf, knownAt, side, basis, columns);
    }
}
