package io.github.tahsilat.report;

import io.github.tahsilat.internal.report.AgingTable;
import io.github.tahsilat.persistence.spi.record.OpenItemView;

/**
 * Ages the store's compact projection of open items in one pass, with no boxing and no amount
 * objects in the loop: days and minor units are primitives, and the sums live in an {@link
 * AgingTable}.
 */
final class ProjectionAging {

    private ProjectionAging() {}

    static void age(Iterable<OpenItemView> views, AgingOptions options, AgingTable table) {
        long asOf = options.asOf().toEpochDay();
        long[] bounds = options.buckets().upperBounds();
        boolean byDueDate = options.basis() == AgingBasis.DUE_DATE;
        String side = options.side().name();
        for (OpenItemView view : views) {
            if (view.openMinor() == 0 || !view.direction().name().equals(side)) {
                continue;
            }
            long day = byDueDate ? view.dueEpochDay() : view.issueEpochDay();
            int row = table.row(view.counterpartyId(), view.currency());
            table.add(row, bucket(asOf - day, bounds), view.openMinor());
        }
    }

    /** Returns the bucket of an item {@code days} old, given all upper bounds but the last. */
    static int bucket(long days, long[] bounds) {
        for (int i = 0; i < bounds.length; i++) {
            if (days <= bounds[i]) {
                return i;
            }
        }
        return bounds.length;
    }
}
