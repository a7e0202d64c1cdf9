package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores companies and their settings.
 *
 * <p>The write rules of every store: {@code insert} takes a record at version 0 and stores it at
 * version 1; {@code update} takes a record at the version it was read at and stores it at the next
 * version. Both return the stored record, and both throw {@link IllegalArgumentException} if the
 * record's company id differs from the {@code companyId} argument or the version is 0 for an update
 * or not 0 for an insert. Implementations are thread-safe and join the active transaction.
 */
public interface CompanyStore {

    /**
     * Inserts a company.
     *
     * @throws DuplicateKeyException if the company is already stored
     */
    CompanyRecord insert(UUID companyId, CompanyRecord company);

    /**
     * Updates a company's settings.
     *
     * @throws RecordNotFoundException if the company is not stored
     * @throws StaleVersionException if the stored version differs from {@code company.version()}
     */
    CompanyRecord update(UUID companyId, CompanyRecord company);

    /** Returns the company, or empty if it is not stored. */
    Optional<CompanyRecord> find(UUID companyId);
}
