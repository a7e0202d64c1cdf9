package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentId;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.record.CreditDocumentRecord;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.DuplicateNumberException;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredCreditDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads and writes credit documents through the host's credit document store. Thread-safe. */
public final class CreditDocumentRepository {

    private final StoreContext context;

    /** Creates the repository. */
    public CreditDocumentRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * Inserts a credit document at version 1, or returns the stored one when {@code idempotencyKey}
     * was used before with the same content.
     *
     * @throws IdempotencyKeyReusedException if the key was used with other content
     * @throws DuplicateNumberException if the number is taken in its direction and kind
     * @throws AlreadyExistsException if the id is taken
     */
    public Written<StoredCreditDocument> insert(
            CreditDocument document, Optional<String> idempotencyKey) {
        CreditDocumentRecord record =
                CreditDocumentMapper.toRecord(document, 0, idempotencyKey, context.stamp());
        var store = context.stores().creditDocuments();
        var companyId = document.companyId().value();
        if (idempotencyKey.isPresent()) {
            Optional<CreditDocumentRecord> earlier =
                    store.findByIdempotencyKey(companyId, idempotencyKey.get());
            if (earlier.isPresent()) {
                if (!earlier.get().sameContentAs(record)) {
                    throw new IdempotencyKeyReusedException(
                            idempotencyKey.get(), earlier.get().id().toString(), null);
                }
                return new Written<>(CreditDocumentMapper.toStored(earlier.get()), false);
            }
        }
        if (store.findByNumber(companyId, record.direction(), record.kind(), record.number())
                .isPresent()) {
            throw duplicateNumber(document, null);
        }
        CreditDocumentRecord stored;
        try {
            stored = store.insert(companyId, record);
        } catch (IdempotencyConflictException e) {
            throw new IdempotencyKeyReusedException(e.idempotencyKey(), e.storedId().toString(), e);
        } catch (DuplicateKeyException e) {
            if (e.keyName().equals("number")) {
                throw duplicateNumber(document, e);
            }
            throw new AlreadyExistsException("credit document", e.keyName(), e.keyValue(), e);
        }
        boolean created = stored.id().equals(record.id());
        return new Written<>(CreditDocumentMapper.toStored(stored), created);
    }

    private static DuplicateNumberException duplicateNumber(
            CreditDocument document, Throwable cause) {
        String kind = document.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new DuplicateNumberException(
                document.direction().name().toLowerCase(Locale.ROOT) + " " + kind,
                document.number(),
                document.companyId().toString(),
                cause);
    }

    /** Writes {@code next} over {@code current} at the version {@code current} was read at. */
    public StoredCreditDocument update(StoredCreditDocument current, CreditDocument next) {
        CreditDocumentRecord record =
                CreditDocumentMapper.toRecord(
                        next, current.version(), current.idempotencyKey(), context.stamp());
        return CreditDocumentMapper.toStored(
                context.stores().creditDocuments().update(next.companyId().value(), record));
    }

    /** Returns the document, or empty if the company has none with this id. */
    public Optional<StoredCreditDocument> find(CompanyId companyId, CreditDocumentId id) {
        return context.stores()
                .creditDocuments()
                .find(companyId.value(), id.value())
                .map(CreditDocumentMapper::toStored);
    }

    /**
     * Returns the document.
     *
     * @throws NotFoundException if the company has no document with this id
     */
    public StoredCreditDocument require(CompanyId companyId, CreditDocumentId id) {
        return find(companyId, id)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "credit document",
                                        id.toString(),
                                        "company " + companyId,
                                        "check the document id and the company id"));
    }

    /** Returns a counterparty's documents with credit remaining. */
    public List<StoredCreditDocument> withRemainingCredit(
            CompanyId companyId, CounterpartyId counterpartyId) {
        return context
                .stores()
                .creditDocuments()
                .withRemainingCredit(companyId.value(), counterpartyId.value())
                .stream()
                .map(CreditDocumentMapper::toStored)
                .toList();
    }
}
