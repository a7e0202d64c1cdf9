package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of an aging: contiguous buckets with inclusive bounds that cover every age from
 * {@link Long#MIN_VALUE} to {@link Long#MAX_VALUE} with nothing between them, so every item falls
 * in exactly one bucket and the buckets add up to the total.
 *
 * <p>Immutable and thread-safe.
 *
 * @param buckets the buckets in ascending order of age, at least one
 */
public record AgingBuckets(List<AgingBucket> buckets) {

    private static final AgingBuckets STANDARD =
            ofUpperBounds(
                    List.of("current", "1-30", "31-60", "61-90", "over 90"),
                    new long[] {0, 30, 60, 90});

    /**
     * Checks that the buckets are contiguous and cover every age.
     *
     * @throws InvalidInputException if the list is missing or empty, the first bucket has a lower
     *     bound, the last has an upper bound, or a bucket does not start the day after the previous
     *     one ends
     */
    public AgingBuckets {
        InputChecks.present(buckets, "buckets", "a list of aging buckets");
        buckets = List.copyOf(buckets);
        if (buckets.isEmpty()) {
            throw new InvalidInputException("buckets", buckets, "at least one bucket");
        }
        if (buckets.get(0).fromDays() != Long.MIN_VALUE) {
            throw new InvalidInputException(
                    "buckets[0].fromDays", buckets.get(0).fromDays(), "no lower bound");
        }
        AgingBucket last = buckets.get(buckets.size() - 1);
        if (last.toDays() != Long.MAX_VALUE) {
            throw new InvalidInputException(
                    "buckets[" + (buckets.size() - 1) + "].toDays",
                    last.toDays(),
                    "no upper bound");
        }
        for (int i = 1; i < buckets.size(); i++) {
            long previous = buckets.get(i - 1).toDays();
            if (previous == Long.MAX_VALUE || buckets.get(i).fromDays() != previous + 1) {
                throw new InvalidInputException(
                        "buckets[" + i + "].fromDays",
                        buckets.get(i).fromDays(),
                        "the day after the previous bucket ends");
            }
        }
    }

    /**
     * Returns the default buckets: current (not yet due or due that day), 1-30, 31-60, 61-90 and
     * over 90 days past due.
     */
    public static AgingBuckets standard() {
        return STANDARD;
    }

    /**
     * Returns buckets given by their inclusive upper bounds; the last bucket has none. Labels
     * {@code ["not due", "0-30", "31-60", "61-90", "90+"]} with bounds {@code [-1, 30, 60, 90]} put
     * an item due today in "0-30".
     *
     * @param labels one label per bucket, one more than there are bounds
     * @param upperBounds strictly ascending inclusive upper bounds
     * @throws InvalidInputException if an argument is missing, the counts do not match, a label is
     *     blank or the bounds are not strictly ascending
     */
    public static AgingBuckets ofUpperBounds(List<String> labels, long... upperBounds) {
        InputChecks.present(labels, "labels", "one label per bucket");
        InputChecks.present(upperBounds, "upperBounds", "the buckets' upper bounds");
        if (labels.size() != upperBounds.length + 1) {
            throw new InvalidInputException(
                    "labels", labels.size(), (upperBounds.length + 1) + " labels, one per bucket");
        }
        List<AgingBucket> list = new ArrayList<>();
        long from = Long.MIN_VALUE;
        for (int i = 0; i < upperBounds.length; i++) {
            if (i > 0 && upperBounds[i] <= upperBounds[i - 1]) {
                throw new InvalidInputException(
                        "upperBounds[" + i + "]",
                        upperBounds[i],
                        "a bound greater than " + upperBounds[i - 1]);
            }
            if (upperBounds[i] == Long.MAX_VALUE) {
                throw new InvalidInputException(
                        "upperBounds[" + i + "]", upperBounds[i], "a bound below Long.MAX_VALUE");
            }
            list.add(new AgingBucket(labels.get(i), from, upperBounds[i]));
            from = upperBounds[i] + 1;
        }
        list.add(new AgingBucket(labels.get(upperBounds.length), from, Long.MAX_VALUE));
        return new AgingBuckets(list);
    }

    /** Returns the number of buckets. */
    public int size() {
        return buckets.size();
    }

    /** Returns the position of the bucket for an item {@code days} old. */
    public int indexOf(long days) {
        int last = buckets.size() - 1;
        for (int i = 0; i < last; i++) {
            if (days <= buckets.get(i).toDays()) {
                return i;
            }
        }
        return last;
    }

    /** Returns the buckets' inclusive upper bounds, all but the last, for a primitive loop. */
    long[] upperBounds() {
        long[] bounds = new long[buckets.size() - 1];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = buckets.get(i).toDays();
        }
        return bounds;
    }
}
