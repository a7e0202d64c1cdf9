package io.github.tahsilat.report;

/**
 * The bucket of every age from the first upper bound to one past the last, in one array, so that
 * aging an item reads one entry instead of comparing the age with every bound. Ages outside that
 * range are clamped into it, which keeps their bucket. Bounds that span more than {@value
 * #MAX_SPAN} days fall back to {@link ProjectionAging#bucket}.
 *
 * <p>Immutable and thread-safe.
 */
final class BucketLookup {

    /** The widest span of bounds, in days, that gets a table: about 45 years. */
    static final int MAX_SPAN = 1 << 14;

    private final long[] bounds;
    private final long first;
    private final long pastLast;
    private final int[] buckets;

    /**
     * Creates the lookup of upper bounds, all but the last bucket's, in strictly ascending order,
     * each below {@link Long#MAX_VALUE}.
     */
    BucketLookup(long[] bounds) {
        this.bounds = bounds.clone();
        if (bounds.length == 0) {
            first = 0;
            pastLast = 0;
            buckets = new int[] {0};
            return;
        }
        first = bounds[0];
        long last = bounds[bounds.length - 1];
        // The bounds ascend, so the difference is below 2^64 and exact as an unsigned number.
        if (Long.compareUnsigned(last - first, MAX_SPAN) > 0) {
            pastLast = 0;
            buckets = null;
            return;
        }
        pastLast = last + 1;
        buckets = new int[(int) (pastLast - first) + 1];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = ProjectionAging.bucket(first + i, bounds);
        }
    }

    /** Returns the bucket of an item {@code days} old, as {@link ProjectionAging#bucket} does. */
    int bucketOf(long days) {
        if (buckets == null) {
            return ProjectionAging.bucket(days, bounds);
        }
        long clamped = Math.min(Math.max(days, first), pastLast);
        return buckets[(int) (clamped - first)];
    }
}
