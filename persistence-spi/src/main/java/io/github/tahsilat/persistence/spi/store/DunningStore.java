package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.DunningBlockRecord;
import io.github.tahsilat.persistence.spi.record.DunningRecord;
import io.github.tahsilat.persistence.spi.record.DunningRunRecord;
import io.github.tahsilat.persistence.spi.record.PromiseRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

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
     * Updates a dunning record with a delivery result.
     *
     * @throws RecordNotFoundException if the company has no record with this id
     * @throws StaleVersionException if the stored version differs from {@code dunning.version()}
     */
    DunningRecord update(UUID companyId, DunningRecord dunning);

    /** Returns an item's dunning records in level order, possibly none. */
    List<DunningRecord> ofItem(UUID companyId, UUID itemId);

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
}
