package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a company's allocations, which are never updated: a reversal is another allocation. Lists
 * are in insertion order. Implementations are thread-safe and join the active transaction.
 */
public interface AllocationStore {

    /**
     * Inserts an allocation.
     *
     * @throws DuplicateKeyException if the id is already stored in the company
     * @throws IllegalArgumentException if {@code companyId} differs from the record's company
     */
    AllocationRecord insert(UUID companyId, AllocationRecord allocation);

    /** Returns the allocation, or empty if the company has none with this id. */
    Optional<AllocationRecord> find(UUID companyId, UUID id);

    /** Returns the allocations made from the payment, credit document or operation. */
    List<AllocationRecord> findBySource(UUID companyId, UUID sourceId);

    /** Returns the allocations made to the invoice. */
    List<AllocationRecord> findByInvoice(UUID companyId, UUID invoiceId);
}
