package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.ErasureNotAllowedException;
import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.RetentionPeriodActiveException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stores a company's customers and suppliers, and erases a natural person's data on request.
 *
 * <p>Unique per company: the id and the external reference. IBANs and tax ids are not unique, so
 * lookups by them return lists, ordered by id as {@link UUID#toString()} text. The write rules of
 * {@link CompanyStore} apply. Implementations are thread-safe and join the active transaction.
 */
public interface CounterpartyStore {

    /**
     * Inserts a counterparty.
     *
     * @throws DuplicateKeyException if the id or the external reference is already stored in the
     *     company
     */
    CounterpartyRecord insert(UUID companyId, CounterpartyRecord counterparty);

    /**
     * Updates a counterparty.
     *
     * @throws RecordNotFoundException if the company has no counterparty with this id
     * @throws StaleVersionException if the stored version differs from {@code
     *     counterparty.version()}
     * @throws DuplicateKeyException if the new external reference belongs to another counterparty
     */
    CounterpartyRecord update(UUID companyId, CounterpartyRecord counterparty);

    /** Returns the counterparty, or empty if the company has none with this id. */
    Optional<CounterpartyRecord> find(UUID companyId, UUID id);

    /**
     * Returns the company's counterparties with the given ids, by id. An id that no counterparty of
     * the company has is left out, and a repeated id is read once. The default calls {@link #find}
     * for each distinct id, and a store may override it to read them in one query.
     *
     * @throws NullPointerException if {@code companyId}, {@code ids} or one of its elements is
     *     {@code null}
     */
    default Map<UUID, CounterpartyRecord> findAll(UUID companyId, Collection<UUID> ids) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(ids, "ids");
        Map<UUID, CounterpartyRecord> found = new HashMap<>();
        Set<UUID> read = new HashSet<>();
        for (UUID id : ids) {
            Objects.requireNonNull(id, "id");
            if (read.add(id)) {
                find(companyId, id).ifPresent(counterparty -> found.put(id, counterparty));
            }
        }
        return found;
    }

    /** Returns the counterparty with the host's external reference, or empty. */
    Optional<CounterpartyRecord> findByExternalReference(UUID companyId, String externalReference);

    /** Returns the counterparties that list the IBAN (electronic form), usually at most one. */
    List<CounterpartyRecord> findByIban(UUID companyId, String iban);

    /** Returns the counterparties with the tax id (VKN, TCKN or other), usually at most one. */
    List<CounterpartyRecord> findByTaxId(UUID companyId, TaxId taxId);

    /**
     * Returns the counterparties whose {@link MatchKeys#nameKey name key} equals {@code nameKey},
     * ordered by id, through an index by this key.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    List<CounterpartyRecord> findByNameKey(UUID companyId, String nameKey);

    /**
     * Returns up to {@code limit} counterparties whose {@link MatchKeys#nameKey name key} starts
     * with {@code prefix}, ordered by name key, then id, through an index by this key. A bank that
     * cuts names at a fixed length sends such a prefix.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code prefix} is empty or {@code limit} is negative
     */
    List<CounterpartyRecord> findByNameKeyPrefix(UUID companyId, String prefix, int limit);

    /**
     * Records a natural person's request to erase their data. The data stays, restricted, until
     * {@link #erase} runs; a repeated request replaces the retention end and request instant.
     *
     * @param expectedVersion the version the caller read
     * @param retentionEnds the first day erasure is allowed, from the host's retention policy
     * @param stamp who records the request and when
     * @throws RecordNotFoundException if the company has no counterparty with this id
     * @throws StaleVersionException if the stored version differs from {@code expectedVersion}
     * @throws ErasureNotAllowedException if it is not a natural person or is already erased
     */
    CounterpartyRecord recordErasureRequest(
            UUID companyId,
            UUID id,
            long expectedVersion,
            LocalDate retentionEnds,
            WriteStamp stamp);

    /**
     * Erases a natural person's data as {@link CounterpartyRecord#pseudonymized} describes; records
     * that refer to the counterparty stay unchanged. Afterwards lookups by the old IBANs and tax id
     * no longer find it.
     *
     * @param expectedVersion the version the caller read
     * @param pseudonym the text that replaces the name
     * @param asOf the business date of the erasure
     * @param stamp who erases and when
     * @throws RecordNotFoundException if the company has no counterparty with this id
     * @throws StaleVersionException if the stored version differs from {@code expectedVersion}
     * @throws ErasureNotAllowedException if no request is recorded or the data is already erased
     * @throws RetentionPeriodActiveException if {@code asOf} is before the recorded retention end
     */
    CounterpartyRecord erase(
            UUID companyId,
            UUID id,
            long expectedVersion,
            String pseudonym,
            LocalDate asOf,
            WriteStamp stamp);
}
