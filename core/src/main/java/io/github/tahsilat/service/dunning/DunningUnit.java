package io.github.tahsilat.service.dunning;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.persistence.spi.CounterpartyBucket;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * One work unit of a dunning run: the counterparties whose hash bucket is {@code bucket} out of
 * {@code bucketCount}. The units {@code 0} to {@code bucketCount - 1} of a run partition its
 * counterparties, so each counterparty, with all its items, belongs to exactly one unit.
 *
 * <p>A counterparty's bucket depends only on its id and the bucket count, and is the same in every
 * JVM, so instances that split one run with the same count agree on every unit. Immutable and
 * thread-safe.
 *
 * @param run the run the unit is part of, never {@code null}
 * @param bucket the unit's bucket, from 0 to {@code bucketCount - 1}
 * @param bucketCount the number of units the run is split into, from 1 to {@value #MAX_COUNT}
 */
public record DunningUnit(
        @NotNull @Valid DunningRunRequest run,
        @Min(0) @Max(MAX_COUNT - 1) int bucket,
        @Min(1) @Max(MAX_COUNT) int bucketCount) {

    /** The maximum number of units a run can be split into. */
    public static final int MAX_COUNT = CounterpartyBucket.MAX_COUNT;

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if {@code run} is {@code null}, {@code bucketCount} is not from
     *     1 to {@value #MAX_COUNT}, or {@code bucket} is not from 0 to {@code bucketCount - 1}
     */
    public DunningUnit {
        InputChecks.present(run, "run", "a dunning run request");
        if (bucketCount < 1 || bucketCount > MAX_COUNT) {
            throw new InvalidInputException(
                    "bucketCount", bucketCount, "a number from 1 to " + MAX_COUNT);
        }
        if (bucket < 0 || bucket >= bucketCount) {
            throw new InvalidInputException(
                    "bucket", bucket, "a number from 0 to " + (bucketCount - 1));
        }
    }

    /**
     * Splits a run into {@code count} units, in bucket order.
     *
     * @throws InvalidInputException if {@code run} is {@code null} or {@code count} is not from 1
     *     to {@value #MAX_COUNT}
     */
    public static List<DunningUnit> split(DunningRunRequest run, int count) {
        InputChecks.present(run, "run", "a dunning run request");
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException("count", count, "a number from 1 to " + MAX_COUNT);
        }
        List<DunningUnit> units = new ArrayList<>(count);
        for (int bucket = 0; bucket < count; bucket++) {
            units.add(new DunningUnit(run, bucket, count));
        }
        return List.copyOf(units);
    }

    /**
     * Returns the bucket of a counterparty among {@code count} buckets: the bucket of {@link
     * io.github.tahsilat.persistence.spi.CounterpartyBucket#of}, whose hash is the first four bytes
     * of the MD5 digest of the id's text. A store reads one unit's open items as a range of that
     * hash.
     *
     * @throws InvalidInputException if {@code counterpartyId} is {@code null} or {@code count} is
     *     not from 1 to {@value #MAX_COUNT}
     */
    public static int bucketOf(CounterpartyId counterpartyId, int count) {
        InputChecks.present(counterpartyId, "counterpartyId", "a counterparty id");
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException("count", count, "a number from 1 to " + MAX_COUNT);
        }
        return CounterpartyBucket.of(counterpartyId.value(), count).bucket();
    }

    /**
     * Returns whether the counterparty belongs to this unit.
     *
     * @throws InvalidInputException if {@code counterpartyId} is {@code null}
     */
    public boolean contains(CounterpartyId counterpartyId) {
        return bucketOf(counterpartyId, bucketCount) == bucket;
    }

    /** Returns a short label such as {@code 2025-04-01#3/16}: the run key, bucket and count. */
    public String label() {
        return run.runKey() + "#" + bucket + "/" + bucketCount;
    }
}
