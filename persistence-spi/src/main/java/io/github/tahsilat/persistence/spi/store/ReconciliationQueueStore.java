package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.QueueResolution;
import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stores the bank lines that imports left unmatched or only proposed, until a person or a later
 * import resolves them.
 *
 * <p>This is a store of its own, not part of {@link BankEntryStore}, because bank-entry records are
 * never updated while a queued line changes once, from open to resolved. Both use the same
 * bank-entry key. Unique per company: the entry key, open or resolved, so a line queues once
 * however often its statement is imported. A resolved line stays stored and never reopens. Queries
 * read one company only. Implementations are thread-safe and join the active transaction.
 */
public interface ReconciliationQueueStore {

    /**
     * Stores an open line, unless the company already has a line under its key.
     *
     * @return {@code true} if the line was stored, {@code false} if the key was already queued
     * @throws IllegalArgumentException if {@code companyId} differs from the record's company or
     *     the record is already resolved
     */
    boolean enqueue(UUID companyId, QueuedLineRecord line);

    /** Returns the line stored under {@code entryKey}, open or resolved, or empty. */
    Optional<QueuedLineRecord> find(UUID companyId, String entryKey);

    /**
     * Returns keys of {@code entryKeys} under which the company has a line, open or resolved, so
     * that a caller can skip building the lines that {@link #enqueue} would not store.
     *
     * <p>Every key returned is queued, but a store may leave out queued keys that it cannot find
     * cheaply. The default returns an empty set, which costs a SQL store no query, and {@link
     * #enqueue} still rejects a key that is already queued.
     *
     * @throws NullPointerException if an argument or a key is {@code null}
     */
    default Set<String> queuedKeys(UUID companyId, Collection<String> entryKeys) {
        Objects.requireNonNull(companyId, "companyId");
        entryKeys.forEach(key -> Objects.requireNonNull(key, "entryKey"));
        return Set.of();
    }

    /**
     * Returns the positions in {@code entryKeys} of the keys under which the company has a line,
     * open or resolved, as {@link #queuedKeys} finds them, so that a caller can skip those lines by
     * position without a look-up by key.
     *
     * <p>The default sets the position of every key that {@link #queuedKeys} returns. A store may
     * override it to set the positions without building that set.
     *
     * @throws NullPointerException if an argument or a key is {@code null}
     */
    default BitSet queuedPositions(UUID companyId, List<String> entryKeys) {
        Set<String> queued = queuedKeys(companyId, entryKeys);
        BitSet positions = new BitSet(entryKeys.size());
        if (queued.isEmpty()) {
            return positions;
        }
        int position = 0;
        for (String key : entryKeys) {
            if (queued.contains(key)) {
                positions.set(position);
            }
            position++;
        }
        return positions;
    }

    /**
     * Returns one page of the company's open lines, ordered by booking date, oldest first, then by
     * entry key.
     *
     * @throws IllegalArgumentException if the request's cursor was not returned by this query
     */
    Page<QueuedLineRecord> open(UUID companyId, PageRequest request);

    /**
     * Resolves the open line stored under {@code entryKey}.
     *
     * @return the resolved line, or empty if the company has no open line under the key
     */
    Optional<QueuedLineRecord> resolve(UUID companyId, String entryKey, QueueResolution resolution);

    /**
     * Resolves the open lines stored under {@code entryKeys} with one resolution, as {@link
     * #resolve} does for each key. A bank line can be queued under its reference key or its content
     * key, and a booking resolves both.
     *
     * <p>The default calls {@link #resolve} once per distinct key, in the order given. A store may
     * override it to resolve the lines with one statement.
     *
     * @return the resolved lines by entry key; a key under which the company has no open line is
     *     absent
     * @throws NullPointerException if an argument or a key is {@code null}
     */
    default Map<String, QueuedLineRecord> resolveAll(
            UUID companyId, Collection<String> entryKeys, QueueResolution resolution) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(resolution, "resolution");
        Set<String> keys = new LinkedHashSet<>();
        for (String key : entryKeys) {
            keys.add(Objects.requireNonNull(key, "entryKey"));
        }
        Map<String, QueuedLineRecord> resolved = new LinkedHashMap<>();
        for (String key : keys) {
            resolve(companyId, key, resolution).ifPresent(line -> resolved.put(key, line));
        }
        return resolved;
    }
}
