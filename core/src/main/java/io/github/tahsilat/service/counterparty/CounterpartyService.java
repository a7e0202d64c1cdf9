package io.github.tahsilat.service.counterparty;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.persistence.spi.ErasureNotAllowedException;
import io.github.tahsilat.persistence.spi.RetentionPeriodActiveException;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredCounterparty;
import io.github.tahsilat.service.VersionConflictException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Registers and changes a company's counterparties. Get it from {@link
 * io.github.tahsilat.engine.Tahsilat#counterparties()}.
 *
 * <p>Every write runs in one transaction, records the engine's actor and clock instant, and appends
 * an event. A write whose own read went stale is repeated up to three times when the service opened
 * the transaction. Implementations are thread-safe.
 */
public interface CounterpartyService {

    /**
     * Registers a counterparty of a registered company and appends {@code CounterpartyRegistered}.
     *
     * @throws InvalidInputException if {@code counterparty} is {@code null}
     * @throws NotFoundException if its company is not registered
     * @throws AlreadyExistsException if the company already has a counterparty with its id
     */
    StoredCounterparty register(Counterparty counterparty);

    /**
     * Replaces a counterparty's data if no other writer changed it since the caller read {@code
     * expectedVersion}, and appends {@code CounterpartyUpdated}. The erasure status stays.
     *
     * @throws InvalidInputException if {@code counterparty} is {@code null} or its data is erased
     * @throws NotFoundException if the company has no counterparty with its id
     * @throws VersionConflictException if the stored version is not {@code expectedVersion}
     */
    StoredCounterparty update(Counterparty counterparty, long expectedVersion);

    /**
     * Puts a counterparty on hold, or replaces its hold reason, and appends {@code
     * CounterpartyHeld}.
     *
     * @param reason why; not blank, at most 500 characters, naming no person
     * @throws InvalidInputException if an argument is {@code null} or the reason is invalid
     * @throws NotFoundException if the company has no counterparty with this id
     */
    StoredCounterparty putOnHold(CompanyId companyId, CounterpartyId id, String reason);

    /**
     * Releases a counterparty's hold and appends {@code CounterpartyReleased}; a counterparty not
     * on hold is returned as stored, and nothing is written.
     *
     * @throws InvalidInputException if an argument is {@code null}
     * @throws NotFoundException if the company has no counterparty with this id
     */
    StoredCounterparty releaseHold(CompanyId companyId, CounterpartyId id);

    /** Returns the counterparty, or empty if the company has none with this id. */
    Optional<StoredCounterparty> find(CompanyId companyId, CounterpartyId id);

    /** Returns the company's counterparties that list {@code iban}, usually at most one. */
    List<StoredCounterparty> findByIban(CompanyId companyId, Iban iban);

    /** Returns the company's counterparties with {@code taxId}, usually at most one. */
    List<StoredCounterparty> findByTaxId(CompanyId companyId, TaxIdentifier taxId);

    /**
     * Records a natural person's request to erase their data and appends {@code
     * CounterpartyErasureRequested}. The data stays, restricted, until {@link #erase} runs on or
     * after {@code retentionEnds}; a repeated request replaces the date.
     *
     * @param retentionEnds the first day the data may be erased, from the host's retention policy
     *     (Turkish tax law keeps books for 5 years, commercial law for 10)
     * @throws InvalidInputException if an argument is {@code null}
     * @throws NotFoundException if the company has no counterparty with this id
     * @throws ErasureNotAllowedException if it is not a natural person or is already erased
     */
    StoredCounterparty requestErasure(
            CompanyId companyId, CounterpartyId id, LocalDate retentionEnds);

    /**
     * Erases a natural person's personal data and appends {@code CounterpartyErased}: the name
     * becomes {@code pseudonym}, and the tax id, IBANs and contact details are removed, while
     * invoices and amounts stay. The erasure date is today in the company's time zone.
     *
     * @param pseudonym the name to show from now on, such as {@code "Customer 4711"}
     * @throws InvalidInputException if an argument is {@code null} or the pseudonym is blank
     * @throws NotFoundException if the company or the counterparty is not stored
     * @throws ErasureNotAllowedException if no request is recorded or the data is already erased
     * @throws RetentionPeriodActiveException if today is before the retention end
     */
    StoredCounterparty erase(CompanyId companyId, CounterpartyId id, String pseudonym);
}
