package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.InstrumentRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a company's cheques and promissory notes. Lists are ordered by maturity, then by id as
 * {@link UUID#toString()} text. The write rules of {@link CompanyStore} apply. Implementations are
 * thread-safe and join the active transaction.
 */
public interface InstrumentStore {

    /**
     * Inserts an instrument.
     *
     * @throws DuplicateKeyException if the id is already stored in the company
     */
    InstrumentRecord insert(UUID companyId, InstrumentRecord instrument);

    /**
     * Updates an instrument, typically its status.
     *
     * @throws RecordNotFoundException if the company has no instrument with this id
     * @throws StaleVersionException if the stored version differs from {@code instrument.version()}
     */
    InstrumentRecord update(UUID companyId, InstrumentRecord instrument);

    /** Returns the instrument, or empty if the company has none with this id. */
    Optional<InstrumentRecord> find(UUID companyId, UUID id);

    /** Returns a counterparty's instruments that are neither cleared nor bounced. */
    List<InstrumentRecord> unclearedOf(UUID companyId, UUID counterpartyId);

    /**
     * Returns every instrument neither cleared nor bounced that matures on or before {@code date}.
     */
    List<InstrumentRecord> unclearedMaturingBy(UUID companyId, LocalDate date);

    /**
     * Returns a counterparty's instruments with unapplied credit greater than 0. The list grows
     * with those instruments, not with every instrument the counterparty gave.
     */
    List<InstrumentRecord> withUnappliedCredit(UUID companyId, UUID counterpartyId);
}
