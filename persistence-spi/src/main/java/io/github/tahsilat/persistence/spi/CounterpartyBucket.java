package io.github.tahsilat.persistence.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * One of {@code count} buckets that split a company's counterparties for the work units of a bulk
 * job, such as a dunning run spread over several application instances.
 *
 * <p>A counterparty's bucket comes from its {@linkplain #hashOf hash}, a number from 0 to 2<sup>32
 * </sup> - 1: bucket {@code b} of {@code count} contains the hashes from {@link #fromHash()}
 * inclusive to {@link #toHash()} exclusive, so the buckets are consecutive, equal ranges of the
 * hash. The hash is the first four bytes of the MD5 digest of the id's canonical lower-case text,
 * as an unsigned big-endian number, which a database computes as well: in PostgreSQL, {@code ('x'
 * || substr(md5(counterparty_id::text), 1, 8))::bit(32)::bigint}. A store can therefore index the
 * hash and read one bucket as a range. The hash is the same in every JVM and database, so instances
 * that split a job with the same count agree on every bucket. Immutable and thread-safe.
 *
 * @param bucket the bucket, from 0 to {@code count - 1}
 * @param count the number of buckets, from 1 to {@value #MAX_COUNT}
 */
public record CounterpartyBucket(int bucket, int count) {

    /** The maximum number of buckets. */
    public static final int MAX_COUNT = 4096;

    /** The number of distinct hashes, 2<sup>32</sup>. Every hash is below it. */
    public static final long HASH_LIMIT = 1L << 32;

    /**
     * Checks the bucket and count.
     *
     * @throws IllegalArgumentException if {@code count} is not from 1 to {@value #MAX_COUNT}, or
     *     {@code bucket} is not from 0 to {@code count - 1}
     */
    public CounterpartyBucket {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException(
                    "invalid bucket count: "
                            + count
                            + "; expected a number from 1 to "
                            + MAX_COUNT);
        }
        if (bucket < 0 || bucket >= count) {
            throw new IllegalArgumentException(
                    "invalid bucket: " + bucket + "; expected a number from 0 to " + (count - 1));
        }
    }

    /**
     * Returns the bucket of {@code count} that contains the counterparty.
     *
     * @throws NullPointerException if {@code counterpartyId} is {@code null}
     * @throws IllegalArgumentException if {@code count} is not from 1 to {@value #MAX_COUNT}
     */
    public static CounterpartyBucket of(UUID counterpartyId, int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException(
                    "invalid bucket count: "
                            + count
                            + "; expected a number from 1 to "
                            + MAX_COUNT);
        }
        return new CounterpartyBucket((int) (hashOf(counterpartyId) * count >>> 32), count);
    }

    /**
     * Returns the counterparty's hash: the first four bytes of the MD5 digest of {@code
     * counterpartyId.toString()} in UTF-8, as an unsigned big-endian number from 0 to {@link
     * #HASH_LIMIT} - 1.
     *
     * @throws NullPointerException if {@code counterpartyId} is {@code null}
     */
    public static long hashOf(UUID counterpartyId) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        byte[] digest = md5().digest(counterpartyId.toString().getBytes(StandardCharsets.US_ASCII));
        return (digest[0] & 0xffL) << 24
                | (digest[1] & 0xffL) << 16
                | (digest[2] & 0xffL) << 8
                | (digest[3] & 0xffL);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE platform must provide MD5 (MessageDigest's documentation).
            throw new IllegalStateException("the JDK provides no MD5 digest", e);
        }
    }

    /** Returns the first hash of the bucket, inclusive. */
    public long fromHash() {
        return ceilDiv((long) bucket * HASH_LIMIT, count);
    }

    /** Returns the hash after the bucket's last, exclusive. */
    public long toHash() {
        return ceilDiv((long) (bucket + 1) * HASH_LIMIT, count);
    }

    /**
     * Returns whether the counterparty is in this bucket.
     *
     * @throws NullPointerException if {@code counterpartyId} is {@code null}
     */
    public boolean contains(UUID counterpartyId) {
        long hash = hashOf(counterpartyId);
        return hash >= fromHash() && hash < toHash();
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
