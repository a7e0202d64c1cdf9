package io.github.tahsilat.report;

import io.github.tahsilat.internal.report.AgingTable;
import io.github.tahsilat.invoice.Direction;

/**
 * Ages compact items in one pass, with no boxing and no amount objects in the loop: days and minor
 * units are primitives, and the sums live in an {@link AgingTable}.
 */
final class ProjectionAging {

    private ProjectionAging() {}

    static void age(CompactItems items, AgingOptions options, AgingTable table) {
        long asOf = options.asOf().toEpochDay();
        BucketLookup buckets = new BucketLookup(options.buckets().upperBounds());
        boolean byDueDate = options.basis() == AgingBasis.DUE_DATE;
        Direction aged = options.side();
        items.forEachIndexed(
                (index, counterparty, currency, side, issueDay, dueDay, openMinor) -> {
                    if (openMinor != 0 && side == aged) {
                        long day = byDueDate ? dueDay : issueDay;
                        int row = table.row(index, counterparty, currency);
                        table.add(row, buckets.bucketOf(asOf - day), openMinor);
                    }
                },
                (counterparty, currency, side, creditMinor) -> {
                    if (creditMinor != 0 && side == aged) {
                        table.addCredit(table.row(counterparty, currency), creditMinor);
                    }
                },
                (counterparty, currency, side, coveredMinor) -> {
                    if (coveredMinor != 0 && side == aged) {
                        table.addCovered(table.row(counterparty, currency), coveredMinor);
                    }
                });
    }

    /**
     * Returns the bucket of an item {@code days} old, given all upper bounds but the last in
     * ascending order: the number of bounds below {@code days}. Counting, rather than stopping at
     * the first bound not below, leaves no branch for the processor to mispredict on items of
     * random ages.
     */
    static int bucket(long days, long[] bounds) {
        int bucket = 0;
        for (long bound : bounds) {
            bucket += days > bound ? 1 : 0;
        }
        return bucket;
    }
}
