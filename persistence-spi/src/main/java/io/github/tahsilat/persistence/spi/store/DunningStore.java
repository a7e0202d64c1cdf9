package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.DunningBlockRecord;
import io.github.tahsilat.persistence.spi.record.DunningRecord;
import io.github.tahsilat.persistence.spi.record.DunningRunRecord;
import io.github.tahsilat.persistence.spi.record.PromiseRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Stores what dunning runs claim and send, their history, and the blocks and promises to pay that
 * pause dunning.
 *
 * <p>Unique per company: the id of each record, and the (item, level) pair of a dunning record.
 * {@link #claim} is the claim of a run: of two runs that claim the same pair, in parallel or one
 * after the other, exactly one succeeds. A record's lease ({@link DunningRecord#leaseExpiry}) keeps
 * other runs from retrying a notice while the run that claimed or took it over is delivering it.
 * The write rules of {@link CompanyStore} apply. Lists are ordered by the item's id, then by level,
 * or by date and then id for runs and blocks. Implementations are thread-safe and join the active
 * transaction.
 */
public interface DunningStore {

    /**
     * Inserts a dunning record as the claim of its (item, level) pair.
     *
     * @throws DuplicateKeyException if the company has a record for the same item and level, or
     *     with the same id
     */
    DunningRecord claim(UUID companyId, DunningRecord dunning);

    /**
     * Inserts dunning records as the claims of their (item, level) pairs, as {@link #claim} inserts
     * one. The call joins the active transaction, and a failure marks it for rollback, so inside a
     * transaction it stores all of {@code claims} or none. The default calls {@link #claim} for
     * each record in order, and a store may override it to send the inserts in one batch.
     *
     * @return the stored records, in the order of {@code claims}
     * @throws DuplicateKeyException if the company has a record for the item and level of one of
     *     {@code claims}, or with its id, or two of {@code claims} share an id or a pair
     * @throws NullPointerException if {@code companyId}, {@code claims} or one of its elements is
     *     {@code null}
     */
    default List<DunningRecord> claimAll(UUID companyId, List<DunningRecord> claims) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(claims, "claims");
        List<DunningRecord> stored = new ArrayList<>(claims.size());
        for (DunningRecord dunning : claims) {
            stored.add(claim(companyId, Objects.requireNonNull(dunning, "dunning")));
        }
        return stored;
    }

    /**
     * Updates a dunning record with a delivery result.
     *
     * @throws RecordNotFoundException if the company has no record with this id
     * @throws StaleVersionException if the stored version differs from {@code dunning.version()}
     */
    DunningRecord update(UUID companyId, DunningRecord dunning);

    /**
     * Updates dunning records, checking each version as {@link #update} does. The call joins the
     * active transaction, and a failure marks it for rollback, so inside a transaction it updates
     * all of {@code records} or none. The default calls {@link #update} for each record in order,
     * and a store may override it to send the updates in one batch.
     *
     * @return the stored records at their new versions, in the order of {@code records}
     * @throws RecordNotFoundException if the company has no record with the id of one of {@code
     *     records}
     * @throws StaleVersionException if the stored version of one of {@code records} differs from
     *     its version, also when {@code records} contains one record twice
     * @throws NullPointerException if {@code companyId}, {@code records} or one of its elements is
     *     {@code null}
     */
    default List<DunningRecord> updateAll(UUID companyId, List<DunningRecord> records) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(records, "records");
        List<DunningRecord> stored = new ArrayList<>(records.size());
        for (DunningRecord dunning : records) {
            stored.add(update(companyId, Objects.requireNonNull(dunning, "dunning")));
        }
        return stored;
    }

    /** Returns an item's dunning records in level order, possibly none. */
    List<DunningRecord> ofItem(UUID companyId, UUID itemId);

    /**
     * Returns the dunning records of the given items, by item id, each item's records in level
     * order. An item without records in the company is left out. The default calls {@link #ofItem}
     * for each distinct id, and a store may override it to read them in a few queries.
     *
     * @throws NullPointerException if {@code companyId}, {@code itemIds} or one of its elements is
     *     {@code null}
     */
    default Map<UUID, List<DunningRecord>> ofItems(UUID companyId, Collection<UUID> itemIds) {
        return byItem(companyId, itemIds, this::ofItem);
    }

    /** Returns the records whose notice a later run delivers again: CLAIMED or FAILED. */
    List<DunningRecord> pending(UUID companyId);

    /**
     * Returns the pending records whose lease expired at or before {@code now}, in the order of
     * {@link #pending}: the claims that no live run has taken, which a run may take over with
     * {@link #update} at the version read. The default filters {@link #pending}. A store with many
     * pending records should read only the expired ones.
     *
     * @throws NullPointerException if {@code now} is {@code null}
     */
    default List<DunningRecord> retryable(UUID companyId, Instant now) {
        Objects.requireNonNull(now, "now");
        return pending(companyId).stream().filter(record -> record.isRetryableAt(now)).toList();
    }

    /**
     * Stores the summary of a run.
     *
     * @throws DuplicateKeyException if the company has a run with the same id
     */
    DunningRunRecord insertRun(UUID companyId, DunningRunRecord run);

    /** Returns the company's runs in order of date, then id. */
    List<DunningRunRecord> runs(UUID companyId);

    /**
     * Stores a block.
     *
     * @throws DuplicateKeyException if the company has a block with the same id
     */
    DunningBlockRecord insertBlock(UUID companyId, DunningBlockRecord block);

    /** Returns an item's blocks, active or lapsed, in order of start date, then id. */
    List<DunningBlockRecord> blocksOf(UUID companyId, UUID itemId);

    /**
     * Returns the blocks of the given items, by item id, each item's blocks in the order of {@link
     * #blocksOf}. An item without blocks in the company is left out. The default calls {@link
     * #blocksOf} for each distinct id, and a store may override it to read them in a few queries.
     *
     * @throws NullPointerException if {@code companyId}, {@code itemIds} or one of its elements is
     *     {@code null}
     */
    default Map<UUID, List<DunningBlockRecord>> blocksOfItems(
            UUID companyId, Collection<UUID> itemIds) {
        return byItem(companyId, itemIds, this::blocksOf);
    }

    /**
     * Stores a promise to pay.
     *
     * @throws DuplicateKeyException if the company has a promise with the same id
     */
    PromiseRecord insertPromise(UUID companyId, PromiseRecord promise);

    /**
     * Updates a promise, typically its status.
     *
     * @throws RecordNotFoundException if the company has no promise with this id
     * @throws StaleVersionException if the stored version differs from {@code promise.version()}
     */
    PromiseRecord updatePromise(UUID companyId, PromiseRecord promise);

    /** Returns an item's promises in order of the day they were made, then id. */
    List<PromiseRecord> promisesOf(UUID companyId, UUID itemId);

    /**
     * Returns the promises of the given items, by item id, each item's promises in the order of
     * {@link #promisesOf}. An item without promises in the company is left out. The default calls
     * {@link #promisesOf} for each distinct id, and a store may override it to read them in a few
     * queries.
     *
     * @throws NullPointerException if {@code companyId}, {@code itemIds} or one of its elements is
     *     {@code null}
     */
    default Map<UUID, List<PromiseRecord>> promisesOfItems(
            UUID companyId, Collection<UUID> itemIds) {
        return byItem(companyId, itemIds, this::promisesOf);
    }

    /**
     * Calls {@code ofItem} once for each distinct item id and returns the non-empty lists by id,
     * for the defaults of the reads by item.
     */
    private static <T> Map<UUID, List<T>> byItem(
            UUID companyId, Collection<UUID> itemIds, BiFunction<UUID, UUID, List<T>> ofItem) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(itemIds, "itemIds");
        Map<UUID, List<T>> byItem = new LinkedHashMap<>();
        for (UUID itemId : itemIds) {
            Objects.requireNonNull(itemId, "itemId");
            if (!byItem.containsKey(itemId)) {
                byItem.put(itemId, ofItem.apply(companyId, itemId));
            }
        }
        byItem.values().removeIf(List::isEmpty);
        return byItem;
    }
}
