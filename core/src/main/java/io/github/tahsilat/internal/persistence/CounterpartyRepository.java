package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.ErasureState;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredCounterparty;
import io.github.tahsilat.service.VersionConflictException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Reads and writes counterparties through the host's counterparty store. Thread-safe. */
public final class CounterpartyRepository {

    private final StoreContext context;

    /** Creates the repository. */
    public CounterpartyRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * Inserts a counterparty at version 1, without an erasure request.
     *
     * @throws AlreadyExistsException if the company already has a counterparty with its id
     */
    public StoredCounterparty insert(Counterparty counterparty) {
        CounterpartyRecord record =
                CounterpartyMapper.toRecord(counterparty, 0, Optional.empty(), context.stamp());
        try {
            return CounterpartyMapper.toStored(
                    context.stores()
                            .counterparties()
                            .insert(counterparty.companyId().value(), record));
        } catch (DuplicateKeyException e) {
            throw new AlreadyExistsException(
                    "counterparty", e.keyName(), counterparty.id().toString(), e);
        }
    }

    /**
     * Replaces a stored counterparty's data with {@code next}, if the stored version is still
     * {@code expectedVersion}. The erasure status and external reference stay.
     *
     * @throws NotFoundException if the company has no counterparty with this id
     * @throws VersionConflictException if the stored version is another
     * @throws io.github.tahsilat.error.InvalidInputException if the stored counterparty's data is
     *     erased
     */
    public StoredCounterparty update(Counterparty next, long expectedVersion) {
        CounterpartyRecord stored = requireRecord(next.companyId(), next.id());
        if (stored.version() != expectedVersion) {
            throw new VersionConflictException(
                    "counterparty", next.id().toString(), expectedVersion, stored.version());
        }
        return write(stored, next);
    }

    /**
     * Reads the stored counterparty, applies {@code change} and writes the result at the version it
     * read.
     *
     * @throws NotFoundException if the company has no counterparty with this id
     * @throws io.github.tahsilat.error.InvalidInputException if its data is erased
     */
    public StoredCounterparty change(
            CompanyId companyId, CounterpartyId id, UnaryOperator<Counterparty> change) {
        CounterpartyRecord stored = requireRecord(companyId, id);
        Counterparty current = CounterpartyMapper.toStored(stored).counterparty();
        return write(stored, change.apply(current));
    }

    private StoredCounterparty write(CounterpartyRecord stored, Counterparty next) {
        if (stored.erasure().state() == ErasureState.ERASED) {
            throw new io.github.tahsilat.error.InvalidInputException(
                    "counterparty",
                    next.id(),
                    "a counterparty whose data is not erased; an erased counterparty keeps its"
                            + " pseudonym");
        }
        CounterpartyRecord record =
                CounterpartyMapper.toRecord(
                        next, stored.version(), Optional.of(stored), context.stamp());
        return CounterpartyMapper.toStored(
                context.stores().counterparties().update(next.companyId().value(), record));
    }

    /** Returns the counterparty, or empty if the company has none with this id. */
    public Optional<StoredCounterparty> find(CompanyId companyId, CounterpartyId id) {
        return context.stores()
                .counterparties()
                .find(companyId.value(), id.value())
                .map(CounterpartyMapper::toStored);
    }

    /** Returns the company's counterparties that list {@code iban}. */
    public List<StoredCounterparty> findByIban(CompanyId companyId, Iban iban) {
        return context
                .stores()
                .counterparties()
                .findByIban(companyId.value(), iban.value())
                .stream()
                .map(CounterpartyMapper::toStored)
                .toList();
    }

    /** Returns the company's counterparties with {@code taxId}. */
    public List<StoredCounterparty> findByTaxId(CompanyId companyId, TaxIdentifier taxId) {
        return context
                .stores()
                .counterparties()
                .findByTaxId(companyId.value(), CounterpartyMapper.taxId(taxId))
                .stream()
                .map(CounterpartyMapper::toStored)
                .toList();
    }

    /**
     * Records an erasure request on the stored version.
     *
     * @throws NotFoundException if the company has no counterparty with this id
     * @throws io.github.tahsilat.persistence.spi.ErasureNotAllowedException if it is not a natural
     *     person or is already erased
     */
    public StoredCounterparty recordErasureRequest(
            CompanyId companyId, CounterpartyId id, LocalDate retentionEnds) {
        CounterpartyRecord stored = requireRecord(companyId, id);
        return CounterpartyMapper.toStored(
                context.stores()
                        .counterparties()
                        .recordErasureRequest(
                                companyId.value(),
                                id.value(),
                                stored.version(),
                                retentionEnds,
                                context.stamp()));
    }

    /**
     * Erases the personal data on the stored version.
     *
     * @throws NotFoundException if the company has no counterparty with this id
     * @throws io.github.tahsilat.persistence.spi.ErasureNotAllowedException if no request is
     *     recorded or the data is already erased
     * @throws io.github.tahsilat.persistence.spi.RetentionPeriodActiveException if {@code asOf} is
     *     before the retention end
     */
    public StoredCounterparty erase(
            CompanyId companyId, CounterpartyId id, String pseudonym, LocalDate asOf) {
        CounterpartyRecord stored = requireRecord(companyId, id);
        return CounterpartyMapper.toStored(
                context.stores()
                        .counterparties()
                        .erase(
                                companyId.value(),
                                id.value(),
                                stored.version(),
                                pseudonym,
                                asOf,
                                context.stamp()));
    }

    private CounterpartyRecord requireRecord(CompanyId companyId, CounterpartyId id) {
        return context.stores()
                .counterparties()
                .find(companyId.value(), id.value())
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "counterparty",
                                        id.toString(),
                                        "company " + companyId,
                                        "register it first or check the company id"));
    }
}
